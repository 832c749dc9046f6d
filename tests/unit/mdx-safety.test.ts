import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { mdxComponentNames, mdxComponents } from '@/components/mdx';
import { ContentError, splitFrontMatter } from '@/lib/guide-schema';
import { MdxContent } from '@/lib/mdx';
import remarkMdxSafety, { MdxSafetyError, mdxSafetyContentError, mdxSafetyFindings } from '@/lib/mdx-safety';
import { parseMdx } from '@/lib/checks/readability/extract';
import { bodyLineOffset } from '@/lib/guide-schema';

const FILE = 'content/en/guides/x.mdx';

// Seven lines of front matter: body line 1 is file line 8.
const frontMatter = `---
title: "A guide"
description: "A guide used by the MDX safety tests, long enough."
summary: "A test guide."
reviewed: 2026-12-01
sources: []
---
`;
const FRONT_MATTER_LINES = 7;

/** What `npm run check:content` reports for a file: `content/en/guides/x.mdx:LINE: problem`, one a finding. */
function checkFindings(source: string): string[] {
  const { body } = splitFrontMatter(source)!;
  const offset = bodyLineOffset(source, body);
  return mdxSafetyFindings(parseMdx(body), mdxComponentNames).map((f) => `${FILE}:${f.line + offset}: ${f.message}`);
}

/** What the build stops with: the remark plugin in the site's pipeline, as lib/mdx.tsx turns it into a ContentError. */
async function buildError(source: string): Promise<string | undefined> {
  const { body } = splitFrontMatter(source)!;
  try {
    await compile(body, { remarkPlugins: [[remarkMdxSafety, { allowed: mdxComponentNames }], remarkGfm] });
  } catch (error) {
    if (!(error instanceof MdxSafetyError)) throw error;
    const contentError = mdxSafetyContentError(FILE, error, bodyLineOffset(source, body));
    expect(contentError).toBeInstanceOf(ContentError);
    return contentError.message;
  }
  return undefined;
}

/** A guide whose body line `line` (counted from the first body line) holds the construct. */
function guideWith(construct: string, line = 3): { source: string; fileLine: number } {
  const lines = ['## A heading', ...Array<string>(line - 2).fill(''), construct, '', 'More text.', ''];
  return { source: frontMatter + lines.join('\n'), fileLine: FRONT_MATTER_LINES + line };
}

interface Case {
  name: string;
  construct: string;
  /** Body line of the construct; 3 unless given. */
  line?: number;
  /** Lines of the construct's own text where the finding is (0 = its first line). */
  within?: number;
  /** The whole message after `file:LINE: `. */
  message: string;
}

const LIST = 'Use Markdown and only the components Callout, Steps, Checklist, GetHelp, GetHelpForYoungPeople, Channels, CrisisLines, Helplines, SiteContact (docs/authoring.md)';
const BRACES = 'Remove it, or write \\{ and \\} to show a brace as text';

const refused: Case[] = [
  {
    name: 'an ESM import',
    construct: "import Foo from './foo.js'",
    message: `"import Foo from './foo.js'" is not allowed: import is code, and a guide cannot run code. Remove it; the components in docs/authoring.md need no import`,
  },
  {
    name: 'an ESM export',
    construct: 'export const year = 2026',
    line: 5,
    message: `"export const year = 2026" is not allowed: export is code, and a guide cannot run code. Remove it; the components in docs/authoring.md need no import`,
  },
  {
    name: 'a flow expression',
    construct: '{new Date().getFullYear()}',
    message: `{new Date().getFullYear()} is not allowed: text in curly braces is code, and a guide cannot run code. ${BRACES}`,
  },
  {
    name: 'a text expression',
    construct: 'Call {process.env.PHONE} today.',
    line: 7,
    message: `{process.env.PHONE} is not allowed: text in curly braces is code, and a guide cannot run code. ${BRACES}`,
  },
  {
    name: 'a comment',
    construct: '{/* note for translators */}',
    message: '{/* note for translators */} is not allowed: a comment in curly braces is code, and a guide cannot run code. Remove it; keep notes for translators outside the file',
  },
  {
    name: 'a comment inside a paragraph',
    construct: 'Text {/* note */} here.',
    line: 4,
    message: '{/* note */} is not allowed: a comment in curly braces is code, and a guide cannot run code. Remove it; keep notes for translators outside the file',
  },
  {
    name: 'an attribute whose value is an expression',
    construct: '<Callout type="info" title={x}>\n\nText.\n\n</Callout>',
    message: '<Callout title={x}> is not allowed: a value in curly braces is code, and a guide cannot run code. Write the value in quotes: title="text"',
  },
  {
    name: 'an expression attribute on a later line of the tag',
    construct: '<Callout\n  type="info"\n  title={`a ${b}`}\n>\n\nText.\n\n</Callout>',
    within: 2,
    message: '<Callout title={`a ${b}`}> is not allowed: a value in curly braces is code, and a guide cannot run code. Write the value in quotes: title="text"',
  },
  {
    name: 'a spread attribute',
    construct: '<Channels {...props} />',
    message: '<Channels {...props}> is not allowed: an attribute in curly braces is code, and a guide cannot run code. Write each attribute as name="text"',
  },
  {
    name: 'an attribute without a value',
    construct: '<Callout open>\n\nText.\n\n</Callout>',
    message: '<Callout open> is not allowed: every attribute needs a value in quotes, such as open="text"',
  },
  { name: '<script>', construct: '<script>alert(1)</script>', message: `<script> is not allowed: HTML tags are not allowed in a guide. ${LIST}` },
  { name: '<div>', construct: '<div class="box">\n\nText.\n\n</div>', line: 6, message: `<div> is not allowed: HTML tags are not allowed in a guide. ${LIST}` },
  { name: '<img> inside a paragraph', construct: 'A picture <img src="x.png" /> here.', message: `<img> is not allowed: HTML tags are not allowed in a guide. ${LIST}` },
  { name: 'an unknown component', construct: '<Foo />', message: `<Foo> is not allowed: it is not one of the components. ${LIST}` },
  { name: 'an allowed name in the wrong case', construct: '<callout>\n\nText.\n\n</callout>', message: '<callout> is not allowed: write <Callout>, with the capital letters as shown' },
  { name: 'a member expression name', construct: '<Callout.Title />', message: `<Callout.Title> is not allowed: it is not one of the components. ${LIST}` },
  { name: 'a JSX fragment', construct: '<>\n\nText.\n\n</>', message: `<>…</> is not allowed: a JSX fragment is not one of the components. ${LIST}` },
];

describe('refused constructs: the content check and the build fail on each, naming the file and the line', () => {
  for (const c of refused) {
    it(c.name, async () => {
      const { source, fileLine } = guideWith(c.construct, c.line);
      const line = fileLine + (c.within ?? 0);
      expect(source.split('\n')[line - 1]).toBe(c.construct.split('\n')[c.within ?? 0]); // the fixture is what we think

      const found = checkFindings(source);
      expect(found).toHaveLength(1);
      expect(found[0]).toBe(`${FILE}:${line}: ${c.message}`);

      // The build stops with the same line, as a ContentError.
      expect(await buildError(source)).toBe(found[0]);
    });
  }

  it('reports every finding of a file, in order, each on its own line', async () => {
    const source = `${frontMatter}import X from './x.js'\n\n<div>\n\nHi {name}.\n\n</div>\n\n<Callout title={t} {...p} />\n`;
    const found = checkFindings(source);
    expect(found.map((f) => f.split(': ')[0])).toEqual([
      `${FILE}:8`, // import
      `${FILE}:10`, // <div>
      `${FILE}:12`, // {name}
      `${FILE}:16`, // title={t}
      `${FILE}:16`, // {...p}
    ]);
    expect(await buildError(source)).toBe(found.join('\n'));
  });

  it('the site pipeline (lib/mdx.tsx) throws the ContentError with the line in the file', async () => {
    const { source, fileLine } = guideWith('<script>alert(1)</script>', 5);
    const { body, bodyLine } = splitFrontMatter(source)!;
    const error = await MdxContent({ source: body, file: FILE, bodyLine, locale: 'en' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toMatch(new RegExp(`^${FILE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${fileLine}: <script> is not allowed`));
  });

  it('gives body lines when the lines before the body are not known', () => {
    const error = new MdxSafetyError([{ line: 3, column: 1, message: '<Foo> is not allowed' }]);
    expect(mdxSafetyContentError(FILE, error, undefined).message).toBe(`${FILE}: body line 3: <Foo> is not allowed`);
  });
});

const accepted = `${frontMatter}Do not pay. Stop replying. Keep the evidence.

<Callout type="warning" title="Do this first">

Write down the **username** and the [web address](https://example.org/report). Braces shown as text: \\{ and \\}.

</Callout>

## What to do tonight

<Steps>

1. Do not pay.
2. Stop replying.

</Steps>

<Checklist>

- [ ] The username
- [x] The web address, e.g. https://example.org
- ~~Nothing else~~

</Checklist>

| Country | Number |
| ------- | ------ |
| UK      | 999    |

A note.[^1]

[^1]: From the front matter's sources.

<GetHelp />

<GetHelpForYoungPeople />

<Channels situation="sextortion" />

Call a line now: <CrisisLines />

<Helplines />

<SiteContact />
`;

describe('accepted content', () => {
  it('the allowed components are the keys of mdxComponents()', () => {
    expect([...mdxComponentNames]).toEqual(Object.keys(mdxComponents('en')));
    expect([...mdxComponentNames].sort()).toEqual(['Callout', 'Channels', 'Checklist', 'CrisisLines', 'GetHelp', 'GetHelpForYoungPeople', 'Helplines', 'SiteContact', 'Steps']);
  });

  it('accepts Markdown, GFM and every allowed component with attributes in quotes', async () => {
    const { body } = splitFrontMatter(accepted)!;
    const tree = parseMdx(body);
    const used = new Set<string>();
    visit(tree, (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) used.add(node.name);
    });
    expect([...used].sort()).toEqual([...mdxComponentNames].sort()); // the fixture uses every one
    expect(checkFindings(accepted)).toEqual([]);
    expect(await buildError(accepted)).toBeUndefined();
  });
});
