import { compile } from '@mdx-js/mdx';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { isolateLtr, isolateName, ltrRuns, rehypeLtrRuns } from '@/lib/bidi';

async function html(source: string) {
  return String(await compile(source, { rehypePlugins: [rehypeLtrRuns], outputFormat: 'function-body' }));
}

const runs = (text: string) => ltrRuns(text).map((r) => r.value);

describe('left-to-right runs inside right-to-left text', () => {
  it('finds the numbers, e-mails and codes the translation review saw reversed', () => {
    expect(runs('في الحالات العاجلة اتصلوا بـ 10-55 الآن.')).toEqual(['10-55']);
    expect(runs('راسلوا 998@social.gov.bh أو اتصلوا')).toEqual(['998@social.gov.bh']);
    expect(runs('اتصلوا على (011) 5275-1135.')).toEqual(['(011) 5275-1135']);
    expect(runs('الخط 1800 255 0000، مجانًا')).toEqual(['1800 255 0000']);
    expect(runs('يوميًا 9:00–22:00')).toEqual(['9:00–22:00']);
    expect(runs('اتصلوا بـ 1-800-CALL-FBI')).toEqual(['1-800-CALL-FBI']);
  });

  it('leaves a lone number or a lone word alone, and keeps the full stop outside', () => {
    expect(runs('الرقم 112 فقط')).toEqual([]);
    expect(runs('موقع Childline للأطفال')).toEqual([]);
    expect(runs('اتصلوا بـ 0800 1111.')).toEqual(['0800 1111']);
  });

  it('isolates runs in data text only for a right-to-left locale', () => {
    expect(renderToStaticMarkup(createElement('p', null, isolateLtr('اتصلوا بـ 10-55 الآن', 'ar')))).toBe('<p>اتصلوا بـ <span dir="ltr">10-55</span> الآن</p>');
    expect(isolateLtr('Call 10-55 now', 'en')).toBe('Call 10-55 now');
    expect(isolateLtr('لا أرقام هنا', 'ar')).toBe('لا أرقام هنا');
  });

  it('isolates a name as a whole, in its own direction, only in a right-to-left locale', () => {
    expect(renderToStaticMarkup(createElement('p', null, isolateName('3114 – numéro national', 'ar')))).toBe('<p><bdi>3114 – numéro national</bdi></p>');
    expect(isolateName('3114 – numéro national', 'fr')).toBe('3114 – numéro national');
  });

  it('isolates the same runs in an MDX page', async () => {
    const out = await html('اتصلوا بالرقم 0808 800 5000 أو راسلوا 998@social.gov.bh الآن.');
    expect(out).toMatch(/dir: "ltr",\s*children: "0808 800 5000"/);
    expect(out).toMatch(/dir: "ltr",\s*children: "998@social.gov.bh"/);
  });
});
