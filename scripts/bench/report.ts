import type { LighthouseResult } from './lighthouse';
import type { LoadResult } from './load';
import type { PageWeight } from './page-weight';

// The benchmark's targets and its one markdown table: rows are metrics, columns Haven's pages, the starter, the
// ratio, the target and whether every Haven page meets it.

export interface BuildResult {
  seconds: number;
  pages: number;
  secondsPerPage: number;
}

export interface PageResult {
  label: string;
  url: string;
  build: BuildResult;
  weight: PageWeight;
  lighthouse: LighthouseResult;
  load: LoadResult;
}

interface Metric {
  name: string;
  value: (page: PageResult) => number;
  decimals?: number;
  target?: { text: (starter: number) => string; met: (haven: number, starter: number) => boolean };
}

const exactly = (expected: number) => ({ text: () => `${expected}`, met: (haven: number) => haven === expected });
const atMostHalf = {
  text: (starter: number) => (starter === 0 ? '0 (starter is 0)' : `≤ ${round(starter / 2, 1)} (half the starter)`),
  met: (haven: number, starter: number) => (starter === 0 ? haven === 0 : haven <= starter / 2),
};

const metrics: Metric[] = [
  { name: 'Build time, whole project (s)', value: (p) => p.build.seconds, decimals: 1 },
  { name: 'Prerendered HTML pages', value: (p) => p.build.pages },
  { name: 'Build time per page (s)', value: (p) => p.build.secondsPerPage, decimals: 3 },
  { name: 'HTML bytes (each response body the page loads, gzip -6)', value: (p) => p.weight.html },
  { name: 'CSS bytes (same)', value: (p) => p.weight.css },
  { name: 'JS bytes (same)', value: (p) => p.weight.js, target: atMostHalf },
  { name: 'Other bytes (same: fonts, images, data)', value: (p) => p.weight.other },
  { name: 'Total bytes (same)', value: (p) => p.weight.total },
  { name: 'Requests (until network idle)', value: (p) => p.weight.requests },
  { name: 'Requests to another origin', value: (p) => p.weight.otherOrigins.length, target: exactly(0) },
  { name: 'Cookies set (Set-Cookie, document.cookie)', value: (p) => p.weight.cookies.length, target: exactly(0) },
  { name: 'Lighthouse performance (mobile, median of runs)', value: (p) => p.lighthouse.median.performance, target: exactly(100) },
  { name: 'Lighthouse accessibility', value: (p) => p.lighthouse.median.accessibility, target: exactly(100) },
  { name: 'Lighthouse best practices', value: (p) => p.lighthouse.median.bestPractices, target: exactly(100) },
  { name: 'Lighthouse SEO', value: (p) => p.lighthouse.median.seo, target: exactly(100) },
  { name: 'Total blocking time (ms)', value: (p) => p.lighthouse.median.tbt, target: atMostHalf },
  { name: 'Largest contentful paint (ms)', value: (p) => p.lighthouse.median.lcp },
  {
    name: 'Requests per second (autocannon)',
    value: (p) => p.load.requestsPerSecond,
    target: { text: (starter) => `≥ ${starter} (the starter)`, met: (haven, starter) => haven >= starter },
  },
  { name: 'Errors under load', value: (p) => p.load.errors, target: exactly(0) },
  { name: 'Timeouts under load', value: (p) => p.load.timeouts, target: exactly(0) },
  { name: 'Non-2xx responses under load', value: (p) => p.load.non2xx, target: exactly(0) },
];

function round(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export interface Row {
  metric: string;
  haven: Record<string, number>;
  starter: number;
  ratios: (number | null)[];
  target: string | null;
  pass: boolean | null;
  failing: string[];
}

export function rowsOf(haven: PageResult[], starter: PageResult): Row[] {
  return metrics.map((metric) => {
    const starterValue = metric.value(starter);
    const values = haven.map((page) => metric.value(page));
    const failing = metric.target
      ? haven.filter((_, i) => !metric.target!.met(values[i], starterValue)).map((page) => page.label)
      : [];
    return {
      metric: metric.name,
      haven: Object.fromEntries(haven.map((page, i) => [page.label, round(values[i], metric.decimals)])),
      starter: round(starterValue, metric.decimals),
      ratios: values.map((value) => (starterValue === 0 ? null : round(value / starterValue, 2))),
      target: metric.target ? metric.target.text(round(starterValue, metric.decimals)) : null,
      pass: metric.target ? failing.length === 0 : null,
      failing,
    };
  });
}

export function markdownTable(haven: PageResult[], starter: PageResult, rows: Row[]): string {
  const header = ['Metric', ...haven.map((p) => `Haven ${p.label}`), `Starter ${starter.label}`, 'Haven/starter', 'Target', 'Pass'];
  const ratioText = (ratios: (number | null)[]) => {
    const texts = ratios.map((r) => (r === null ? '—' : r.toFixed(2)));
    return new Set(texts).size === 1 ? texts[0] : texts.join(' · ');
  };
  const lines = rows.map((row) => [
    row.metric,
    ...haven.map((p) => String(row.haven[p.label])),
    String(row.starter),
    ratioText(row.ratios),
    row.target ?? '—',
    row.pass === null ? '—' : row.pass ? 'pass' : `**fail** (${row.failing.join(', ')})`,
  ]);
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
