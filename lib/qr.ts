import QRCode from 'qrcode';

// Margin around the code, in modules: the quiet zone the QR standard asks for, so phone cameras find the code.
export const quietZone = 4;

/**
 * A QR code as one SVG path: every run of dark modules in a row becomes a 1-module-high rectangle.
 * The `qrcode` library makes the matrix; the page draws it as inline SVG at build time.
 */
export function qrPath(text: string): { size: number; d: string } {
  // Level M (15% of the code can be damaged): it survives a crease or a smudge on a printed page.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const parts: string[] = [];
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < n && modules.get(y, x)) x++;
      parts.push(`M${start + quietZone} ${y + quietZone}h${x - start}v1h-${x - start}z`);
    }
  }
  return { size: n + 2 * quietZone, d: parts.join('') };
}
