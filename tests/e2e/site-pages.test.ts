import { describe, expect, it } from 'vitest';
import { footerLinks } from '@/components/Footer';
import { getContentPage } from '@/lib/content';
import { defaultLocale, locales } from '@/lib/locales';
import { contentPagePath, localePath } from '@/lib/site';
import { decodeEntities } from '../html-text';
import { readMessages } from '../messages';
import { launchedBrowser, openPage, wcagViolationsLightAndDark } from './browser';
import { attribute, baseURL, get } from './site';

// The pages that say who runs the site, what it does with data and how accessible it is (issue 22, point 6), and the
// footer that leads to them from every page.

const browser = launchedBrowser();

const sitePages = ['about', 'privacy', 'accessibility'] as const;

// One address of each page type, these pages and the 404 page included.
const pageTypes = ['/', '/guides', '/guides/sextortion', '/report', '/report/fr', '/report/other', '/schools', '/search', '/young-people', '/browse-safely', ...sitePages.map(contentPagePath), '/not-a-page'];

const h1 = (html: string) => decodeEntities(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1].replace(/<[^>]*>/g, '') ?? '');

describe('about, privacy and accessibility', () => {
  it.each(sitePages)('/<locale>/%s is written in every locale, not the English text', async (slug) => {
    const problems: string[] = [];
    const english = getContentPage(defaultLocale, slug).frontMatter.title;
    for (const locale of locales) {
      const path = localePath(locale, contentPagePath(slug));
      const response = await get(path);
      const html = await response.text();
      const page = getContentPage(locale, slug);
      if (response.status !== 200) problems.push(`${path}: ${response.status}`);
      if (attribute(html, 'html', 'lang') !== locale) problems.push(`${path}: html lang ${attribute(html, 'html', 'lang')}`);
      // A page still in English is an article marked lang="en" under a translation notice.
      if (page.textLocale !== locale || attribute(html, 'article', 'lang')) problems.push(`${path}: shows the English text`);
      if (h1(html) !== page.frontMatter.title) problems.push(`${path}: h1 "${h1(html)}"`);
      if (locale !== defaultLocale && h1(html) === english) problems.push(`${path}: English title`);
    }
    expect(problems).toEqual([]);
  });

  it('the about and accessibility pages say, in every locale, how to reach the people who run the site', async () => {
    const missing: string[] = [];
    for (const locale of locales) {
      for (const slug of ['about', 'accessibility'] as const) {
        const html = decodeEntities(await (await get(localePath(locale, contentPagePath(slug)))).text());
        // The contact when the build had SITE_CONTACT, or the plain sentence that there is none: one of the two.
        const none = html.includes(readMessages(locale).siteContact.none);
        const link = /<a\b[^>]*href="(mailto:|https:)[^"]*"[^>]*dir="ltr" translate="no"/.test(html);
        if (!html.includes(readMessages(locale).siteContact.title) || none === link) missing.push(`${locale}/${slug}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every page type in every locale links in its footer to the five pages, in its language', async () => {
    const problems: string[] = [];
    for (const locale of locales) {
      const t = readMessages(locale).footer;
      for (const path of pageTypes) {
        const html = await (await get(localePath(locale, path))).text();
        const footer = decodeEntities(html.slice(html.indexOf('<footer'), html.indexOf('</footer>')));
        for (const [slug, key] of footerLinks) {
          const href = localePath(locale, contentPagePath(slug));
          const link = new RegExp(`<a\\b[^>]*href="${href}"[^>]*>([^<]*)</a>`).exec(footer);
          if (link?.[1] !== t[key]) problems.push(`${localePath(locale, path)}: footer link to ${href} ${link ? `reads "${link[1]}"` : 'missing'}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // One page in each direction.
  for (const path of ['/en/about', '/ar/accessibility']) {
    it(`axe finds no WCAG 2.2 AA violation on ${path}, light and dark`, async () => {
      const { page, context } = await openPage(browser(), `${baseURL()}${path}`);
      expect(await wcagViolationsLightAndDark(page)).toEqual([]);
      await context.close();
    });
  }
});
