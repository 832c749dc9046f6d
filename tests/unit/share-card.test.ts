import { describe, expect, it } from 'vitest';
import { renderShareCard, ShareCardError } from '@/lib/share-card';
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
  ] as const)('draws a %s card at the Open Graph size', (locale, title) => {
    expect(pngSize(renderShareCard({ ...card, locale, title }))).toEqual({ width: shareImage.width, height: shareImage.height });
  });

  it('refuses a title that cannot fit inside the margins rather than clip it', () => {
    expect(() => renderShareCard({ ...card, locale: 'en', title: 'Too many words to fit '.repeat(12) })).toThrow(ShareCardError);
    expect(() => renderShareCard({ ...card, locale: 'en', title: 'W'.repeat(60) })).toThrow(ShareCardError);
  });
});
