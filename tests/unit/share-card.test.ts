import { describe, expect, it } from 'vitest';
import { listGuides } from '@/lib/content';
import { locales } from '@/lib/locales';
import { missingGlyphs, renderShareCard, shapedWidth, ShareCardError } from '@/lib/build/share-card';
import { readMessages } from '../messages';
import { shareImage, siteName } from '@/lib/site';

function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const card = { siteName, tagline: 'Help for parents and teachers worried about online child sexual exploitation' };

describe('share cards', () => {
  it.each([
    ['en', 'Sextortion: what to do tonight'],
    ['fr', 'Pourquoi c’est important : ce que de grandes affaires policières montrent aux parents'],
    ['ar', 'علامات تحذيرية على أن طفلًا قد يتعرّض للاستدراج أو الاستغلال'],
    ['ar', 'الابتزاز الجنسي: ماذا تفعلون مع Take It Down (2024)؟'],
    ['hi', 'सेक्सटॉर्शन: आज रात क्या करें'],
    ['zh-Hans', '性勒索：今晚该怎么做？“不要付钱”，立即向NCMEC举报'],
  ] as const)('draws a %s card at the Open Graph size', (locale, title) => {
    expect(pngSize(renderShareCard({ ...card, locale, title }))).toEqual({ width: shareImage.width, height: shareImage.height });
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
