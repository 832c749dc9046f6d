// `npm run bench`: builds Haven and the plain starter in bench/starter, serves both with `next start` on loopback,
// measures what each page costs a reader (bytes, requests, cookies, Lighthouse mobile) and how the server holds up
// under load, then prints one markdown table on stdout and writes every figure to bench/last-run.json.
//
// It is a report, not a test: it exits 0 when a target is missed, and non-zero only when something broke.
// Progress and the builds' and servers' output go to stderr, so `npm run -s bench > table.md` keeps only the table.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/browser';
import { lighthouseMedians } from './bench/lighthouse';
import { load, type LoadResult } from './bench/load';
import { measurePageWeight, type PageWeight } from './bench/page-weight';
import { markdownTable, rowsOf, type BuildResult, type PageResult } from './bench/report';
import { startNext, type NextServer } from './next-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const starterDir = path.join(root, 'bench/starter');
const resultFile = path.join(root, 'bench/last-run.json');

const havenPages = [
  { label: 'home', path: '/en' },
  { label: 'guide', path: '/en/guides/sextortion' },
  { label: 'report', path: '/en/report/us' },
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
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} in ${cwd} failed (${result.status ?? result.signal})`);
}

/** The pages a build prerendered to HTML (Next's own _not-found and _global-error left out). */
function prerenderedPages(projectDir: string): number {
  const count = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
      if (entry.isDirectory()) return sum + count(path.join(dir, entry.name));
      return sum + (entry.name.endsWith('.html') && !entry.name.startsWith('_') ? 1 : 0);
    }, 0);
  return count(path.join(projectDir, '.next/server/app'));
}

function timedBuild(command: string, args: string[], cwd: string): BuildResult {
  const start = process.hrtime.bigint();
  run(command, args, cwd);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const pages = prerenderedPages(cwd);
  if (pages === 0) throw new Error(`no prerendered page found in ${cwd}/.next/server/app`);
  return { seconds, pages, secondsPerPage: seconds / pages };
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(starterDir, 'node_modules/.bin/next'))) {
    log('installing the starter’s dependencies');
    run('npm', ['install', '--no-audit', '--no-fund'], starterDir);
  }
  log('building Haven (npm run build)');
  const havenBuild = timedBuild('npm', ['run', 'build'], root);
  log('building the starter (next build)');
  const starterBuild = timedBuild('npx', ['next', 'build'], starterDir);

  const servers: NextServer[] = [];
  const stopAll = () => servers.forEach((server) => server.stop());
  const onSignal = () => {
    stopAll();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    log('starting both sites with next start');
    const haven = await startNext(root, '/en');
    servers.push(haven);
    const starter = await startNext(starterDir, starterPage.path);
    servers.push(starter);

    const targets = [
      ...havenPages.map((page) => ({ ...page, url: haven.url + page.path, build: havenBuild })),
      { ...starterPage, url: starter.url + starterPage.path, build: starterBuild },
    ];

    log('measuring what each page loads');
    const browser = await launch();
    const weights: PageWeight[] = [];
    try {
      for (const target of targets) weights.push(await measurePageWeight(browser, target.url));
    } finally {
      await browser.close();
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
      },
      builds: { haven: havenBuild, starter: starterBuild },
      pages: results.map(({ build: _build, ...page }) => ({ ...page, path: new URL(page.url).pathname })),
      rows,
    };
    fs.writeFileSync(resultFile, JSON.stringify(json, null, 2) + '\n');
    log(`results written to ${path.relative(root, resultFile)}\n`);
    process.stdout.write(markdownTable(havenResults, starterResult, rows) + '\n');
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
