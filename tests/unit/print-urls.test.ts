import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { printUrl, rehypePrintUrls } from '@/lib/print-urls';

const base = new URL('https://haven.example');

async function html(source: string) {
  return String(await compile(source, { rehypePlugins: [[rehypePrintUrls, { base }]], outputFormat: 'function-body' }));
}

describe('addresses written out in print', () => {
  it('makes site links absolute and keeps other sites as they are', () => {
    expect(printUrl('/fr/report', base)).toBe('https://haven.example/fr/report');
    expect(printUrl('https://report.cybertip.org/', base)).toBe('https://report.cybertip.org/');
  });

  it('leaves out in-page anchors, phone numbers and e-mail', () => {
    expect(printUrl('#what-is-sextortion', base)).toBeUndefined();
    expect(printUrl('tel:+18008435678', base)).toBeUndefined();
    expect(printUrl('mailto:someone@example.org', base)).toBeUndefined();
    expect(printUrl(undefined, base)).toBeUndefined();
  });

  it('marks the links of an MDX body', async () => {
    const out = await html('See [where to report](/en/report) and [the FAQ](https://takeitdown.ncmec.org/faq/).');
    expect(out).toContain('"data-print-url": "https://haven.example/en/report"');
    expect(out).toContain('"data-print-url": "https://takeitdown.ncmec.org/faq/"');
  });

  it('does not repeat an address that is already the link text', async () => {
    const out = await html('Go to [https://report.cybertip.org/](https://report.cybertip.org/) or [report.cybertip.org](https://report.cybertip.org).');
    expect(out).not.toContain('data-print-url');
  });
});
