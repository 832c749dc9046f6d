import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrPath, quietZone } from '@/lib/qr';

/** Paints the path's rectangles (M x y h w v1 h-w z) into an RGBA image, `scale` pixels per module. */
function rasterize({ size, d }: { size: number; d: string }, scale: number) {
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) {
        data.set([0, 0, 0, 255], (py * width + px) * 4);
      }
    }
  }
  return { data, width };
}

describe('QR codes for guide pages', () => {
  const urls = ['https://haven.example/en/guides/sextortion', 'http://localhost:3000/ar/guides/if-your-child-tells-you'];

  it.each(urls)('draws a code that a QR reader decodes back to %s', (url) => {
    const { data, width } = rasterize(qrPath(url), 4);
    expect(jsQR(data, width, width)?.data).toBe(url);
  });

  it('keeps the quiet zone free of dark modules', () => {
    const { size, d } = qrPath(urls[0]);
    for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      expect(Number(x)).toBeGreaterThanOrEqual(quietZone);
      expect(Number(y)).toBeGreaterThanOrEqual(quietZone);
      expect(Number(x) + Number(w)).toBeLessThanOrEqual(size - quietZone);
      expect(Number(y)).toBeLessThan(size - quietZone);
    }
  });

  it('uses only the path syntax the page and this test expect', () => {
    const { d } = qrPath(urls[1]);
    expect(d.replace(/M\d+ \d+h(\d+)v1h-\1z/g, '')).toBe('');
  });
});
