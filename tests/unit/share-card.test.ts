import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { listGuides } from '@/lib/content';
import { locales } from '@/lib/locales';
import { missingGlyphs, renderShareCard, shapedWidth, ShareCardError } from '@/lib/build/share-card';
import { readMessages } from '../messages';
import { shareImage, siteName } from '@/lib/site';

const card = { siteName, tagline: 'Help for parents and teachers worried about online child sexual exploitation' };

// Each script's card against a picture of it (tests/fixtures/share-cards/), at a quarter of the size in grey levels:
// what a reader sees at a glance, without the last pixel of anti-aliasing. A card that loses its title, draws it in
// the wrong place or the wrong order, or shapes it letter by letter differs from its picture in thousands of pixels.
// After a deliberate change to the cards, look at the new ones and write them: UPDATE_SHARE_CARDS=1 npx vitest run
// tests/unit/share-card.test.ts.
const GOLDEN_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/share-cards');
const SCALE = 4;
/** A pixel differs when its grey level moves by more than this (of 255); a card differs when over 0.5 % of them do. */
const LEVELS = 24;
const MAX_DIFFERING = 0.005;

/** The PNG at 1/SCALE of its size, each pixel the mean luma of its SCALE × SCALE block. */
function thumbnail(png: Buffer): PNG {
  const card = PNG.sync.read(png);
  const small = new PNG({ width: Math.floor(card.width / SCALE), height: Math.floor(card.height / SCALE), colorType: 0, inputColorType: 0 });
  for (let y = 0; y < small.height; y++) {
    for (let x = 0; x < small.width; x++) {
      let sum = 0;
      for (let dy = 0; dy < SCALE; dy++) {
        for (let dx = 0; dx < SCALE; dx++) {
          const i = ((y * SCALE + dy) * card.width + x * SCALE + dx) * 4;
          sum += 0.2126 * card.data[i] + 0.7152 * card.data[i + 1] + 0.0722 * card.data[i + 2];
        }
      }
      const o = (y * small.width + x) * 4;
      small.data[o] = small.data[o + 1] = small.data[o + 2] = Math.round(sum / SCALE / SCALE);
      small.data[o + 3] = 255;
    }
  }
  return small;
}

/** The share of the thumbnail's pixels whose grey level differs by more than LEVELS. */
function differing(a: PNG, b: PNG): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) if (Math.abs(a.data[i] - b.data[i]) > LEVELS) count++;
  return count / (a.width * a.height);
}

const golden = (name: string) => PNG.sync.read(fs.readFileSync(path.join(GOLDEN_DIR, `${name}.png`)));

const perScript = [
  { name: 'latin', locale: 'en', title: 'Sextortion: what to do tonight', tagline: 'Help for parents and teachers' },
  { name: 'arabic', locale: 'ar', title: 'الابتزاز الجنسي: ماذا تفعلون مع Take It Down (2024)؟', tagline: 'مساعدة للأهل والمعلمين' },
  { name: 'devanagari', locale: 'hi', title: 'सेक्सटॉर्शन: आज रात क्या करें', tagline: 'माता-पिता और शिक्षकों के लिए मदद' },
  { name: 'han', locale: 'zh-Hans', title: '性勒索：今晚该怎么做？“不要付钱”，立即向NCMEC举报', tagline: '帮助家长和老师' },
] as const;

describe('share cards', () => {
  it.each(perScript)('draws the $name card as its picture, at the Open Graph size', ({ name, locale, title, tagline }) => {
    const png = renderShareCard({ siteName, locale, title, tagline });
    const card = PNG.sync.read(png);
    expect({ width: card.width, height: card.height }).toEqual({ width: shareImage.width, height: shareImage.height });
    if (process.env.UPDATE_SHARE_CARDS === '1') {
      fs.mkdirSync(GOLDEN_DIR, { recursive: true });
      fs.writeFileSync(path.join(GOLDEN_DIR, `${name}.png`), PNG.sync.write(thumbnail(png)));
    }
    const actual = path.join(os.tmpdir(), `haven-share-card-${name}.png`);
    fs.writeFileSync(actual, png);
    expect(differing(thumbnail(png), golden(name)), `the card (${actual}) differs from tests/fixtures/share-cards/${name}.png`).toBeLessThanOrEqual(MAX_DIFFERING);
  });

  it('tells a card from its picture when only the title differs, and draws no card without a title', () => {
    // The comparison can fail: the Latin card with another title of the same length is far from the Latin picture.
    const other = renderShareCard({ siteName, locale: 'en', title: 'Grooming: the signs to look for', tagline: perScript[0].tagline });
    expect(differing(thumbnail(other), golden('latin'))).toBeGreaterThan(4 * MAX_DIFFERING);
    expect(() => renderShareCard({ siteName, locale: 'en', title: ' ', tagline: perScript[0].tagline })).toThrow();
  });

  it('draws a long French title inside the card', () => {
    const png = renderShareCard({ siteName, locale: 'fr', title: 'Pourquoi c’est important : ce que de grandes affaires policières montrent aux parents', tagline: card.tagline });
    expect(PNG.sync.read(png).width).toBe(shareImage.width);
  });

  it('refuses a title that cannot fit inside the margins rather than clip it', () => {
    expect(() => renderShareCard({ ...card, locale: 'en', title: 'Too many words to fit '.repeat(12) })).toThrow(ShareCardError);
    expect(() => renderShareCard({ ...card, locale: 'en', title: 'W'.repeat(60) })).toThrow(ShareCardError);
  });

  it('has a glyph for every character of every guide title and tagline, in every locale (no tofu)', () => {
    const problems: string[] = [];
    for (const locale of locales) {
      for (const guide of listGuides(locale)) {
        const missing = missingGlyphs(guide.frontMatter.title, guide.textLocale);
        if (missing.length) problems.push(`${locale}/${guide.slug}: ${missing.join(' ')}`);
      }
      const missing = missingGlyphs(readMessages(locale).site.tagline, locale, 400);
      if (missing.length) problems.push(`${locale} tagline: ${missing.join(' ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('finds a character no card font has, and refuses to draw it', () => {
    expect(missingGlyphs('Help ክ', 'en')).toEqual(['ክ']);
    expect(missingGlyphs('性勒索', 'en')).toEqual(['性', '勒', '索']);
    expect(() => renderShareCard({ ...card, locale: 'en', title: 'Sextortion ክ' })).toThrow(/cannot draw "ክ" \(U\+12AD\)/);
  });

  it('joins Devanagari conjuncts and vowel signs as one shaped cluster, not letter by letter', () => {
    // क्ष is one conjunct glyph: narrower than क and ष side by side.
    expect(shapedWidth('क्ष', 'hi')).toBeLessThan(shapedWidth('क', 'hi') + shapedWidth('ष', 'hi'));
    // The vowel sign ा takes its own width: रात is as wide as रा and त together (resvg's shaper overlapped them).
    expect(shapedWidth('रात', 'hi')).toBeCloseTo(shapedWidth('रा', 'hi') + shapedWidth('त', 'hi'), 1);
  });
});
