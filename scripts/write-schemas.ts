// `npx tsx scripts/write-schemas.ts`: writes the JSON Schemas of what authors and translators write, generated from the
// zod schemas that the build validates with, to docs/schemas/ (committed). Editors read them to autocomplete and check
// a file as it is written (docs/authoring.md, docs/channels.md). tests/unit/schemas.test.ts fails when a committed
// file differs from what this script would write, so the two cannot drift apart: run it after changing a schema.
//
// - Draft 7: the YAML language server (VS Code's YAML extension) ships JSON Schema draft 7.
// - The input side: a field with a default (hours, excludes, phones, lang) may be left out, as in the files.
// - JSON Schema cannot say everything zod checks (a real calendar date, an E.164 number matching its display, a
//   country code that exists, an id used twice, a source that is not Haven): the build still checks those.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { guideFrontMatterSchema, pageFrontMatterSchema } from '@/lib/guide-schema';
import { countrySchema, internationalSchema } from '@/lib/channels/schema';

export const SCHEMAS_DIR = 'docs/schemas';
export const WRITE_SCHEMAS_COMMAND = 'npx tsx scripts/write-schemas.ts';

const schemas: { file: string; title: string; schema: z.ZodType }[] = [
  { file: 'guide-front-matter.schema.json', title: 'Haven guide front matter', schema: guideFrontMatterSchema },
  { file: 'page-front-matter.schema.json', title: 'Haven page front matter', schema: pageFrontMatterSchema },
  { file: 'country.schema.json', title: 'Haven country channel file', schema: countrySchema },
  { file: 'international.schema.json', title: 'Haven international channel file', schema: internationalSchema },
];

/** Every schema file of docs/schemas/: its name and the text this script writes. */
export function schemaFiles(): { file: string; text: string }[] {
  return schemas.map(({ file, title, schema }) => {
    const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' });
    return { file, text: `${JSON.stringify({ $schema: json.$schema, title, ...json }, null, 2)}\n` };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dir = path.join(root, SCHEMAS_DIR);
  fs.mkdirSync(dir, { recursive: true });
  for (const { file, text } of schemaFiles()) {
    fs.writeFileSync(path.join(dir, file), text);
    console.log(`wrote ${SCHEMAS_DIR}/${file}`);
  }
}
