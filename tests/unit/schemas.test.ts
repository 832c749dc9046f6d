// The JSON Schemas in docs/schemas/ that editors use (docs/authoring.md, docs/channels.md): they must be what
// scripts/write-schemas.ts generates from the zod schemas, and mark what an editor should see. That the content the
// build accepts passes them is the content check's (scripts/check-schemas.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorSchema as validator, schemaProblems as problems } from '@/scripts/check-schemas';
import { SCHEMAS_DIR, WRITE_SCHEMAS_COMMAND, schemaFiles } from '@/scripts/write-schemas';

const generated = schemaFiles();

describe('docs/schemas', () => {
  it('holds exactly the generated schema files', () => {
    const onDisk = fs.readdirSync(SCHEMAS_DIR).filter((name) => name.endsWith('.json')).sort();
    expect(onDisk, `${SCHEMAS_DIR}/ does not match the schemas scripts/write-schemas.ts writes: run ${WRITE_SCHEMAS_COMMAND}`).toEqual(
      generated.map((g) => g.file).sort(),
    );
  });

  it.each(generated)('$file is up to date with the zod schema', ({ file, text }) => {
    const target = path.join(SCHEMAS_DIR, file);
    const onDisk = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '(missing)';
    expect(onDisk, `${target} differs from the zod schema it is generated from: run ${WRITE_SCHEMAS_COMMAND}`).toBe(text);
  });

  it.each(generated)('$file describes every field', ({ text }) => {
    // Editors show the description on hover and in completion: every field an author writes says what it is for.
    const undescribed: string[] = [];
    const walk = (node: Record<string, unknown>, at: string) => {
      if (typeof node.description !== 'string' || node.description.length < 10) undescribed.push(at || '(top level)');
      for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) walk(child, `${at}/${key}`);
      // A list of objects (sources, channels, phones): each item and its fields. A list of values is described as a whole.
      const items = node.items as Record<string, unknown> | undefined;
      if (items?.type === 'object') walk(items, `${at}/items`);
    };
    walk(JSON.parse(text), '');
    expect(undescribed, 'add a .describe() to these fields in the zod schema').toEqual([]);
  });

  it('marks what an editor should flag: an unknown field, a value not in the list, a missing field', () => {
    const guide = validator('guide-front-matter.schema.json');
    const good = {
      title: 'Sextortion, what to do tonight',
      description: 'What sextortion is and what to do tonight if it is happening to your child.',
      summary: 'Do not pay, stop contact, keep evidence, report.',
      group: 'act',
      order: 1,
      audience: ['parents'],
      ageBands: ['13+'],
      reviewed: '2026-11-21',
      searchTerms: ['blackmail', 'nudes', 'threatened', 'wants money', 'sextortion'],
      sources: [{ title: 'CyberTipline FAQs', publisher: 'NCMEC', url: 'https://report.cybertip.org/faqs', date: '2026-11-21' }],
    };
    expect(problems(guide, good)).toEqual([]);
    expect(problems(guide, { ...good, tags: ['x'] })).toEqual(['(top level) must NOT have additional properties']);
    expect(problems(guide, { ...good, group: 'later' })).toEqual(['/group must be equal to one of the allowed values']);
    expect(problems(guide, { ...good, reviewed: '21/11/2026' })).toEqual(['/reviewed must match pattern "^\\d{4}-\\d{2}-\\d{2}$"']);

    const country = validator('country.schema.json');
    const noSources = { id: 'x', name: 'X', handles: ['police'], anonymous: 'yes', checkOfficialSite: false, verified: '2026-12-01' };
    expect(problems(country, { country: 'US', region: 'americas', status: 'confirmed', emergency: [{ number: 911 }], channels: [noSources] })).toEqual([
      '/emergency/0/number must be string',
      "/channels/0 must have required property 'sources'",
    ]);
  });
});
