import createMiddleware from 'next-intl/middleware';
import { routing } from '@/i18n/routing';

// Sends paths without a locale to the reader's best language (Accept-Language).
export default createMiddleware(routing);

export const config = {
  // Everything except Next's assets, metadata routes and files with an extension.
  matcher: ['/((?!_next|_vercel|sitemap\\.xml|robots\\.txt|.*\\..*).*)'],
};
