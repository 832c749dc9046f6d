import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dirOf, locales } from '@/lib/locales';
import { pagePaths } from '@/lib/routes';
import { localePath } from '@/lib/site';
import { launchedBrowser } from './browser';
import { baseURL } from './site';

/**
 * Every run of Latin letters, digits and the marks that join them (a number, an address, an e-mail) that holds a
 * digit or an "@", measured on screen as the translation review did: the x position of each of its characters, in
 * the order they are written. A run reads in order when each character on a line stands right of the one before.
 * Returns the runs that do not, as "source → what the reader sees".
 */
function reversedRuns(): string[] {
  const RUN = /[A-Za-z0-9\u0660-\u0669+(@][A-Za-z0-9\u0660-\u0669+()@.,:;/_&'\u2013 -]*[A-Za-z0-9\u0660-\u0669)]/g;
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const element = node.parentElement;
    if (!element || element.closest('script, style, template, [hidden]') || !element.getClientRects().length) continue;
    for (const match of node.data.matchAll(RUN)) {
      if (!/[0-9\u0660-\u0669@]/.test(match[0]) || /^[0-9\u0660-\u0669]+$/.test(match[0])) continue;
      const boxes: { char: string; x: number; y: number }[] = [];
      for (let i = 0; i < match[0].length; i++) {
        if (match[0][i] === ' ') continue;
        const range = document.createRange();
        range.setStart(node, match.index + i);
        range.setEnd(node, match.index + i + 1);
        const box = range.getBoundingClientRect();
        if (box.width > 0) boxes.push({ char: match[0][i], x: box.left + box.width / 2, y: Math.round(box.top) });
      }
      const inOrder = boxes.every((b, i) => i === 0 || b.y !== boxes[i - 1].y || b.x > boxes[i - 1].x);
      if (!inOrder) {
        const seen = [...boxes].sort((a, b) => a.y - b.y || a.x - b.x).map((b) => b.char).join('');
        // Where it is: the nearest element with an id, and the element's tag and classes.
        const where = `${element.closest('[id]')?.id ?? ''} ${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
        found.push(`${match[0]} → ${seen} (${where.trim()})`);
      }
    }
  }
  return found;
}

const browser = launchedBrowser();
let page: Page;
beforeAll(async () => {
  page = await (await browser().newContext({ viewport: { width: 390, height: 844 } })).newPage();
});

describe('numbers, addresses and e-mails in right-to-left pages read left to right', () => {
  it('the measure finds a number that is not isolated (the review\'s Algeria and Bahrain notes)', async () => {
    await page.setContent(
      '<html dir="rtl" lang="ar"><body><p>في الحالات العاجلة اتصلوا بـ 10-55 الآن.</p><p>راسلوا 998@social.gov.bh أو</p>' +
        '<p>اتصلوا بـ <span dir="ltr">10-55</span> الآن.</p></body></html>',
    );
    expect((await page.evaluate(reversedRuns)).map((r) => r.replace(/ \(.*\)$/, ''))).toEqual([
      '10-55 → 55-10',
      '998@social.gov.bh → social.gov.bh@998',
    ]);
  });

  const rtl = locales.filter((l) => dirOf(l) === 'rtl');
  it.each(rtl)('on every %s page (every country page, guide and page), no run is reversed', async (locale) => {
    const reversed: string[] = [];
    let runsPages = 0;
    for (const path of pagePaths()) {
      const url = localePath(locale, path);
      const response = await page.goto(`${baseURL()}${url}`);
      expect(response?.status(), url).toBe(200);
      const found = await page.evaluate(reversedRuns);
      reversed.push(...found.map((run) => `${url}: ${run}`));
      runsPages++;
    }
    expect(runsPages).toBe(pagePaths().length);
    expect(reversed).toEqual([]);
  });
});
