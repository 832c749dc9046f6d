import { describe, expect, it } from 'vitest';
import { ContentError, isStale, parseGuideSource, type TextRole } from '@/lib/guide-schema';

const valid = `---
title: Sextortion, what to do tonight
description: What sextortion is and what to do tonight if it is happening to your child.
summary: Do not pay, stop contact, keep evidence, report.
group: act
order: 1
audience: [parents]
ageBands: ["10-12", "13+"]
searchTerms: [blackmail, nudes, threatened, "wants money", sextortion]
reviewed: 2026-11-21
updated: 2026-11-21
sources:
  - title: CyberTipline FAQs
    publisher: NCMEC
    url: https://report.cybertip.org/faqs
    date: 2026-11-21
---
Body text.
`;

function broken(find: string, replace: string): string {
  if (!valid.includes(find)) throw new Error(`fixture does not contain ${find}`);
  return valid.replace(find, replace);
}

function errorOf(source: string, role: TextRole = 'source'): string {
  try {
    parseGuideSource('content/en/guides/broken.mdx', source, role);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected the file to be rejected');
}

describe('guide front matter', () => {
  it('accepts a valid file and keeps the body', () => {
    const { frontMatter, body } = parseGuideSource('ok.mdx', valid, 'source');
    expect(frontMatter.reviewed).toBe('2026-11-21');
    expect(frontMatter.sources[0].date).toBe('2026-11-21');
    expect(body.trim()).toBe('Body text.');
  });

  it.each([
    ['a missing title', broken('title: Sextortion, what to do tonight\n', ''), 'field "title"'],
    ['a missing description', broken(/description: .*\n/.exec(valid)![0], ''), 'field "description"'],
    ['an unknown group', broken('group: act', 'group: later'), 'field "group"'],
    ['an unknown age band', broken('"13+"', '"18+"'), 'field "ageBands.1"'],
    ['a date that is not a day', broken('reviewed: 2026-11-21', 'reviewed: soon'), 'field "reviewed"'],
    ['an impossible date', broken('reviewed: 2026-11-21', 'reviewed: "2026-13-40"'), 'field "reviewed"'],
    ['a source over http', broken('https://report.cybertip.org/faqs', 'http://report.cybertip.org/faqs'), 'field "sources.0.url"'],
    ['a source without publisher', broken('    publisher: NCMEC\n', ''), 'field "sources.0.publisher"'],
    ['no sources', broken(/sources:[\s\S]*?---/.exec(valid)![0], 'sources: []\n---'), 'field "sources"'],
    ['an unknown field', broken('order: 1', 'order: 1\nauthor: someone'), 'author'],
    ['no search terms', broken(/searchTerms: .*\n/.exec(valid)![0], ''), 'field "searchTerms"'],
    ['too few search terms', broken(/searchTerms: .*\n/.exec(valid)![0], 'searchTerms: [blackmail]\n'), 'field "searchTerms"'],
    ['a search term twice', broken('sextortion]', 'Blackmail]'), 'field "searchTerms": lists the same term twice'],
  ])('rejects %s, naming the file and the field', (_, source, field) => {
    const message = errorOf(source);
    expect(message).toContain('content/en/guides/broken.mdx');
    expect(message).toContain(field);
  });

  it('asks the English page for the day it changed, and a translation for the English version it follows', () => {
    expect(errorOf(broken('updated: 2026-11-21\n', ''))).toContain('field "updated": is required in an English page');
    expect(errorOf(broken('updated: 2026-11-21', 'updated: 2026-11-21\nfollows: 2026-11-21'))).toContain('field "follows": belongs only in a translation');
    expect(errorOf(valid, 'translation')).toContain('field "follows": is required in a translation');
    const translation = broken('updated: 2026-11-21', 'follows: 2026-11-01');
    expect(parseGuideSource('fr.mdx', translation, 'translation').frontMatter.follows).toBe('2026-11-01');
  });

  it('calls a translation stale only when the English changed after the version it follows', () => {
    expect(isStale({ follows: '2026-11-01' }, { updated: '2026-11-21' })).toBe(true);
    expect(isStale({ follows: '2026-11-21' }, { updated: '2026-11-21' })).toBe(false);
    expect(isStale({ follows: '2026-12-01' }, { updated: '2026-11-21' })).toBe(false);
  });

  it('rejects a file without front matter or with broken YAML', () => {
    expect(errorOf('Just text.')).toMatch(/broken\.mdx: missing front matter/);
    expect(errorOf('---\ntitle: [unclosed\n---\nx')).toMatch(/broken\.mdx: front matter is not valid YAML/);
  });
});
