import { describe, expect, it } from 'vitest';
import { defaultLocale, locales } from '@/lib/locales';
import { pagePaths } from '@/lib/routes';
import { guidePath, localePath, sitePaths } from '@/lib/site';
import { englishSentences } from '../english-text';
import { launchedBrowser, openPage, wcagViolationsLightAndDark } from './browser';
import { baseURL, get } from './site';

const browser = launchedBrowser();

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

describe('Devanagari and Han pages', () => {
  const scripts = { hi: 'Noto Sans Devanagari', 'zh-Hans': 'PingFang SC' } as const;
  describe.each(Object.keys(scripts) as (keyof typeof scripts)[])('in %s', (locale) => {
    // A different kind of page in each script: the report hub in Hindi, a guide in Chinese.
    for (const path of locale === 'hi' ? [sitePaths.report] : [guidePath('sextortion')]) {
      it(`${localePath(locale, path)}: axe finds no WCAG 2.2 AA violation, light and dark`, async () => {
        const { page, context } = await openPage(browser(), `${baseURL()}${localePath(locale, path)}`);
        await page.waitForLoadState('load');
        expect(await wcagViolationsLightAndDark(page)).toEqual([]);
        await context.close();
      });
    }

    it('names the script\'s system fonts first, on screen and in print', async () => {
      const { page, context } = await openPage(browser(), `${baseURL()}${localePath(locale, guidePath('sextortion'))}`, { javaScriptEnabled: false });
      const family = () => page.evaluate(() => getComputedStyle(document.querySelector('main p')!).fontFamily);
      const screen = await family();
      // The script's fonts come before the Latin ones, which would otherwise be picked for every character they lack.
      expect(screen.indexOf(scripts[locale])).toBeGreaterThan(-1);
      expect(screen.indexOf(scripts[locale])).toBeLessThan(screen.indexOf('Roboto'));
      await page.emulateMedia({ media: 'print' });
      expect(await family()).toBe(screen);
      await context.close();
    });
  });
});
