import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { excerptNodes } from '@/components/SiteSearch';

const render = (excerpt: string) => renderToStaticMarkup(createElement(Fragment, null, ...excerptNodes(excerpt)));

describe('search result excerpts', () => {
  it('keeps the <mark> highlights Pagefind adds', () => {
    expect(render('Do not <mark>pay</mark> and do not send more')).toBe('Do not <mark>pay</mark> and do not send more');
  });

  it('shows text Pagefind escaped as text, never as markup', () => {
    expect(render('a &lt;script&gt;alert(1)&lt;/script&gt; <mark>b</mark>')).toBe(
      'a &lt;script&gt;alert(1)&lt;/script&gt; <mark>b</mark>',
    );
  });

  it('drops any other tag', () => {
    expect(render('x <img src=x onerror=alert(1)> <b>y</b> <mark>z</mark>')).toBe('x  y <mark>z</mark>');
  });

  it('leaves ampersands and right-to-left text alone', () => {
    expect(render('Missing & Exploited <mark>الابتزاز</mark>')).toBe('Missing &amp; Exploited <mark>الابتزاز</mark>');
  });
});
