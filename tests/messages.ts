import fs from 'node:fs';

/** A locale's interface strings as the site has them (messages/<locale>.json), for tests to compare pages with. */
export const readMessages = (locale: string): any => JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8'));
