import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { ContentError } from '@/lib/guide-schema';

// Content cannot run code. MDX would run any JavaScript a guide holds ({expressions}, import/export) when the site
// is built; guides are written by authors and translators, so a guide may hold Markdown (with GFM) and the
// components of components/mdx (mdxComponentNames) with attributes in quotes, nothing else. The same walk is the
// build's remark plugin (lib/mdx.tsx) and a check of `npm run check:content` (scripts/check-content.ts).

/** One refused construct: its line in the MDX body (1-based) and a sentence a translator can act on. */
export interface MdxSafetyFinding {
  line: number;
  column: number;
  message: string;
}

const NO_CODE = 'is code, and a guide cannot run code';
const USE_INSTEAD = 'Use Markdown and only the components';

/** `{new Date()}` as written, shortened to one line. */
function shown(code: string): string {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

function refusedElement(name: string, allowed: readonly string[]): string {
  const list = `${USE_INSTEAD} ${allowed.join(', ')} (docs/authoring.md)`;
  if (name === '') return `<>…</> is not allowed: a JSX fragment is not one of the components. ${list}`;
  const sameWord = allowed.find((a) => a.toLowerCase() === name.toLowerCase());
  if (sameWord) return `<${name}> is not allowed: write <${sameWord}>, with the capital letters as shown`;
  const html = /^[a-z][a-z0-9-]*$/.test(name) ? 'HTML tags are not allowed in a guide' : 'it is not one of the components';
  return `<${name}> is not allowed: ${html}. ${list}`;
}

function refusedAttribute(element: string, attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return `<${element} {${shown(attribute.value)}}> is not allowed: an attribute in curly braces ${NO_CODE}. Write each attribute as name="text"`;
  }
  const name = attribute.name;
  if (attribute.value === null || attribute.value === undefined) {
    return `<${element} ${name}> is not allowed: every attribute needs a value in quotes, such as ${name}="text"`;
  }
  if (typeof attribute.value !== 'string') {
    return `<${element} ${name}={${shown(attribute.value.value)}}> is not allowed: a value in curly braces ${NO_CODE}. Write the value in quotes: ${name}="text"`;
  }
  return undefined;
}

function refusedExpression(code: string): string {
  const trimmed = code.trim();
  if (/^\/\*[\s\S]*\*\/$/.test(trimmed) || trimmed.startsWith('//')) {
    return `{${shown(code)}} is not allowed: a comment in curly braces ${NO_CODE}. Remove it; keep notes for translators outside the file`;
  }
  return `{${shown(code)}} is not allowed: text in curly braces ${NO_CODE}. Remove it, or write \\{ and \\} to show a brace as text`;
}

function refusedEsm(code: string): string {
  const keyword = /^\s*export\b/.test(code) ? 'export' : 'import';
  return `"${shown(code)}" is not allowed: ${keyword} ${NO_CODE}. Remove it; the components in docs/authoring.md need no import`;
}

/**
 * Every construct of an MDX tree (as parsed; the plugin runs before the other remark plugins) that a guide may not
 * hold, in reading order: import/export, {expressions} (comments included), JSX elements other than `allowed`, and
 * attributes that are not plain `name="text"` (expression values, spreads, attributes without a value).
 */
export function mdxSafetyFindings(tree: Root, allowed: readonly string[]): MdxSafetyFinding[] {
  const findings: MdxSafetyFinding[] = [];
  const add = (node: { position?: { start: { line: number; column: number } } }, message: string, fallback?: typeof node) => {
    const start = node.position?.start ?? fallback?.position?.start ?? { line: 1, column: 1 };
    findings.push({ line: start.line, column: start.column, message });
  };
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        return add(node, refusedEsm(node.value));
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return add(node, refusedExpression(node.value));
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? ''; // a fragment <>…</> has no name
        if (!allowed.includes(name)) add(node, refusedElement(name, allowed));
        for (const attribute of node.attributes) {
          const problem = refusedAttribute(name, attribute);
          if (problem) add(attribute, problem, node);
        }
        return;
      }
      default:
        return;
    }
  });
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** What the remark plugin throws: every finding of the page at once, lines counted from the start of the body. */
export class MdxSafetyError extends Error {
  readonly findings: MdxSafetyFinding[];
  constructor(findings: MdxSafetyFinding[]) {
    super(findings.map((f) => `line ${f.line}: ${f.message}`).join('; '));
    this.name = 'MdxSafetyError';
    this.findings = findings;
  }
}

export interface MdxSafetyOptions {
  /** The component names a guide may use: mdxComponentNames from components/mdx. Anything else is refused. */
  allowed: readonly string[];
}

/** Remark plugin: throws an MdxSafetyError if the page holds anything mdxSafetyFindings refuses. Use it first. */
const remarkMdxSafety: Plugin<[MdxSafetyOptions], Root> = (options) => {
  const allowed = options?.allowed ?? [];
  return (tree) => {
    const findings = mdxSafetyFindings(tree, allowed);
    if (findings.length) throw new MdxSafetyError(findings);
  };
};
export default remarkMdxSafety;

/**
 * The ContentError the build stops with: one `file:LINE: problem` line a finding, as check:content prints them.
 * `lineOffset` is the number of lines before the body (bodyLineOffset in lib/guide-schema.ts); where it is not known,
 * lines are given as lines of the body ("body line 3").
 */
export function mdxSafetyContentError(file: string, error: MdxSafetyError, lineOffset: number | undefined): ContentError {
  const where = (f: MdxSafetyFinding) => (lineOffset === undefined ? `${file}: body line ${f.line}` : `${file}:${f.line + lineOffset}`);
  const [first, ...rest] = error.findings;
  return new ContentError(where(first), [first.message, ...rest.map((f) => `${where(f)}: ${f.message}`)].join('\n'));
}
