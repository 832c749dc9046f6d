// Which locale a reader's language tags lead to: a tag as it is (pt-br → pt-BR's locale, if the site had one), else
// its language as a locale lists it in `matches` (zh-tw → zh → zh-Hans; tl → fil; fr-ca → fr). A module on its own so
// the Node server (./site-policy.mjs) and the language chooser in the browser (public/js/choose-language.js) share it:
// the build copies this file to out/js/locale-match.js.

/**
 * @param {readonly string[]} tags the reader's language tags, most wanted first
 * @param {readonly { code: string, matches?: readonly string[] }[]} locales
 * @returns {string | undefined} the code of the first locale a tag leads to
 */
export function matchLocale(tags, locales) {
  const byTag = new Map(locales.map((l) => [l.code.toLowerCase(), l.code]));
  const byLanguage = new Map(locales.flatMap((l) => (l.matches ?? [l.code]).map((language) => [language.toLowerCase(), l.code])));
  for (const tag of tags) {
    const lower = String(tag).toLowerCase();
    const found = byTag.get(lower) ?? byLanguage.get(lower.split('-')[0]);
    if (found) return found;
  }
  return undefined;
}
