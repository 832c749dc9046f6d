import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import rehypeLtrNumbers from '@/lib/rehype-ltr-numbers';

async function html(source: string) {
  return String(await compile(source, { rehypePlugins: [rehypeLtrNumbers], outputFormat: 'function-body' }));
}

describe('phone numbers in right-to-left text', () => {
  it('isolates a spaced or hyphenated number as left-to-right', async () => {
    const out = await html('اتصلوا بالرقم 0808 800 5000 أو 1-800-843-5678 الآن.');
    expect(out).toMatch(/dir: "ltr",\s*children: "0808 800 5000"/);
    expect(out).toMatch(/dir: "ltr",\s*children: "1-800-843-5678"/);
  });

  it('isolates a number written with letters', async () => {
    const out = await html('اتصلوا بالرقم 1-800-CALL-FBI أو 1.888.PREVENT الآن.');
    expect(out).toMatch(/dir: "ltr",\s*children: "1-800-CALL-FBI"/);
    expect(out).toMatch(/dir: "ltr",\s*children: "1.888.PREVENT"/);
  });

  it('leaves short numbers, years and figures alone', async () => {
    const out = await html('About 1,700 arrests in 2019, ages 10-12, call 112.');
    expect(out).not.toContain('"ltr"');
  });
});
