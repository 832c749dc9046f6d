// The root page of the static export (components/LanguageChooserPage.tsx) lists each language's home as a link.
// With script, go straight on to the first of the reader's languages that the site has, or to the default one.
// Nothing is stored: no cookie, no storage; the browser's own list decides each time.
const list = document.querySelector('ul[data-default-language]');
if (list) {
  const links = [...list.querySelectorAll('a[hreflang]')];
  // A tag as it is (pt-br), else its language as the locale lists it (zh-tw → zh → zh-Hans; tl → fil).
  const byTag = new Map(links.map((a) => [a.hreflang.toLowerCase(), a.href]));
  const byLanguage = new Map(links.flatMap((a) => a.dataset.languages.split(' ').map((language) => [language, a.href])));
  const target = (navigator.languages?.length ? navigator.languages : [navigator.language])
    .map((tag) => String(tag).toLowerCase())
    .map((tag) => byTag.get(tag) ?? byLanguage.get(tag.split('-')[0]))
    .find(Boolean);
  location.replace(target ?? byTag.get(list.dataset.defaultLanguage));
}
