import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPaths } from '../../tests/e2e/browser';

// Lighthouse with its defaults (mobile form factor, simulated mobile throttling) in Debian's chromium.
// The machine is shared and noisy, so each page runs several times and every figure is the median of its runs.

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Total blocking time and largest contentful paint, in milliseconds. */
  tbt: number;
  lcp: number;
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const chromeFlags = ['--headless=new', ...chromiumArgs];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface LighthouseResult {
  median: LighthouseScores;
  runs: LighthouseScores[];
  /** The audits that cost points in any run (score below 1), with how many runs each failed: why a score is not 100. */
  shortfalls: Record<string, number>;
}

async function runOnce(url: string, port: number): Promise<{ scores: LighthouseScores; shortfalls: string[] }> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => {
    const value = lhr.categories[id]?.score;
    if (typeof value !== 'number') throw new Error(`Lighthouse on ${url}: no ${id} score`);
    return Math.round(value * 100);
  };
  const metric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value !== 'number') throw new Error(`Lighthouse on ${url}: no ${id} value`);
    return Math.round(value);
  };
  const shortfalls = Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => typeof audit?.score === 'number' && audit.score < 1)
      .map((audit) => `${category.id}: ${audit.id}`),
  );
  const scores = {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    tbt: metric('total-blocking-time'),
    lcp: metric('largest-contentful-paint'),
  };
  return { scores, shortfalls };
}

/** Runs Lighthouse `runs` times on each URL; returns, per URL, the median of each figure and every run. */
export async function lighthouseMedians(urls: string[], runs: number): Promise<Map<string, LighthouseResult>> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPaths.full, chromeFlags });
  const results = new Map<string, LighthouseResult>();
  try {
    for (const url of urls) {
      const all: LighthouseScores[] = [];
      const shortfalls: Record<string, number> = {};
      for (let i = 0; i < runs; i++) {
        // Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART) and asks to be run again: once.
        const run = await runOnce(url, chrome.port).catch((error: Error) =>
          /NO_NAVSTART|NO_FCP/.test(error.message) ? runOnce(url, chrome.port) : Promise.reject(error),
        );
        all.push(run.scores);
        for (const id of run.shortfalls) shortfalls[id] = (shortfalls[id] ?? 0) + 1;
        process.stderr.write(`lighthouse ${url} run ${i + 1}/${runs}: ${JSON.stringify(run.scores)}\n`);
      }
      const keys = Object.keys(all[0]) as (keyof LighthouseScores)[];
      const middle = Object.fromEntries(keys.map((key) => [key, median(all.map((run) => run[key]))]));
      results.set(url, { median: middle as unknown as LighthouseScores, runs: all, shortfalls });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
