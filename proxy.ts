import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { notFoundResponse } from '@/lib/not-found-response';
import { matchLocalePath } from '@/lib/routes';
import { withSecurityHeaders } from '@/lib/security-headers.mjs';

const intl = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Next answers a malformed percent-encoding (/%E0%A4%A) with a 500; it is the client's mistake.
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse('Bad request: the address is not valid.', {
      status: 400,
      headers: withSecurityHeaders({ 'content-type': 'text/plain; charset=utf-8' }),
    });
  }
  const match = matchLocalePath(pathname);
  // A known page needs nothing from next-intl here: the layout reads its locale from the route (next/root-params).
  if (match) return match.known ? NextResponse.next() : notFoundResponse(request, match.locale);
  // Files (robots.txt, /pagefind/…) are served as they are; any other path goes to the reader's language.
  if (/\.[^/]*$/.test(pathname)) return NextResponse.next();
  return intl(request);
}

export const config = {
  // Everything but Next's hashed assets, so even a malformed file path gets a clean answer.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
