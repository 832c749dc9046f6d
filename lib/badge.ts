import { dirOf, type Locale } from '@/lib/locales';
import { pageUrl, siteName, sitePaths } from '@/lib/site';

// The "Get help: Haven" badge a school pastes into its own site: one link, drawn as SVG. It loads nothing,
// runs no script and carries no tracking: the only request it can cause is the reader's own click.

const height = 44;
const padding = 18;
const fontSize = 17;
// A generous average width of one bold sans-serif character, in em: the text must fit in any system font.
// tests/e2e/schools.test.ts measures the rendered text in each locale.
const averageCharWidth = 0.62;
const background = '#991b1b'; // white on this red: contrast above 8:1
const fonts =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Devanagari', 'Nirmala UI', " +
  "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', Arial, sans-serif";
// Han and other wide characters take a full em.
const wide = /[\p{sc=Han}\u3000-\u303f\uff00-\uffef]/u;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Where the badge leads: the country directory of reporting services, in the badge's language. */
export function badgeTarget(locale: Locale): string {
  return pageUrl(locale, sitePaths.report);
}

/** The site path of a locale's badge image (served by app/badge/[file]/route.ts). */
export function badgePath(locale: Locale): string {
  return `/badge/${badgeFileName(locale)}`;
}

export function badgeFileName(locale: Locale): string {
  return `${siteName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-get-help-${locale}.svg`;
}

function drawing(locale: Locale, text: string): { width: number; shapes: string } {
  const ems = [...text].reduce((sum, char) => sum + (wide.test(char) ? 1 : averageCharWidth), 0);
  const width = Math.ceil(ems * fontSize) + 2 * padding;
  const direction = dirOf(locale) === 'rtl' ? ' direction="rtl"' : '';
  const shapes =
    `<rect width="${width}" height="${height}" rx="8" fill="${background}"/>` +
    `<text x="${width / 2}" y="${height / 2}" dominant-baseline="central" text-anchor="middle"${direction} ` +
    `fill="#ffffff" font-family="${escapeXml(fonts)}" font-size="${fontSize}" font-weight="700">${escapeXml(text)}</text>`;
  return { width, shapes };
}

/** The HTML a school pastes: a link around an inline SVG (no image file to host, nothing fetched from Haven). */
export function badgeHtml(locale: Locale, text: string): string {
  const { width, shapes } = drawing(locale, text);
  const label = escapeXml(text);
  return (
    `<a href="${escapeXml(badgeTarget(locale))}" lang="${locale}" dir="${dirOf(locale)}">` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `role="img" aria-label="${label}">${shapes}</svg></a>`
  );
}

/** The same badge as a standalone SVG file, with the link inside it (it works when opened or embedded as an object). */
export function badgeSvgFile(locale: Locale, text: string): string {
  const { width, shapes } = drawing(locale, text);
  const label = escapeXml(text);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${locale}" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">` +
    `<title>${label}</title><a href="${escapeXml(badgeTarget(locale))}">${shapes}</a></svg>\n`
  );
}
