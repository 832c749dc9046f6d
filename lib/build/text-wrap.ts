// Line breaking for text drawn where nothing wraps it for us (the share card images). Widths come from a measure
// function that shapes the text with the real font, so the result holds for any script, Arabic included.

/** Width in pixels of a line of text at a font size. */
export type Measure = (text: string, fontSize: number) => number;

// French sets a space before : ; ? ! and inside « »: such a sign stays on the line of the word it belongs to.
const closing = /^[:;?!»؟]+$/;
const opening = /^«$/;

/** The units a line may break between: words, with any detached punctuation kept beside its word. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let glueNext = false;
  for (const token of text.trim().split(/\s+/).filter(Boolean)) {
    if ((closing.test(token) || glueNext) && units.length > 0) units[units.length - 1] += ` ${token}`;
    else units.push(token);
    glueNext = opening.test(token);
  }
  return units;
}

// Chinese rules (GB/T 15834, and CSS line-break: strict): these never start a line, and the openers never end one.
const hanNoStart = /^[，。、：；？！）》」』”’…—·]+$/u;
const hanNoEnd = /^[（《「『“‘]+$/u;
const HAN = /\p{sc=Han}/u;

/**
 * Chinese has no spaces: the units are its words as Intl.Segmenter finds them, with punctuation kept on the right
 * side of its word and any spaces kept inside the units, which are joined with nothing.
 */
export function hanUnits(text: string): string[] {
  const units: string[] = [];
  let glueNext = false;
  for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text.trim())) {
    const attach = units.length > 0 && (glueNext || hanNoStart.test(segment) || /^\s+$/.test(segment));
    if (attach) units[units.length - 1] += segment;
    else units.push(segment);
    glueNext = hanNoEnd.test(segment);
  }
  return units;
}

/** How a text breaks into lines: at spaces, or between Chinese words. */
function unitsOf(text: string): { units: string[]; join: (line: string, unit: string) => string } {
  if (HAN.test(text)) return { units: hanUnits(text), join: (line, unit) => (line + unit).trim() };
  return { units: breakUnits(text), join: (line, unit) => (line ? `${line} ${unit}` : unit) };
}

/**
 * Greedy line breaking at spaces (between words, for Chinese): each line takes as many words as fit in maxWidth.
 * Returns null when a single word is wider than maxWidth (it cannot be placed at this size).
 */
export function wrapWords(text: string, maxWidth: number, fontSize: number, measure: Measure): string[] | null {
  const lines: string[] = [];
  let line = '';
  const { units, join } = unitsOf(text);
  for (const word of units) {
    const candidate = join(line, word);
    if (measure(candidate, fontSize) <= maxWidth) {
      line = candidate;
    } else if (!line) {
      return null;
    } else {
      lines.push(line.trim());
      line = word.trim();
      if (measure(line, fontSize) > maxWidth) return null;
    }
  }
  if (line) lines.push(line.trim());
  return lines;
}

/**
 * The same number of lines as greedy breaking gives, but as even as possible: the narrowest width that still
 * needs no extra line, so a title does not end on one stranded word.
 */
export function balancedLines(text: string, maxWidth: number, fontSize: number, measure: Measure): string[] | null {
  const greedy = wrapWords(text, maxWidth, fontSize, measure);
  if (!greedy || greedy.length <= 1) return greedy;
  let low = 0;
  let high = maxWidth;
  let best = greedy;
  // Whole pixels are precise enough; about eleven tries for a 1,000-pixel line.
  while (high - low > 1) {
    const width = Math.floor((low + high) / 2);
    const lines = wrapWords(text, width, fontSize, measure);
    if (lines && lines.length === greedy.length) {
      high = width;
      best = lines;
    } else {
      low = width;
    }
  }
  return best;
}

export interface FitOptions {
  maxWidth: number;
  /** Height available for the whole block. */
  maxHeight: number;
  /** Font sizes to try, largest first. */
  fontSizes: readonly number[];
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  maxLines: number;
  measure: Measure;
}

export interface FittedText {
  fontSize: number;
  lineHeight: number;
  lines: string[];
}

/** The largest font size at which the text fits the box within maxLines, with balanced lines; null if none does. */
export function fitText(text: string, options: FitOptions): FittedText | null {
  for (const fontSize of options.fontSizes) {
    const lines = balancedLines(text, options.maxWidth, fontSize, options.measure);
    const lineHeight = fontSize * options.lineHeight;
    if (lines && lines.length <= options.maxLines && lines.length * lineHeight <= options.maxHeight) {
      return { fontSize, lineHeight, lines };
    }
  }
  return null;
}
