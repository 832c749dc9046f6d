import { describe, expect, it } from 'vitest';
import { defaultLocale, locales } from '@/lib/locales';
import { createElement } from 'react';
import { TranslatedArticle } from '@/components/TranslatedArticle';
import type { Locale } from '@/lib/locales';
import { renderHtml } from '@/scripts/component-catalogue';
import { readMessages } from '../messages';
import { decodeEntities, textOf } from '../html-text';

/** The notice a guide in `locale` shows above its article, as TranslatedArticle renders it with the real messages. */
async function renderNotice(locale: Locale, { pending, englishUpdated }: { pending: boolean; englishUpdated?: string }) {
  const props = { locale, textLocale: pending ? 'en' : locale, englishUpdated, path: '/guides/sextortion', children: null } as const;
  const html = await renderHtml(createElement(TranslatedArticle, props));
  return html.slice(0, html.indexOf('<article'));
}


describe.each(locales.filter((l) => l !== defaultLocale))('the translation notice in %s', (locale) => {
  const messages = readMessages(locale).guides;

  it('says a translation is coming, in the reader\'s language, when the page shows the English text', async () => {
    const html = await renderNotice(locale, { pending: true });
    expect(html).toMatch(/^<p role="note"/);
    expect(textOf(html)).toBe(messages.translationPending);
  });

  it('says when the English changed and links to it, when the translation follows an older version', async () => {
    const html = await renderNotice(locale, { pending: false, englishUpdated: '2026-12-15' });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-12-15'));
    expect(html).toContain('data-translation-stale="2026-12-15"');
    expect(textOf(html)).toContain(day);
    expect(html).toMatch(/<a href="\/en\/guides\/sextortion" hrefLang="en"[^>]*>[^<]+<\/a>/);
    // The link's words are the message's own <link> text, not the English.
    const linkText = /<link>(.*?)<\/link>/.exec(messages.translationStale)![1];
    expect(decodeEntities(html)).toContain(`>${linkText}</a>`);
  });

  it('says nothing for a current translation', async () => {
    expect(await renderNotice(locale, { pending: false })).toBe('');
  });
});
