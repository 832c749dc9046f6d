// `npm run bench`: builds Haven and the plain starter in bench/starter, serves Haven's out/ with `npm start`
// (server/serve.mjs) and the starter with `next start` on loopback, measures what each page costs a reader (bytes,
// requests, cookies, Lighthouse mobile) and how each server holds up under load, nginx on out/ too, sends both Haven
// servers the hostile requests of tests/e2e/hostile-servers.test.ts and floods `npm start` with junk, measures search
// in a parent's words in every locale, then prints four markdown tables on stdout and writes every figure to
// bench/last-run.json.
//
// It is a report, not a test: it exits 0 when a target is missed, and non-zero only when something broke.
// Progress and the builds' and servers' output go to stderr, so `npm run -s bench > table.md` keeps only the table.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../lib/files';
import { withExampleSiteUrl } from '../lib/site-url.mjs';
import { launch } from '../tests/e2e/browser';
import { lighthouseMedians } from './bench/lighthouse';
import { load, type LoadResult } from './bench/load';
import { measurePageWeight, type PageWeight } from './bench/page-weight';
import { markdownTable, rowsOf, type BuildResult, type PageResult } from './bench/report';
import { flood, rssMiB, runHostile, type HostileReport } from './hostile/probe';
import { measureSearch, searchTable, type SearchLocaleResult } from './bench/search';
import { startNext, startNginx, startSite, type Server } from './servers';

/** Under load, server by server: npm start and nginx on out/ for each Haven page, next start for the starter's. */
function serversTable(haven: PageResult[], starter: PageResult, nginx: LoadResult[]): string {
  const row = (server: string, page: string, l: LoadResult) =>
    `| ${server} | ${page} | ${l.requestsPerSecond} | ${(l.requestsPerSecond / starter.load.requestsPerSecond).toFixed(2)} | ${l.latencyP50} | ${l.latencyP99} | ${l.errors + l.timeouts} | ${l.non2xx} |`;
  return [
    `| Server | Page | Requests per second | × the starter | Latency p50 (ms) | Latency p99 (ms) | Errors and timeouts | Non-2xx |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...haven.map((p) => row('npm start (server/serve.mjs)', p.label, p.load)),
    ...haven.map((p, i) => row('nginx on out/', p.label, nginx[i])),
    row('starter: next start', starter.label, starter.load),
    '',
    `Target: npm start at least 5× the starter's requests per second; no error, timeout or non-2xx.`,
  ].join('\n');
}

/** The hostile requests (scripts/hostile/requests.ts) to both servers, and npm start's memory around the junk flood. */
function hostileTable(report: HostileReport, memory: { junk: number; before: number; after: number; fiveXX: number }): string {
  return [
    '| Hostile requests (npm start and nginx) | Count |',
    '| --- | --- |',
    `| Requests sent (each hostile request to both servers: ${report.requests / 2} × 2) | ${report.requests} |`,
    `| 5xx answers | ${report.fiveXX} |`,
    `| Crashes (a server no longer answering) | ${report.crashes} |`,
    `| Requests whose status differs between the servers | ${report.differences} |`,
    `| Other problems (another host in Location, no security headers) | ${report.problems.length - report.differences - report.crashes} |`,
    `| npm start RSS before ${memory.junk.toLocaleString('en')} junk requests (MiB) | ${memory.before} |`,
    `| npm start RSS after them (MiB) | ${memory.after} |`,
    `| 5xx answers to the junk | ${memory.fiveXX} |`,
  ].join('\n');
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const starterDir = path.join(root, 'bench/starter');
const resultFile = path.join(root, 'bench/last-run.json');

const havenPages = [
  { label: 'home', path: '/en' },
  { label: 'guide', path: '/en/guides/sextortion' },
  { label: 'report', path: '/en/report/us' },
  { label: 'hub', path: '/en/report' },
  { label: 'search', path: '/en/search' },
];
const starterPage = { label: '/en', path: '/en' };
const lighthouseRuns = 3;
const loadOptions = { connections: 32, seconds: 10, warmupSeconds: 2 };

const log = (message: string) => process.stderr.write(`\n[bench] ${message}\n`);

/** Runs a command with its output on stderr; throws when it fails. */
function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, {
    cwd,
    stdio: ['ignore', 2, 2],
    // Haven's build needs a public address: the example one unless SITE_URL is given.
    env: { ...withExampleSiteUrl(process.env), NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} in ${cwd} failed (${result.status ?? result.signal})`);
}

/** The HTML pages a build wrote (Next's own _not-found and _global-error left out): out/ for Haven, .next for the starter. */
function prerenderedPages(pagesDir: string): number {
  return filesUnder(pagesDir, { ext: '.html' }).filter((file) => !path.basename(file).startsWith('_')).length;
}

function timedBuild(command: string, args: string[], cwd: string, pagesDir: string): BuildResult {
  const start = process.hrtime.bigint();
  run(command, args, cwd);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const pages = prerenderedPages(pagesDir);
  if (pages === 0) throw new Error(`no prerendered page found in ${pagesDir}`);
  return { seconds, pages, secondsPerPage: seconds / pages };
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(starterDir, 'node_modules/.bin/next'))) {
    log('installing the starter’s dependencies');
    run('npm', ['ci', '--no-audit', '--no-fund'], starterDir);
  }
  log('building Haven (npm run build)');
  const havenBuild = timedBuild('npm', ['run', 'build'], root, path.join(root, 'out'));
  log('building the starter (next build)');
  const starterBuild = timedBuild('npx', ['next', 'build'], starterDir, path.join(starterDir, '.next/server/app'));

  const servers: Server[] = [];
  const stopAll = () => servers.forEach((server) => server.stop());
  const onSignal = () => {
    stopAll();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    log('starting Haven (npm start), the starter (next start) and nginx on out/');
    const haven = await startSite();
    servers.push(haven);
    const starter = await startNext(starterDir, starterPage.path);
    servers.push(starter);
    const nginx = await startNginx();
    servers.push(nginx);

    const targets = [
      ...havenPages.map((page) => ({ ...page, url: haven.url + page.path, build: havenBuild })),
      { ...starterPage, url: starter.url + starterPage.path, build: starterBuild },
    ];

    log('measuring what each page loads');
    const browser = await launch('full');
    const weights: PageWeight[] = [];
    try {
      for (const target of targets) weights.push(await measurePageWeight(browser, target.url));
    } finally {
      await browser.close();
    }

    log('search: each phrasing of tests/search-phrasings.ts typed into /<locale>/search');
    const searchBrowser = await launch();
    let search: SearchLocaleResult[];
    try {
      search = await measureSearch(searchBrowser, haven.url);
    } finally {
      await searchBrowser.close();
    }

    log(`Lighthouse, ${lighthouseRuns} runs a page`);
    const lighthouse = await lighthouseMedians(
      targets.map((t) => t.url),
      lighthouseRuns,
    );

    const loads: LoadResult[] = [];
    for (const target of targets) {
      log(`autocannon: ${loadOptions.connections} connections for ${loadOptions.seconds} s (after ${loadOptions.warmupSeconds} s of warm-up) on ${target.url}`);
      loads.push(await load(target.url, loadOptions));
    }
    // The same files from nginx, for each Haven page.
    const nginxLoads: LoadResult[] = [];
    for (const page of havenPages) {
      log(`autocannon on nginx: ${nginx.url}${page.path}`);
      nginxLoads.push(await load(nginx.url + page.path, loadOptions));
    }

    log('hostile requests to npm start and nginx, then 50,000 junk requests to npm start');
    const hostile = await runHostile([
      { name: 'npm start', url: haven.url },
      { name: 'nginx', url: nginx.url },
    ]);
    const junk = 50_000;
    const before = rssMiB(haven.pid!);
    const { fiveXX } = await flood(haven.url, junk);
    const memory = { junk, before, after: rssMiB(haven.pid!), fiveXX };

    const results: PageResult[] = targets.map((target, i) => ({
      label: target.label,
      url: target.url,
      build: target.build,
      weight: weights[i],
      lighthouse: lighthouse.get(target.url)!,
      load: loads[i],
    }));
    const havenResults = results.slice(0, havenPages.length);
    const starterResult = results[havenPages.length];
    const rows = rowsOf(havenResults, starterResult);

    const json = {
      date: new Date().toISOString(),
      machine: { node: process.version, cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
      method: {
        bytes: 'each response body the page loads in chromium until the network is idle, gzipped at level 6, by kind',
        lighthouse: `lighthouse defaults (mobile, simulated throttling), median of ${lighthouseRuns} runs`,
        load: `autocannon, ${loadOptions.connections} connections for ${loadOptions.seconds} s after ${loadOptions.warmupSeconds} s of warm-up, one page at a time`,
        search: 'each phrasing of tests/search-phrasings.ts typed into /<locale>/search in chromium: the right guide in the first three results, ms from the last keystroke to the results on screen',
      },
      builds: { haven: havenBuild, starter: starterBuild },
      nginx: havenPages.map((page, i) => ({ path: page.path, load: nginxLoads[i] })),
      search,
      pages: results.map(({ build: _build, ...page }) => ({ ...page, path: new URL(page.url).pathname })),
      rows,
      hostile: { ...hostile, memory },
    };
    fs.writeFileSync(resultFile, JSON.stringify(json, null, 2) + '\n');
    log(`results written to ${path.relative(root, resultFile)}\n`);
    process.stdout.write(markdownTable(havenResults, starterResult, rows) + '\n\n');
    process.stdout.write(serversTable(havenResults, starterResult, nginxLoads) + '\n\n');
    process.stdout.write(hostileTable(hostile, memory) + '\n\n');
    process.stdout.write(searchTable(search) + '\n');
  } finally {
    stopAll();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().then(
  // Exit now: a library may leave a handle open after its work is done.
  () => process.exit(0),
  (error) => {
    console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    process.exit(1);
  },
);
