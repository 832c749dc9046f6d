// The share card of a guide (its Open Graph image): the site's name, the guide's title and the site's tagline, drawn
// as SVG and rendered to PNG by resvg. The text is shaped by HarfBuzz (harfbuzzjs) and drawn as glyph outlines:
// resvg's own shaper misplaces the letter after a Devanagari vowel sign (रात drawn as रत्त), and HarfBuzz is the shaper
// browsers use. Lines are put in visual order by the Unicode bidi algorithm (bidi-js), so an Arabic line with a Latin
// word reads right. The fonts are files from npm packages: the result is the same on every machine.
// Used by scripts/build-og-images.ts at build time only.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import bidiFactory from 'bidi-js';
import * as hb from 'harfbuzzjs';
import { dirOf, type Locale } from '@/lib/locales';
import { shareImage } from '@/lib/site';
import { fitText, type FittedText, type Measure } from '@/lib/build/text-wrap';

const require = createRequire(import.meta.url);
const bidi = bidiFactory();

// Noto Sans for Latin, Arabic, Devanagari and Simplified Chinese, under the SIL Open Font License.
type Weight = 400 | 700;
interface Font {
  font: hb.Font;
  upem: number;
  covers: Set<number>;
  paths: Map<number, string>;
}
const loaded = new Map<string, Font>();
function fontOf(family: string, weight: Weight): Font {
  const key = `${family} ${weight}`;
  let font = loaded.get(key);
  if (!font) {
    const style = weight === 700 ? '700Bold' : '400Regular';
    const file = require.resolve(`@expo-google-fonts/${family.toLowerCase().replace(/ /g, '-')}/${style}/${family.replace(/ /g, '')}_${style}.ttf`);
    const face = new hb.Face(new hb.Blob(fs.readFileSync(file)));
    font = { font: new hb.Font(face), upem: face.upem, covers: new Set(face.collectUnicodes()), paths: new Map() };
    loaded.set(key, font);
  }
  return font;
}

const { width: W, height: H } = shareImage;
const margin = 80;
const colors = { background: '#0f172a', name: '#5eead4', title: '#f8fafc', tagline: '#cbd5e1', band: '#5eead4' };

// Where each block may go: the name at the top, the title in the middle, the tagline above the bottom band.
const nameBaseline = margin + 30;
const titleBox = { top: 160, bottom: 460 };
const taglineBox = { top: 478, bottom: 580 };
const band = { top: H - 14 };

interface Script {
  /** The script's font first, Noto Sans after it for Latin words and digits inside the text. */
  families: string[];
  /** Arabic and Devanagari letters reach further above and below the line than Latin ones. */
  lineHeight: number;
  rtl: boolean;
  language: string;
}

const scripts: Partial<Record<Locale, Omit<Script, 'language'>>> = {
  ar: { families: ['Noto Sans Arabic', 'Noto Sans'], lineHeight: 1.5, rtl: true },
  // Devanagari's vowel signs reach above the headline and below the letters.
  hi: { families: ['Noto Sans Devanagari', 'Noto Sans'], lineHeight: 1.5, rtl: false },
  'zh-Hans': { families: ['Noto Sans SC', 'Noto Sans'], lineHeight: 1.35, rtl: false },
};

function scriptOf(locale: Locale): Script {
  return { families: ['Noto Sans'], lineHeight: 1.25, rtl: dirOf(locale) === 'rtl', ...scripts[locale], language: locale };
}

/** One glyph, placed: its font, its id (0 is .notdef, a character the fonts lack) and its pen position in font units. */
interface Placed {
  font: Font;
  glyph: number;
  x: number;
  y: number;
  /** The character of the text it was shaped from. */
  char: string;
}

/**
 * Shapes one line: bidi levels and visual order, then runs of one direction and one font (the first of the script's
 * fonts that has the character; spaces and marks stay with the run they are in), each shaped by HarfBuzz.
 * Positions are in units of a 1-pixel font size.
 */
function shapeLine(text: string, script: Script, weight: Weight): { glyphs: Placed[]; width: number } {
  const fonts = script.families.map((family) => fontOf(family, weight));
  const levels = bidi.getEmbeddingLevels(text, script.rtl ? 'rtl' : 'ltr');
  // Level and font per character (UTF-16 offsets, which bidi-js uses).
  const units: { char: string; offset: number; level: number; font: Font }[] = [];
  let offset = 0;
  let previous: Font | undefined;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const joins = /[\s\p{M}\p{Pc}\p{Pd}]/u.test(char) && previous;
    const font = joins ? previous! : (fonts.find((f) => f.covers.has(code)) ?? fonts[0]);
    units.push({ char, offset, level: levels.levels[offset], font });
    previous = font;
    offset += char.length;
  }
  // Runs in logical order, then placed in visual order: bidi-js reorders the line's characters (rule L2), and each run,
  // one level throughout, stays in one piece, so it goes where its first character lands.
  const runs: { text: string; offset: number; level: number; font: Font }[] = [];
  for (const unit of units) {
    const last = runs[runs.length - 1];
    if (last && last.level === unit.level && last.font === unit.font) last.text += unit.char;
    else runs.push({ text: unit.char, offset: unit.offset, level: unit.level, font: unit.font });
  }
  const visualIndex: number[] = [];
  bidi.getReorderedIndices(text, levels).forEach((logical, visual) => (visualIndex[logical] = visual));
  const visual = runs.sort((a, b) => visualIndex[a.offset] - visualIndex[b.offset]);
  const glyphs: Placed[] = [];
  let x = 0;
  for (const run of visual) {
    const buffer = new hb.Buffer();
    buffer.addText(run.text);
    buffer.guessSegmentProperties();
    buffer.setDirection(run.level % 2 ? hb.Direction.RTL : hb.Direction.LTR);
    buffer.setLanguage(script.language);
    hb.shape(run.font.font, buffer);
    const scale = 1 / run.font.upem;
    // Cluster values are UTF-16 offsets into the run's text.
    const charAt = (cluster: number) => run.text.slice(cluster).match(/^[\s\S]/u)?.[0] ?? '';
    for (const g of buffer.getGlyphInfosAndPositions()) {
      glyphs.push({ font: run.font, glyph: g.codepoint, x: x + (g.xOffset ?? 0) * scale, y: (g.yOffset ?? 0) * scale, char: charAt(g.cluster) });
      x += (g.xAdvance ?? 0) * scale;
    }
  }
  return { glyphs, width: x };
}

function glyphPath(font: Font, glyph: number): string {
  let d = font.paths.get(glyph);
  if (d === undefined) {
    d = font.font.glyphToPath(glyph);
    font.paths.set(glyph, d);
  }
  return d;
}

const shaped = new Map<string, { glyphs: Placed[]; width: number }>();
function shapeCached(text: string, script: Script, weight: Weight) {
  const key = `${script.language}|${weight}|${text}`;
  let line = shaped.get(key);
  if (!line) {
    line = shapeLine(text, script, weight);
    shaped.set(key, line);
  }
  return line;
}

/** A line as glyph outlines, its pen starting at x (its right end at x for a right-to-left script). */
function textElement(text: string, x: number, y: number, size: number, weight: Weight, fill: string, script: Script) {
  const line = shapeCached(text, script, weight);
  const left = script.rtl ? x - line.width * size : x;
  const paths = line.glyphs
    .map((g) => {
      const d = glyphPath(g.font, g.glyph);
      if (!d) return '';
      const s = size / g.font.upem;
      return `<path transform="translate(${(left + g.x * size).toFixed(2)} ${(y - g.y * size).toFixed(2)}) scale(${s.toFixed(5)} ${(-s).toFixed(5)})" d="${d}"/>`;
    })
    .join('');
  return `<g fill="${fill}">${paths}</g>`;
}

function svg(body: string, background = true): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    (background ? `<rect width="${W}" height="${H}" fill="${colors.background}"/>` : '') +
    `${body}</svg>`
  );
}

/** The ink box of some SVG content, as resvg draws it. */
function inkBox(body: string) {
  const box = new Resvg(svg(body, false)).getBBox();
  if (!box) throw new Error('nothing was drawn');
  return { left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height };
}

/** Width of a line as shaped: the sum of its glyphs' advances, which scale with the font size. */
function measurer(script: Script, weight: Weight): Measure {
  return (text, fontSize) => shapeCached(text, script, weight).width * fontSize;
}

/** Lines of a block placed from the top of its box, each line's glyphs centred in its line box. */
function block(fitted: FittedText, top: number, weight: Weight, fill: string, script: Script): string {
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

/** The characters of a text that none of the card's fonts has: HarfBuzz gives them glyph 0, the .notdef box (tofu). */
export function missingGlyphs(text: string, locale: Locale, weight: Weight = 700): string[] {
  const { glyphs } = shapeCached(text, scriptOf(locale), weight);
  return [...new Set(glyphs.filter((g) => g.glyph === 0 && !/\s/.test(g.char)).map((g) => g.char))];
}

/** The width of a text as the card draws it, shaped (conjuncts joined, Arabic letters linked), at 100 px. */
export function shapedWidth(text: string, locale: Locale): number {
  return measurer(scriptOf(locale), 700)(text, 100);
}

/** The SVG of a share card; throws a ShareCardError when a text cannot be fitted inside the card's margins, or
 * has a character its fonts cannot draw. */
function shareCardSvg({ locale, siteName, title, tagline }: ShareCardText): string {
  const script = scriptOf(locale);
  for (const [what, text, weight] of [['title', title, 700], ['tagline', tagline, 400]] as const) {
    const missing = missingGlyphs(text, locale, weight);
    if (missing.length) throw new ShareCardError(`share card: the ${what}'s fonts cannot draw ${missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ')}: "${text}"`);
  }
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
  return new Resvg(shareCardSvg(text), { fitTo: { mode: 'original' } }).render().asPng();
}
