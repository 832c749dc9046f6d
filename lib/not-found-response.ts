import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { withSecurityHeaders } from '@/lib/security-headers.mjs';
import type { Locale } from '@/lib/locales';
import { notFoundPath } from '@/lib/routes';
import { localePath } from '@/lib/site';

// An unknown address under /<locale>/ is answered with that locale's prerendered 404 page (app/[locale]/not-found)
// and status 404. The proxy sends the built file itself: a rewrite would do, but Next 16 proxies a rewrite over HTTP
// when it was started with a host name (`next start -H 127.0.0.1`) and fails. Under `next dev` there is no built
// file, and the rewrite is used.

const pages = new Map<Locale, Promise<string | null>>();

function builtPage(locale: Locale): Promise<string | null> {
  let page = pages.get(locale);
  if (!page) {
    const file = path.join(process.cwd(), '.next/server/app', `${localePath(locale, notFoundPath)}.html`);
    page = readFile(file, 'utf8').catch(() => null);
    pages.set(locale, page);
  }
  return page;
}

export async function notFoundResponse(request: NextRequest, locale: Locale): Promise<NextResponse> {
  const html = await builtPage(locale);
  if (html !== null) {
    return new NextResponse(request.method === 'HEAD' ? null : html, {
      status: 404,
      headers: withSecurityHeaders({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }),
    });
  }
  const page = request.nextUrl.clone();
  page.pathname = localePath(locale, notFoundPath);
  page.search = '';
  return NextResponse.rewrite(page, { status: 404 });
}
