// The root page of the static export (components/LanguageChooserPage/) lists each language's home as a link.
// With script, go straight on to the first of the reader's languages that the site has, or to the default one.
// Nothing is stored: no cookie, no storage; the browser's own list decides each time.
import { matchLocale } from './locale-match.js';

const list = document.querySelector('ul[data-default-language]');
if (list) {
  const links = [...list.querySelectorAll('a[hreflang]')];
  const homes = new Map(links.map((a) => [a.hreflang, a.href]));
  const locales = links.map((a) => ({ code: a.hreflang, matches: a.dataset.languages.split(' ') }));
  const wanted = navigator.languages?.length ? navigator.languages : [navigator.language];
  location.replace(homes.get(matchLocale(wanted, locales) ?? list.dataset.defaultLanguage));
}
