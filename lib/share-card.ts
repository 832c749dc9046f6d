// The share card of a guide (its Open Graph image): the site's name, the guide's title and the site's tagline, drawn
// as SVG and rendered to PNG by resvg. resvg shapes text with rustybuzz (joined Arabic letters) and orders it with
// the Unicode bidi algorithm; the fonts are files from npm packages, so the result is the same on every machine.
// Used by scripts/build-og-images.ts at build time only.
import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { dirOf, type Locale } from '@/lib/locales';
import { shareImage } from '@/lib/site';
import { fitText, type FittedText, type Measure } from '@/lib/text-wrap';

const require = createRequire(import.meta.url);

// Noto Sans (Latin) and Noto Sans Arabic, under the SIL Open Font License.
const fontFiles = [
  '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
].map((file) => require.resolve(file));

const renderOptions: ResvgRenderOptions = {
  // Only the fonts above: the image must not depend on what the build machine has installed.
  font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans' },
  fitTo: { mode: 'original' },
};

const { width: W, height: H } = shareImage;
const margin = 80;
const colors = { background: '#0f172a', name: '#5eead4', title: '#f8fafc', tagline: '#cbd5e1', band: '#5eead4' };

// Where each block may go: the name at the top, the title in the middle, the tagline above the bottom band.
const nameBaseline = margin + 30;
const titleBox = { top: 160, bottom: 460 };
const taglineBox = { top: 478, bottom: 580 };
const band = { top: H - 14 };

interface Script {
  family: string;
  /** Arabic letters reach further above and below the line than Latin ones. */
  lineHeight: number;
  rtl: boolean;
}

function scriptOf(locale: Locale): Script {
  return dirOf(locale) === 'rtl'
    ? { family: 'Noto Sans Arabic, Noto Sans', lineHeight: 1.5, rtl: true }
    : { family: 'Noto Sans', lineHeight: 1.25, rtl: false };
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// resvg lays a text out left to right unless told otherwise: a right-to-left isolate (RLI … PDI) gives each
// Arabic line its right-to-left base direction, so words, punctuation and any Latin word come in reading order.
function isolate(text: string, script: Script): string {
  return script.rtl ? `\u2067${text}\u2069` : text;
}

function textElement(text: string, x: number, y: number, size: number, weight: number, fill: string, script: Script) {
  const anchor = script.rtl ? 'end' : 'start';
  return (
    `<text x="${x}" y="${y.toFixed(1)}" font-family="${script.family}" font-size="${size}" font-weight="${weight}" ` +
    `fill="${fill}" text-anchor="${anchor}">${escapeXml(isolate(text, script))}</text>`
  );
}

function svg(body: string, background = true): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    (background ? `<rect width="${W}" height="${H}" fill="${colors.background}"/>` : '') +
    `${body}</svg>`
  );
}

/** The ink box of some SVG content, as laid out by resvg with the card's fonts. */
function inkBox(body: string) {
  const box = new Resvg(svg(body, false), renderOptions).getBBox();
  if (!box) throw new Error('nothing was drawn');
  return { left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height };
}

/**
 * Width of a line as resvg draws it. Shaped widths scale with the font size (resvg does not hint), so each
 * line is measured once, at a reference size.
 */
function measurer(script: Script, weight: number): Measure {
  const reference = 100;
  const cache = new Map<string, number>();
  return (text, fontSize) => {
    let width = cache.get(text);
    if (width === undefined) {
      const box = inkBox(textElement(text, 0, 2 * reference, reference, weight, '#000', script));
      width = Math.max(box.right, box.right - box.left);
      cache.set(text, width);
    }
    return (width * fontSize) / reference;
  };
}

/** Lines of a block placed from the top of its box, each line's glyphs centred in its line box. */
function block(fitted: FittedText, top: number, weight: number, fill: string, script: Script): string {
  const x = script.rtl ? W - margin : margin;
  return fitted.lines
    .map((line, i) => {
      // The baseline sits a little below the middle of the line box: capitals and Arabic letters stand above it.
      const baseline = top + i * fitted.lineHeight + fitted.lineHeight / 2 + fitted.fontSize * 0.35;
      return textElement(line, x, baseline, fitted.fontSize, weight, fill, script);
    })
    .join('');
}

export class ShareCardError extends Error {}

function fitOrFail(what: string, text: string, fitted: FittedText | null): FittedText {
  if (!fitted) throw new ShareCardError(`share card: the ${what} does not fit: "${text}"`);
  return fitted;
}

/** Fails when drawn ink leaves its box: layout is measured, and this checks the measurement held. */
function assertInside(what: string, body: string, box: { left: number; right: number; top: number; bottom: number }) {
  const ink = inkBox(body);
  const tolerance = 1;
  if (
    ink.left < box.left - tolerance ||
    ink.right > box.right + tolerance ||
    ink.top < box.top - tolerance ||
    ink.bottom > box.bottom + tolerance
  ) {
    const round = (b: typeof ink) => Object.values(b).map(Math.round).join(', ');
    throw new ShareCardError(`share card: the ${what} spills out of its box (ink ${round(ink)}; box ${round(box)})`);
  }
}

export interface ShareCardText {
  /** The language the texts are written in (decides the font, the direction and the alignment). */
  locale: Locale;
  siteName: string;
  title: string;
  tagline: string;
}

/** The SVG of a share card; throws a ShareCardError when a text cannot be fitted inside the card's margins. */
function shareCardSvg({ locale, siteName, title, tagline }: ShareCardText): string {
  const script = scriptOf(locale);
  const maxWidth = W - 2 * margin;

  const titleFit = fitOrFail(
    'title',
    title,
    fitText(title, {
      maxWidth,
      maxHeight: titleBox.bottom - titleBox.top,
      fontSizes: [72, 64, 58, 52, 46],
      lineHeight: script.lineHeight,
      maxLines: 4,
      measure: measurer(script, 700),
    }),
  );
  const titleHeight = titleFit.lines.length * titleFit.lineHeight;
  const titleTop = titleBox.top + (titleBox.bottom - titleBox.top - titleHeight) / 2;
  const titleSvg = block(titleFit, titleTop, 700, colors.title, script);

  const taglineFit = fitOrFail(
    'tagline',
    tagline,
    fitText(tagline, {
      maxWidth,
      maxHeight: taglineBox.bottom - taglineBox.top,
      fontSizes: [28, 26, 24, 22],
      lineHeight: script.lineHeight,
      maxLines: 2,
      measure: measurer(script, 400),
    }),
  );
  const taglineSvg = block(taglineFit, taglineBox.bottom - taglineFit.lines.length * taglineFit.lineHeight, 400, colors.tagline, script);

  const nameSvg = textElement(siteName, script.rtl ? W - margin : margin, nameBaseline, 44, 700, colors.name, script);

  const inside = { left: margin / 2, right: W - margin / 2 };
  assertInside('site name', nameSvg, { ...inside, top: margin / 2, bottom: titleBox.top });
  assertInside('title', titleSvg, { ...inside, top: titleBox.top - 10, bottom: titleBox.bottom + 10 });
  assertInside('tagline', taglineSvg, { ...inside, top: titleBox.bottom + 10, bottom: band.top - 8 });

  return svg(`${nameSvg}${titleSvg}${taglineSvg}<rect y="${band.top}" width="${W}" height="${H - band.top}" fill="${colors.band}"/>`);
}

/** The share card as a PNG of shareImage's size. */
export function renderShareCard(text: ShareCardText): Buffer {
  return new Resvg(shareCardSvg(text), renderOptions).render().asPng();
}
