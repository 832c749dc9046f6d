import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getGuide, guideSlugs, listGuides } from '@/lib/content';
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

const home = process.cwd();
afterEach(() => process.chdir(home));

/** A throwaway project folder with the given content files; the loader reads content/ from the working directory. */
function project(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-content-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  process.chdir(dir);
}

describe('content loader', () => {
  it('loads every real guide in every locale', () => {
    const slugs = guideSlugs();
    expect(slugs.length).toBeGreaterThan(0);
    for (const locale of locales) expect(listGuides(locale)).toHaveLength(slugs.length);
  });

  it('shows the English text, marked as English, where a translation is missing', () => {
    project({
      'content/en/guides/one.mdx': frontMatter('One in English'),
      'content/fr/guides/one.mdx': frontMatter('Un en français', 'follows: 2026-11-21'),
      'content/en/guides/two.mdx': frontMatter('Two in English'),
    });
    expect(getGuide('fr', 'one')).toMatchObject({ textLocale: 'fr', frontMatter: { title: 'Un en français' } });
    expect(getGuide('fr', 'two')).toMatchObject({ textLocale: 'en', frontMatter: { title: 'Two in English' } });
    expect(getGuide('fr', 'three')).toBeUndefined();
  });

  it('knows a translation made from an older English version, and when the English changed', () => {
    project({
      'content/en/guides/one.mdx': frontMatter('One in English', 'updated: 2026-12-01'),
      'content/fr/guides/one.mdx': frontMatter('Un en français', 'follows: 2026-11-21'),
      'content/de/guides/one.mdx': frontMatter('Eins auf Deutsch', 'follows: 2026-12-01'),
    });
    expect(getGuide('fr', 'one')).toMatchObject({ textLocale: 'fr', englishUpdated: '2026-12-01' });
    expect(getGuide('de', 'one')?.englishUpdated).toBeUndefined();
    expect(getGuide('en', 'one')?.englishUpdated).toBeUndefined();
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
    project({
      'content/en/guides/one.mdx': withTerms(frontMatter('One in English', 'updated: 2026-12-01'), '[blackmail, nudes, threats, money, leak]'),
      'content/fr/guides/one.mdx': withTerms(frontMatter('Un en français', 'follows: 2026-12-01'), '[chantage, nudes, menaces, argent, balancer, racket]'),
    });
    expect(getGuide('fr', 'one')).toMatchObject({ textLocale: 'fr', frontMatter: { searchTerms: expect.arrayContaining(['chantage']) } });
    expect(getGuide('fr', 'one')?.englishUpdated).toBeUndefined();
  });

  it('stops on a translation without an English original', () => {
    project({
      'content/en/guides/one.mdx': frontMatter('One'),
      'content/es/guides/solo.mdx': frontMatter('Solo', 'follows: 2026-11-21'),
    });
    expect(() => guideSlugs()).toThrow('content/es/guides/solo.mdx: has no English original');
  });

  it('fails on a broken file, naming it and the field', () => {
    project({ 'content/en/guides/bad.mdx': frontMatter('One').replace('group: understand', 'group: nowhere') });
    expect(() => listGuides('en')).toThrow(/content\/en\/guides\/bad\.mdx: invalid front matter: field "group"/);
  });
});
