import { describe, expect, it } from 'vitest';
import { balancedLines, breakUnits, fitText, hanUnits, wrapWords, type Measure } from '@/lib/build/text-wrap';

// A monospaced stand-in for the real font: every character is half the font size wide.
const mono: Measure = (text, fontSize) => text.length * fontSize * 0.5;

const title = 'Why this matters: what large police cases show parents';

describe('wrapWords', () => {
  it('keeps every word, in order, and no line is wider than the limit', () => {
    const lines = wrapWords(title, 300, 20, mono)!;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
    for (const line of lines) expect(mono(line, 20)).toBeLessThanOrEqual(300);
  });

  it('fills each line before starting the next', () => {
    const lines = wrapWords(title, 300, 20, mono)!;
    for (let i = 0; i < lines.length - 1; i++) {
      const nextWord = lines[i + 1].split(' ')[0];
      expect(mono(`${lines[i]} ${nextWord}`, 20)).toBeGreaterThan(300);
    }
  });

  it('gives up when one word is wider than a line', () => {
    expect(wrapWords('a Pneumonoultramicroscopic word', 100, 20, mono)).toBeNull();
  });

  it('never starts a line with the punctuation French sets after a space', () => {
    expect(breakUnits("Qu'est-ce que le grooming en ligne ?")).toContain('ligne ?');
    expect(breakUnits('Pourquoi c’est important : ce que « montrent » les affaires')).toEqual([
      'Pourquoi',
      'c’est',
      'important :',
      'ce',
      'que',
      '« montrent »',
      'les',
      'affaires',
    ]);
    for (let width = 60; width <= 400; width += 10) {
      for (const line of wrapWords('Sextorsion : que faire ce soir ?', width, 20, mono) ?? []) {
        expect(line).not.toMatch(/^[:?]/);
      }
    }
  });
});

describe('balancedLines', () => {
  it('uses as many lines as greedy breaking, each no wider than the limit, and evens them out', () => {
    const text = 'Sextortion: what to do tonight';
    const greedy = wrapWords(text, 250, 20, mono)!;
    const balanced = balancedLines(text, 250, 20, mono)!;
    expect(balanced).toHaveLength(greedy.length);
    expect(balanced.join(' ')).toBe(text);
    const widest = (lines: string[]) => Math.max(...lines.map((l) => mono(l, 20)));
    const narrowest = (lines: string[]) => Math.min(...lines.map((l) => mono(l, 20)));
    expect(widest(balanced)).toBeLessThanOrEqual(250);
    expect(greedy.length).toBeGreaterThan(1);
    expect(widest(balanced) - narrowest(balanced)).toBeLessThan(widest(greedy) - narrowest(greedy));
  });
});

describe('fitText', () => {
  const box = { maxWidth: 600, maxHeight: 200, lineHeight: 1.25, maxLines: 3, measure: mono, fontSizes: [60, 48, 40, 32] };

  it('takes the largest font size at which the text fits the box', () => {
    const fitted = fitText(title, box)!;
    expect(fitted.lines.length).toBeLessThanOrEqual(3);
    expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(200);
    for (const line of fitted.lines) expect(mono(line, fitted.fontSize)).toBeLessThanOrEqual(600);
    const larger = box.fontSizes.filter((size) => size > fitted.fontSize);
    for (const fontSize of larger) expect(fitText(title, { ...box, fontSizes: [fontSize] })).toBeNull();
  });

  it('keeps a short title on one line at the largest size', () => {
    expect(fitText('Grooming', box)).toEqual({ fontSize: 60, lineHeight: 75, lines: ['Grooming'] });
  });

  it('returns null when nothing fits', () => {
    expect(fitText(`${title} `.repeat(6), box)).toBeNull();
  });
});

describe('Chinese lines', () => {
  const title = '性勒索：今晚该怎么做？“不要付钱”，立即向NCMEC举报';
  it('break between words, with no space added, and keep all the text', () => {
    const units = hanUnits(title);
    expect(units.join('')).toBe(title);
    expect(units.length).toBeGreaterThan(5);
  });

  it('never start a line with closing punctuation or end one with an opening quote', () => {
    for (const width of [120, 160, 200, 260, 320]) {
      const lines = wrapWords(title, width, 20, mono)!;
      expect(lines.join('')).toBe(title);
      for (const line of lines) {
        expect(line, `${width}: ${line}`).not.toMatch(/^[，。、：；？！”）》]/);
        expect(line, `${width}: ${line}`).not.toMatch(/[“（《]$/);
      }
    }
  });
});
