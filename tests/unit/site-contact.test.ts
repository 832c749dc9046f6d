import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { getContentPage } from '@/lib/content';
import { locales, type Locale } from '@/lib/locales';
import { MdxContent } from '@/lib/mdx';
import { parseSiteContact } from '@/lib/site-contact';
import { renderHtml } from '@/scripts/component-catalogue';
import { decodeEntities } from '../html-text';
import { readMessages } from '../messages';

// SITE_CONTACT (lib/site-contact.ts): what the build accepts, and what the real about and accessibility pages say
// with it and without it, in every locale.

describe('SITE_CONTACT', () => {
  it('takes an email address, with or without mailto:, or an https address', () => {
    expect(parseSiteContact('help@haven.example')).toEqual({ kind: 'email', address: 'help@haven.example', href: 'mailto:help@haven.example' });
    expect(parseSiteContact(' mailto:help@haven.example ')).toMatchObject({ kind: 'email', href: 'mailto:help@haven.example' });
    expect(parseSiteContact('https://haven.example/contact')).toEqual({
      kind: 'web',
      address: 'https://haven.example/contact',
      href: 'https://haven.example/contact',
    });
  });

  it('is none when unset or blank', () => {
    expect(parseSiteContact(undefined)).toBeUndefined();
    expect(parseSiteContact('  ')).toBeUndefined();
  });

  it('stops the build on anything else, naming the value', () => {
    for (const value of ['http://haven.example/contact', 'javascript:alert(1)', 'help at haven', 'ftp://haven.example']) {
      expect(() => parseSiteContact(value), value).toThrow(`SITE_CONTACT must be an email address or an https:// address, not "${value}"`);
    }
  });
});

const pagesWithContact = ['about', 'accessibility'] as const;

async function pageText(locale: Locale, slug: (typeof pagesWithContact)[number]): Promise<string> {
  const page = getContentPage(locale, slug);
  return decodeEntities(await renderHtml(createElement(MdxContent, { source: page.body, file: page.file, bodyLine: page.bodyLine, locale })));
}

describe.each(pagesWithContact)('the %s page', (slug) => {
  const saved = process.env.SITE_CONTACT;
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_CONTACT;
    else process.env.SITE_CONTACT = saved;
  });

  it('shows SITE_CONTACT as a link when it is set, in every locale', async () => {
    process.env.SITE_CONTACT = 'help@haven.example';
    for (const locale of locales) {
      const html = await pageText(locale, slug);
      expect(html, locale).toContain('href="mailto:help@haven.example"');
      expect(html, locale).toContain(readMessages(locale).siteContact.email);
      expect(html, locale).not.toContain(readMessages(locale).siteContact.none);
    }
    process.env.SITE_CONTACT = 'https://haven.example/contact';
    const html = await pageText('ar', slug);
    expect(html).toContain('href="https://haven.example/contact"');
  });

  it('says plainly that no contact was given when it is not set, and shows no address', async () => {
    delete process.env.SITE_CONTACT;
    for (const locale of locales) {
      const html = await pageText(locale, slug);
      expect(html, locale).toContain(readMessages(locale).siteContact.none);
      expect(html, locale).not.toMatch(/mailto:|href="https?:\/\/[^"]*contact/);
    }
  });
});
