import { describe, expect, it } from 'vitest';
import { excerptRuns } from '../../public/js/excerpt.js';

// Renders the runs the way the search script does: text, with marked runs in <mark>.
const render = (excerpt: string) =>
  (excerptRuns(excerpt) as { text: string; marked: boolean }[])
    .map(({ text, marked }) => {
      const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      return marked ? `<mark>${escaped}</mark>` : escaped;
    })
    .join('');

describe('search result excerpts', () => {
  it('keeps the <mark> highlights Pagefind adds', () => {
    expect(render('Do not <mark>pay</mark> and do not send more')).toBe('Do not <mark>pay</mark> and do not send more');
  });

  it('shows text Pagefind escaped as text, never as markup', () => {
    expect(excerptRuns('a &lt;script&gt;alert(1)&lt;/script&gt; <mark>b</mark>')).toEqual([
      { text: 'a <script>alert(1)</script> ', marked: false },
      { text: 'b', marked: true },
    ]);
  });

  it('drops any other tag', () => {
    expect(render('x <img src=x onerror=alert(1)> <b>y</b> <mark>z</mark>')).toBe('x  y <mark>z</mark>');
  });

  it('leaves ampersands and right-to-left text alone', () => {
    expect(render('Missing & Exploited <mark>الابتزاز</mark>')).toBe('Missing &amp; Exploited <mark>الابتزاز</mark>');
  });
});
