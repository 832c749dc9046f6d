import path from 'node:path';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { GuideList } from '@/components/GuideList';
import { GuideView } from '@/components/GuideView';
import { getGuide, guideSlugs, listGuides } from '@/lib/content';
import type { Locale } from '@/lib/locales';
import { renderHtml as html } from '@/scripts/component-catalogue';
import { readMessages } from '../messages';
import { textOf } from '../html-text';
import { inScenario, projectRoot, runScript } from './scenario';

// tests/scenarios/untranslated-guide/content: two English guides; French has one of them, current; German has it
// too, made from an older English version; the other guide exists in English only.

const tree = path.join(projectRoot, 'tests/scenarios/untranslated-guide');
inScenario(() => tree);

const guidePage = (locale: Locale, slug: string) => html(createElement(GuideView, { locale, guide: getGuide(locale, slug)! }));

describe('a guide with no translation, and one whose translation is out of date', () => {
  it('every locale lists both guides, the missing one in English', () => {
    expect(guideSlugs()).toEqual(['keep-evidence', 'stop-and-block']);
    expect(listGuides('fr').map((g) => [g.slug, g.textLocale])).toEqual([['keep-evidence', 'fr'], ['stop-and-block', 'en']]);
    expect(listGuides('es').map((g) => g.textLocale)).toEqual(['en', 'en']);
  });

  it('the French page of the missing guide shows the English text, marked as English, after a French notice', async () => {
    const page = await guidePage('fr', 'stop-and-block');
    expect(textOf(page)).toContain(readMessages('fr').guides.translationPending);
    // Marked as English, and left out of the French search index.
    expect(page).toContain('<article lang="en" dir="ltr">');
    expect(page).toContain('Stop replying');
  });

  it('in Arabic, the English text is marked left to right inside the right-to-left page', async () => {
    const page = await guidePage('ar', 'stop-and-block');
    expect(textOf(page)).toContain(readMessages('ar').guides.translationPending);
    expect(page).toContain('<article lang="en" dir="ltr">');
  });

  it('the German page says the English changed on 1 December 2026 and links to it', async () => {
    const page = await guidePage('de', 'keep-evidence');
    expect(page).toContain('data-translation-stale="2026-12-01"');
    expect(textOf(page)).toContain('1. Dezember 2026');
    expect(page).toMatch(/<a href="\/en\/guides\/keep-evidence" hrefLang="en"/);
    // The text is the page's own language, and search indexes it.
    expect(page).toContain('<article data-pagefind-body="">');
  });

  it('the current French translation has no notice', async () => {
    const page = await guidePage('fr', 'keep-evidence');
    expect(page).not.toContain('role="note"');
    expect(page).toContain('Gardez les messages');
  });

  it('the French guide list marks the English guide as English', async () => {
    const list = await html(createElement(GuideList, { locale: 'fr', guides: listGuides('fr') }));
    expect(list).toMatch(/<li lang="en" dir="ltr"><a [^>]*href="\/fr\/guides\/stop-and-block"/);
    expect(list).toMatch(/<li><a [^>]*href="\/fr\/guides\/keep-evidence"/);
  });

  it('the content check scores the tree and names the out-of-date translation', async () => {
    const { code, output } = await runScript('scripts/check-content.ts', [], tree);
    expect(code, output).toBe(0);
    expect(output).toContain('Translations that may be out of date (1):');
    expect(output).toContain('tests/scenarios/untranslated-guide/content/de/guides/keep-evidence.mdx: follows the English of 2026-11-01; the English was updated on 2026-12-01');
  });
});
