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

/**
 * Greedy line breaking at spaces: each line takes as many words as fit in maxWidth.
 * Returns null when a single word is wider than maxWidth (it cannot be placed at this size).
 */
export function wrapWords(text: string, maxWidth: number, fontSize: number, measure: Measure): string[] | null {
  const lines: string[] = [];
  let line = '';
  for (const word of breakUnits(text)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, fontSize) <= maxWidth) {
      line = candidate;
    } else if (!line) {
      return null;
    } else {
      lines.push(line);
      line = word;
      if (measure(line, fontSize) > maxWidth) return null;
    }
  }
  if (line) lines.push(line);
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
