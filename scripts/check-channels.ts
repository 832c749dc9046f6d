// `npm run check:channels` (part of `npm run check:content`): validates every file in content/channels/ (schema,
// numbering plans, source kinds), prints one row per country (channels, numbers, how their sources carry them,
// crisis lines, situations a confirmed channel takes, oldest "last verified" date) and fails on a file that does not
// validate, a situation with no way forward, a channel verified more than 365 days before the commit's date, a fact
// the references confirm that the directory no longer states (referenceFacts), or an option offered in every country
// that international.yaml lacks.
import fs from 'node:fs';
import { anyCountryOptionProblems, asOfDate, directoryRows, referenceFactProblems, STALE_DAYS, WARN_DAYS } from '@/lib/checks/directory-report';
import { ContentError } from '@/lib/guide-schema';
import { INTERNATIONAL_FILE, parseCountryFile, parseInternationalFile } from '@/lib/channels/schema';

// `tsx scripts/check-channels.ts content/channels/at.yaml …` validates only those files, for an author at work.
const only = process.argv.slice(2);
if (only.length) {
  let bad = 0;
  for (const file of only) {
    try {
      const source = fs.readFileSync(file, 'utf8');
      const channels = file.endsWith(INTERNATIONAL_FILE) ? parseInternationalFile(file, source) : parseCountryFile(file, source).channels;
      console.log(`${file}: ok (${channels.length} channels)`);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      console.log(error.message);
      bad++;
    }
  }
  process.exit(bad ? 1 : 0);
}

let rows: ReturnType<typeof directoryRows>;
try {
  rows = directoryRows(asOfDate(), new Date());
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.log(`check:channels failed: ${error.message}`);
  process.exit(1);
}

const header = [
  'country',
  'region',
  'status',
  'channels',
  'numbers',
  'official',
  'two sources',
  'weak',
  'crisis lines',
  'confirmed situations',
  'oldest verified',
  'age (days)',
  'notes',
];
const cells = rows.map((r) => [
  r.country,
  r.region,
  r.status,
  String(r.channels),
  String(r.numbers),
  String(r.official),
  String(r.corroborated),
  String(r.weak),
  String(r.crisisLines),
  `${r.confirmed}/${r.situations}`,
  r.oldestVerified,
  String(r.ageDays),
  r.problems.join('; ') || 'ok',
]);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const c of cells) console.log(line(c));

const total = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((sum, r) => sum + pick(r), 0);
console.log(
  `\n${rows.length} countries, ${total((r) => r.channels)} channels, ${total((r) => r.numbers)} numbers; channels resting on an ` +
    `official source ${total((r) => r.official)}, on two agreeing sources (shown with "check the official site") ` +
    `${total((r) => r.corroborated)}, on weaker sources ${total((r) => r.weak)}; ${total((r) => r.crisisLines)} crisis lines in ` +
    `${rows.filter((r) => r.crisisLines > 0).length} countries; ${total((r) => r.confirmed)}/${total((r) => r.situations)} ` +
    `country × situation rows start with a channel that takes the report (the rest, said so, with a child helpline or the police).`,
);
const warnings = rows.flatMap((r) => r.warnings.map((w) => `${r.country}: ${w}`));
const failures = [...rows.flatMap((r) => r.problems.map((p) => `${r.country}: ${p}`)), ...referenceFactProblems(), ...anyCountryOptionProblems()];
if (warnings.length) console.log(`\nWarnings (verified more than ${WARN_DAYS} days ago):\n  ${warnings.join('\n  ')}`);
if (failures.length) {
  console.log(`\ncheck:channels failed (${failures.length}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\ncheck:channels passed (a channel fails when verified more than ${STALE_DAYS} days before the commit's date).`);
