import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSite } from '@/lib/content';

const projectRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** A locale's interface strings as the site has them (messages/<locale>.json), for tests to compare pages with. */
export const readMessages = (locale: string): any => loadSite(projectRoot).messages(locale as never);
