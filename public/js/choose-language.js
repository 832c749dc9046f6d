// The root page of the static export (components/LanguageChooserPage.tsx) lists each language's home as a link.
// With script, go straight on to the first of the reader's languages that the site has, or to the default one.
// Nothing is stored: no cookie, no storage; the browser's own list decides each time.
const list = document.querySelector('ul[data-default-language]');
if (list) {
  const homes = new Map([...list.querySelectorAll('a[hreflang]')].map((a) => [a.hreflang.toLowerCase(), a.href]));
  const wanted = (navigator.languages?.length ? navigator.languages : [navigator.language])
    .map((tag) => String(tag).toLowerCase().split('-')[0])
    .find((language) => homes.has(language));
  const target = homes.get(wanted ?? list.dataset.defaultLanguage);
  if (target) location.replace(target);
}
