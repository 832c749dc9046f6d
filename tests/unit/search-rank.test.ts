import { describe, expect, it } from 'vitest';
import { normalize, titleFirst } from '../../public/js/rank.js';

const result = (url: string, title: string) => ({ url, meta: { title } });

describe('search result order', () => {
  const results = [
    result('/zh-Hans/guides/grooming', '什么是网络诱骗？'),
    result('/zh-Hans/schools', '给学校'),
    result('/zh-Hans/guides/if-your-child-tells-you', '如果孩子告诉您网上发生了什么'),
  ];

  it('puts the page whose title is the query first, whatever Pagefind scored', () => {
    expect(titleFirst('如果孩子告诉您网上发生了什么', results).map((r: { url: string }) => r.url)).toEqual([
      '/zh-Hans/guides/if-your-child-tells-you',
      '/zh-Hans/guides/grooming',
      '/zh-Hans/schools',
    ]);
  });

  it('ignores case, spaces and punctuation, and keeps Pagefind\'s order otherwise', () => {
    expect(normalize('Sextortion: what to do TONIGHT?')).toBe('sextortionwhattodotonight');
    const en = [result('/en/a', 'Grooming'), result('/en/b', 'Sextortion: what to do tonight'), result('/en/c', 'Other')];
    expect(titleFirst('sextortion what to do tonight', en).map((r: { url: string }) => r.url)).toEqual(['/en/b', '/en/a', '/en/c']);
    expect(titleFirst('photos', en)).toEqual(en);
    expect(titleFirst('   ', en)).toEqual(en);
  });
});
