// Every file or folder of this repository that a comment names exists. Two refactors (the Next proxy removed, the
// components moved into folders) left comments naming a module of the proxy and components' old single files, which a
// reader then looks for in vain (code review of 2026-12-07, 4.3).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '@/lib/files';

const root = process.cwd();

// The folders whose paths comments name; a path must start with one of them to be checked.
const TOP = ['app', 'components', 'lib', 'scripts', 'server', 'public', 'tests', 'i18n', 'docs', 'content', 'messages'];
// bench/starter is another project, whose comments name its own files.
const SCANNED = ['app', 'components', 'lib', 'scripts', 'server', 'public/js', 'tests', 'i18n'];
const ROOT_FILES = ['next.config.mjs', 'vitest.config.ts', 'eslint.config.mjs', 'postcss.config.mjs'];

// Named on purpose though not in the repository.
const ELSEWHERE: Record<string, string> = {
  'public/og/': 'where older builds drew the share cards, which .gitignore keeps out (scripts/postbuild.ts)',
  'content/en/guides/x.mdx': 'the made-up file that tests/unit/mdx-safety.test.ts checks',
};

// `lib/site.ts`, `components/Heading/`, `app/[locale]/report/[country]/page.tsx`, `content/<locale>/guides/<slug>.mdx`.
const PATH = new RegExp(`(?<![\\w./@-])(?:${TOP.join('|')})/[\\w.\\-/\\[\\]<>…*]*[\\w\\]>/…*]`, 'g');

/** The text of every comment of a TypeScript or JavaScript file (JSX comments and JSDoc included), or of a CSS file. */
function commentsOf(fileName: string, text: string): string[] {
  if (fileName.endsWith('.css')) return text.match(/\/\*[\s\S]*?\*\//g) ?? [];
  const kind = /\.[jt]sx$/.test(fileName) ? ts.ScriptKind.TSX : /\.m?js$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  const found = new Map<number, string>();
  const collect = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) found.set(r.pos, text.slice(r.pos, r.end));
  };
  // Comments sit in the trivia before a token: visiting every token (getChildren includes them) finds them all.
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return [...found.values()];
}

/** Whether a path named in a comment is there: a file, a folder, or a module named without its extension. A
 * placeholder segment (`<locale>`, `*`, `…`) matches any name. */
function pathExists(named: string, files: readonly string[]): boolean {
  const clean = named.replace(/[.…]+$/, '').replace(/\/$/, '');
  if (!/[<>*…]/.test(clean)) {
    return ['', '.ts', '.tsx', '.mjs', '.js'].some((ext) => fs.existsSync(path.join(root, clean + ext)));
  }
  const segment = (s: string) =>
    s.split(/(<[^>]*>|\*|…)/).map((part, i) => (i % 2 ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  const pattern = new RegExp(`^${clean.split('/').map(segment).join('/')}(/|$)`);
  return files.some((file) => pattern.test(file));
}

/** The repository paths a file's comments name that do not exist. */
function missingPaths(fileName: string, text: string, files: readonly string[]): string[] {
  const named = commentsOf(fileName, text).flatMap((comment) => comment.match(PATH) ?? []);
  return [...new Set(named)].filter((p) => !(p in ELSEWHERE) && !pathExists(p, files));
}

describe('paths named in comments', () => {
  it('catches a comment that names a missing file, and leaves code and existing paths alone', () => {
    const files = ['lib/site.ts', 'components/QuickExit/index.tsx', 'content/en/guides/grooming.mdx'];
    const fixture = [
      '// The proxy answers with it (lib/known-paths.ts); quick exit is components/QuickExit.tsx.',
      '/** Addresses come from lib/site.ts and components/QuickExit/, pages from content/<locale>/guides/<slug>.mdx. */',
      "const file = 'lib/not-a-comment.ts';",
      'export const el = <div>{/* the old components/Heading.tsx */}lib/text-in-jsx.ts</div>;',
    ].join('\n');
    expect(missingPaths('fixture.tsx', fixture, files).sort()).toEqual([
      'components/Heading.tsx',
      'components/QuickExit.tsx',
      'lib/known-paths.ts',
    ]);
  });

  it('every path a comment names in the source tree exists', () => {
    const sources = [...SCANNED.flatMap((dir) => filesUnder(path.join(root, dir))), ...ROOT_FILES.map((f) => path.join(root, f))]
      .filter((file) => /\.(ts|tsx|js|mjs|css)$/.test(file));
    const files = TOP.flatMap((dir) => filesUnder(path.join(root, dir))).map((file) => path.relative(root, file));
    const missing = sources.flatMap((file) => {
      const relative = path.relative(root, file);
      return missingPaths(relative, fs.readFileSync(file, 'utf8'), files).map((named) => `${relative}: ${named}`);
    });
    expect(sources.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
