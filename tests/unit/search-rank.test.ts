import { describe, expect, it } from 'vitest';
import { combine, find, normalize, queryWords, titleFirst } from '../../public/js/rank.js';

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

describe('a sentence searched word by word', () => {
  it('cuts a query into its words, each once, as its language does', () => {
    expect(queryWords('My daughter is being blackmailed with a nude, my DAUGHTER', 'en')).toEqual([
      'my', 'daughter', 'is', 'being', 'blackmailed', 'with', 'nude',
    ]);
    // Chinese has no spaces: the segmenter finds the words (a one-character word stays), and two single characters
    // side by side are also tried together, for the words its dictionary lacks (裸照).
    const zh = queryWords('我女儿被人用裸照威胁', 'zh-Hans');
    expect(zh).toEqual(expect.arrayContaining(['我', '女儿', '威胁', '裸照', '用裸']));
    expect(zh).not.toContain('我女');
    expect(queryWords('威胁 照片', 'zh-Hans')).toEqual(['威胁', '照片']);
    expect(queryWords('bina-blackmail ang anak ko', 'fil')).toEqual(['bina', 'blackmail', 'ang', 'anak', 'ko']);
    expect(queryWords('ابنتي تتعرض للابتزاز', 'ar')).toEqual(['ابنتي', 'تتعرض', 'للابتزاز']);
    expect(queryWords(' ?! ', 'en')).toEqual([]);
  });

  const hit = (id: string, score: number) => ({ id, score });

  it('adds up each page\'s scores, so the page matching more and rarer words comes first', () => {
    const blackmailed = [hit('country', 1), hit('sextortion', 6)];
    const daughter = [hit('country', 0.5), hit('talk', 2), hit('sextortion', 0.4)];
    const nude = [hit('images', 3), hit('sextortion', 3)];
    const merged = combine([blackmailed, daughter, nude]);
    expect(merged.map((r: { id: string }) => r.id)).toEqual(['sextortion', 'images', 'talk', 'country']);
    // Each page keeps the result of the word that scored it best (its excerpt shows that word).
    expect(merged[0]).toBe(blackmailed[1]);
    expect(combine([])).toEqual([]);
  });

  it('asks Pagefind once per word and reads only the best pages, title matches first', async () => {
    const asked: string[] = [];
    const page = (id: string, score: number, title: string) => ({ id, score, data: async () => ({ url: `/en/${id}`, meta: { title } }) });
    const index: Record<string, ReturnType<typeof page>[]> = {
      iraq: [page('guide', 2, 'A guide'), page('iq', 1, 'Where to report in Iraq')],
      police: [page('guide', 1, 'A guide'), page('iq', 0.5, 'Where to report in Iraq'), page('other', 0.2, 'Other')],
    };
    const pagefind = { search: async (word: string) => (asked.push(word), { results: index[word] ?? [] }) };
    expect((await find(pagefind, 'Iraq', 'en', 10)).map((r: { url: string }) => r.url)).toEqual(['/en/iq', '/en/guide']);
    expect((await find(pagefind, 'iraq police', 'en', 2)).map((r: { url: string }) => r.url)).toEqual(['/en/guide', '/en/iq']);
    expect(asked).toEqual(['iraq', 'iraq', 'police']);
    expect(await find(pagefind, 'nothing', 'en', 10)).toEqual([]);
  });
});
