// `npm run check:content` runs this: every content file passes the JSON Schema that editors check it with
// (docs/schemas/, written by scripts/write-schemas.ts from the zod schemas the build validates with). JSON Schema
// says less than zod, and says it differently (a date as a pattern, no defaults filled in): if it refused a file the
// build accepts, an editor would mark a good file as wrong. tests/unit/schemas.test.ts tests the schemas themselves.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { splitFrontMatter } from '@/lib/guide-schema';
import { CHANNELS_DIR, INTERNATIONAL_FILE } from '@/lib/channels/schema';
import { SCHEMAS_DIR } from '@/scripts/write-schemas';

/** A committed schema of docs/schemas/, compiled as an editor reads it. */
export function editorSchema(file: string, root = process.cwd()) {
  // Draft 7, as the YAML language server reads it. Formats (uri) are left to the editor.
  const ajv = new Ajv({ strict: true, allErrors: true, validateFormats: false });
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(root, SCHEMAS_DIR, file), 'utf8')) as object);
}

/** What an editor would mark in `data`, one line each: "/path message". */
export function schemaProblems(validate: ReturnType<typeof editorSchema>, data: unknown): string[] {
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(top level)'} ${e.message}`);
}

/** Every channel file and every guide's and page's front matter under `root`, against its schema. */
export function contentSchemaProblems(root = process.cwd()): { checked: number; problems: string[] } {
  const problems: string[] = [];
  let checked = 0;
  const check = (file: string, validate: ReturnType<typeof editorSchema>, data: unknown) => {
    checked++;
    for (const problem of schemaProblems(validate, data)) problems.push(`${file}: ${problem}`);
  };

  const country = editorSchema('country.schema.json', root);
  const international = editorSchema('international.schema.json', root);
  for (const name of fs.readdirSync(path.join(root, CHANNELS_DIR)).filter((n) => n.endsWith('.yaml')).sort()) {
    const data = parseYaml(fs.readFileSync(path.join(root, CHANNELS_DIR, name), 'utf8'));
    check(`${CHANNELS_DIR}/${name}`, name === INTERNATIONAL_FILE ? international : country, data);
  }

  const kinds = [
    { dir: 'guides', validate: editorSchema('guide-front-matter.schema.json', root) },
    { dir: 'pages', validate: editorSchema('page-front-matter.schema.json', root) },
  ];
  for (const locale of fs.readdirSync(path.join(root, 'content')).sort()) {
    for (const { dir, validate } of kinds) {
      const folder = path.join('content', locale, dir);
      if (!fs.existsSync(path.join(root, folder))) continue;
      for (const name of fs.readdirSync(path.join(root, folder)).filter((n) => n.endsWith('.mdx')).sort()) {
        const split = splitFrontMatter(fs.readFileSync(path.join(root, folder, name), 'utf8'));
        if (split) check(`${folder}/${name}`, validate, split.data);
        else problems.push(`${folder}/${name}: no front matter`);
      }
    }
  }
  return { checked, problems };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { checked, problems } = contentSchemaProblems();
  if (problems.length) {
    console.log(`check:schemas failed: an editor would mark ${problems.length} problem(s) in these files:\n  ${problems.join('\n  ')}`);
    console.log(`Fix the file, or the zod schema and then ${SCHEMAS_DIR}/ (npx tsx scripts/write-schemas.ts).`);
    process.exit(1);
  }
  console.log(`check:schemas passed: ${checked} files match their schema in ${SCHEMAS_DIR}/.`);
}
