import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const messagesDir = fileURLToPath(new URL('../messages/', import.meta.url));

/** A locale's interface strings as the site has them (messages/<locale>.json), for tests to compare pages with. */
export const readMessages = (locale: string): any => JSON.parse(fs.readFileSync(`${messagesDir}${locale}.json`, 'utf8'));
