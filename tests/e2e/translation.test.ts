import { describe, expect, it } from 'vitest';
import { defaultLocale, locales } from '@/lib/locales';
import { pagePaths } from '@/lib/routes';
import { localePath } from '@/lib/site';
import { englishSentences } from '../english-text';
import { get } from './site';

describe('no English left on a translated page', () => {
  it.each(locales.filter((l) => l !== defaultLocale))(
    'every %s page has no English sentence outside an element marked lang="en" or translate="no"',
    async (locale) => {
      const found: string[] = [];
      for (const path of [...pagePaths(), '/not-a-page']) {
        const html = await (await get(localePath(locale, path))).text();
        for (const sentence of englishSentences(html, locale)) found.push(`${localePath(locale, path)}: ${sentence.slice(0, 120)}`);
      }
      expect(found).toEqual([]);
    },
  );
});
