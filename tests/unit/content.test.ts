import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getGuide, guideSlugs, listGuides, loadSite } from '@/lib/content';
import { locales } from '@/lib/locales';

const frontMatter = (title: string, date = 'updated: 2026-11-21') => `---
title: ${title}
description: A description long enough for search engines.
summary: One line for the index.
group: understand
order: 1
audience: [parents]
ageBands: ["6-9"]
searchTerms: [report, hotline, website, link, police]
reviewed: 2026-11-21
${date}
sources:
  - title: How to report
    publisher: INHOPE
    url: https://www.inhope.org/EN/how-to-report
    date: 2026-11-21
---
Text.
`;

/** The content of a throwaway project tree holding the given files. */
function project(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-content-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return loadSite(dir);
}

describe('content loader', () => {
  it('loads every real guide in every locale', () => {
    const slugs = guideSlugs();
    expect(slugs.length).toBeGreaterThan(0);
    for (const locale of locales) expect(listGuides(locale)).toHaveLength(slugs.length);
  });

  it('shows the English text, marked as English, where a translation is missing', () => {
    const site = project({
      'content/en/guides/one.mdx': frontMatter('One in English'),
      'content/fr/guides/one.mdx': frontMatter('Un en français', 'follows: 2026-11-21'),
      'content/en/guides/two.mdx': frontMatter('Two in English'),
    });
    expect(site.guide('fr', 'one')).toMatchObject({ textLocale: 'fr', frontMatter: { title: 'Un en français' } });
    expect(site.guide('fr', 'two')).toMatchObject({ textLocale: 'en', frontMatter: { title: 'Two in English' } });
    expect(site.guide('fr', 'three')).toBeUndefined();
  });

  it('knows a translation made from an older English version, and when the English changed', () => {
    const site = project({
      'content/en/guides/one.mdx': frontMatter('One in English', 'updated: 2026-12-01'),
      'content/fr/guides/one.mdx': frontMatter('Un en français', 'follows: 2026-11-21'),
      'content/de/guides/one.mdx': frontMatter('Eins auf Deutsch', 'follows: 2026-12-01'),
    });
    expect(site.guide('fr', 'one')).toMatchObject({ textLocale: 'fr', englishUpdated: '2026-12-01' });
    expect(site.guide('de', 'one')?.englishUpdated).toBeUndefined();
    expect(site.guide('en', 'one')?.englishUpdated).toBeUndefined();
  });

  it('gives every real guide in every locale search terms of its own, not the English list', () => {
    for (const slug of guideSlugs()) {
      const english = getGuide('en', slug)!.frontMatter.searchTerms.join('|');
      for (const locale of locales.filter((l) => l !== 'en')) {
        const guide = getGuide(locale, slug)!;
        if (guide.textLocale !== locale) continue;
        expect(guide.frontMatter.searchTerms.join('|'), `${locale}/${slug}`).not.toBe(english);
      }
    }
  });

  it('does not call a translation out of date for search terms that differ from the English ones', () => {
    const withTerms = (text: string, terms: string) => text.replace(/searchTerms: .*/, `searchTerms: ${terms}`);
    const site = project({
      'content/en/guides/one.mdx': withTerms(frontMatter('One in English', 'updated: 2026-12-01'), '[blackmail, nudes, threats, money, leak]'),
      'content/fr/guides/one.mdx': withTerms(frontMatter('Un en français', 'follows: 2026-12-01'), '[chantage, nudes, menaces, argent, balancer, racket]'),
    });
    expect(site.guide('fr', 'one')).toMatchObject({ textLocale: 'fr', frontMatter: { searchTerms: expect.arrayContaining(['chantage']) } });
    expect(site.guide('fr', 'one')?.englishUpdated).toBeUndefined();
  });

  it('stops on a translation without an English original', () => {
    const site = project({
      'content/en/guides/one.mdx': frontMatter('One'),
      'content/es/guides/solo.mdx': frontMatter('Solo', 'follows: 2026-11-21'),
    });
    expect(() => site.guideSlugs()).toThrow('content/es/guides/solo.mdx: has no English original');
  });

  it('fails on a broken file, naming it and the field', () => {
    const site = project({ 'content/en/guides/bad.mdx': frontMatter('One').replace('group: understand', 'group: nowhere') });
    expect(() => site.guides('en')).toThrow(/content\/en\/guides\/bad\.mdx: invalid front matter: field "group"/);
  });
});

describe('the content layer (loadSite)', () => {
  it('reads a tree once: the same site, and nothing read again, on every call', () => {
    const site = project({ 'content/en/guides/one.mdx': frontMatter('One') });
    expect(loadSite(site.root)).toBe(site);
    const first = site.guides('fr');
    expect(site.guides('fr')).toBe(first);
    expect(site.guide('de', 'one')).toBe(site.guide('en', 'one'));
  });

  it('hands out what it read frozen: a page cannot change it for the next one', () => {
    const site = project({ 'content/en/guides/one.mdx': frontMatter('One') });
    const guide = site.guide('en', 'one')!;
    expect(() => (guide.frontMatter.sources as unknown[]).push({})).toThrow(TypeError);
    expect(() => (site.guides('en') as unknown[]).pop()).toThrow(TypeError);
  });

  it('shows a page in English until its translation exists, and refuses a page that is not one of the pages', () => {
    const page = (title: string, date: string) => frontMatter(title, date).replace(/^(group|order|audience|ageBands): .*\n/gm, '');
    const about = page('About Haven', 'updated: 2026-11-21');
    const site = project({ 'content/en/pages/about.mdx': about });
    // bodyLine: the lines before the body, so MDX errors name the file's line.
    expect(site.page('fr', 'about')).toMatchObject({ textLocale: 'en', file: 'content/en/pages/about.mdx', bodyLine: about.split('\n').indexOf('Text.') });
    expect(() => site.page('fr', 'privacy')).toThrow('content/en/pages/privacy.mdx: is missing');
    const stray = project({ 'content/fr/pages/extra.mdx': page('Extra', 'follows: 2026-11-21') });
    expect(() => stray.page('fr', 'about')).toThrow(/^content\/fr\/pages\/extra\.mdx: is not one of the pages/);
  });

  it('checks the messages: a value that is not text names the file and the key', () => {
    const site = project({ 'content/en/guides/one.mdx': frontMatter('One'), 'messages/en.json': '{"site": {"name": 1}}' });
    expect(() => site.messages('en')).toThrow('messages/en.json: "site.name" must be text or an object of texts');
  });

  it('takes only an absolute root holding content/, never the working directory', () => {
    expect(() => loadSite('content')).toThrow('loadSite needs an absolute path');
    expect(() => loadSite(os.tmpdir())).toThrow('has no content/ folder');
  });
});
