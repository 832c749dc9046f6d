import { describe, expect, it } from 'vitest';
import { badgeHtml, badgePath, badgeSvgFile, badgeTarget } from '@/lib/badge';
import { dirOf, locales } from '@/lib/locales';
import { localePath, sitePaths, siteUrl } from '@/lib/site';
import { readMessages } from '../messages';

const text = (locale: string) => readMessages(locale).schools.badge.text as string;

describe.each(locales)('the %s badge', (locale) => {
  const html = badgeHtml(locale, text(locale));
  const file = badgeSvgFile(locale, text(locale));

  it('links to the absolute address of the report page in its language', () => {
    const target = new URL(localePath(locale, sitePaths.report), siteUrl).href;
    expect(badgeTarget(locale)).toBe(target);
    expect(html.startsWith(`<a href="${target}"`)).toBe(true);
    expect(file).toContain(`<a href="${target}">`);
  });

  it('shows and names its localized text', () => {
    expect(html).toContain(`aria-label="${text(locale)}"`);
    expect(html).toContain(`>${text(locale)}</text>`);
    expect(file).toContain(`<title>${text(locale)}</title>`);
  });

  it('loads nothing and runs nothing: no script, no style, no other address', () => {
    for (const markup of [html, file]) {
      expect(markup).not.toMatch(/<script|<style|style=|<image|<img|<use|<foreignObject|\bon\w+=/i);
      const addresses = [...markup.matchAll(/https?:\/\/[^"\s<]+/g)].map((m) => m[0]);
      expect(addresses.filter((a) => a !== badgeTarget(locale) && a !== 'http://www.w3.org/2000/svg')).toEqual([]);
    }
  });

  it('is written right to left where the language is', () => {
    expect(html.includes('dir="rtl"')).toBe(dirOf(locale) === 'rtl');
    expect(html.includes('direction="rtl"')).toBe(dirOf(locale) === 'rtl');
  });

  it('has an image file address under /badge/', () => {
    expect(badgePath(locale)).toMatch(new RegExp(`^/badge/[a-z-]*${locale}\\.svg$`));
  });
});

it('escapes text it puts into markup', () => {
  expect(badgeHtml('en', 'Help & <advice> "now"')).toContain('Help &amp; &lt;advice&gt; &quot;now&quot;');
});
