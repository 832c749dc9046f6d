// `npx tsx scripts/bench/run-search.ts`: the benchmark's search table alone, on the last build (out/), for tuning
// search without the whole benchmark. Writes every phrasing's first three results to stderr.
import { launch } from '../../tests/e2e/browser';
import { startSite } from '../servers';
import { measureSearch, searchTable } from './search';

const site = await startSite();
const browser = await launch();
try {
  const results = await measureSearch(browser, site.url);
  for (const r of results) {
    for (const p of r.phrasings) {
      if (!p.hit || process.argv.includes('--all')) process.stderr.write(`${p.hit ? 'hit ' : 'MISS'} ${r.locale} "${p.query}" → ${p.guide}: ${p.top3.join(' ')} (${p.ms} ms)\n`);
    }
  }
  process.stdout.write(searchTable(results) + '\n');
} finally {
  await browser.close();
  site.stop();
}
