// `npm run lint` (with knip: knip.json). ESLint's and typescript-eslint's recommended rules, the Rules of Hooks, Next's
// own rules where they fit a static export, and Haven's one architectural rule: no React runs in the reader's browser
// (scripts/next-export.ts removes Next's client runtime from every page; the few scripts a page has are the
// plain modules of public/js/), so nothing in app/, components/ or lib/ may be a client component or use a client hook.
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const rendered = ['app/**', 'components/**', 'lib/**/*.tsx'];

/** What @next/next/no-sync-scripts is for, without its false finding on `<script type="module" src>` (deferred by HTML). */
const syncScript = {
  selector:
    'JSXOpeningElement[name.name="script"]:has(JSXAttribute[name.name="src"]):not(:has(JSXAttribute[name.name=/^(async|defer)$/])):not(:has(JSXAttribute[name.name="type"][value.value="module"]))',
  message: 'A classic <script src> blocks rendering: make it type="module" (as public/js/ is) or defer it.',
};

export default defineConfig([
  // bench/starter is the plain Next starter Haven is measured against: another project, with its own dependencies.
  globalIgnores(['node_modules/', '.next/', 'out/', 'next-env.d.ts', 'bench/', 'test-results/', 'tests/fixtures/next-export/']),
  // tests/fixtures/next-export/ is a copy of Next's own output, not code of this project.

  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  nextPlugin.configs['core-web-vitals'],
  {
    rules: {
      // Every same-site link is a plain <a>: next/link would only add the client navigation the build strips out.
      '@next/next/no-html-link-for-pages': 'off',
      // Its one finding would be `<script type="module" src>`, which HTML defers already; the rule knows only async and
      // defer. The selector below refuses a classic script without them, the case the rule is for.
      '@next/next/no-sync-scripts': 'off',
      // It points to next/image, which a static export cannot optimise: an <img> of a file in public/ is right here.
      '@next/next/no-img-element': 'off',
      // It points to next/head, which the App Router has not; LanguageChooserPage is a whole document postbuild renders.
      '@next/next/no-head-element': 'off',
      // `const { url: _url, ...rest } = source` is how a copy without one key is written.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // A combining mark written as an escape (\u0300-\u036f) is in the class on purpose: the text is folded mark by mark.
      'no-misleading-character-class': ['error', { allowEscape: true }],
      'no-restricted-syntax': ['error', syncScript],
    },
  },

  {
    files: rendered,
    rules: {
      'no-restricted-syntax': [
        'error',
        syncScript,
        {
          selector: 'ExpressionStatement[directive="use client"]',
          message: 'No React runs in the reader\'s browser: the build strips the client runtime. Put behaviour in a plain module in public/js/.',
        },
        {
          selector: 'ExpressionStatement[directive="use server"]',
          message: 'A static export has no server to run a server function on.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react',
              importNames: [
                'useState', 'useReducer', 'useEffect', 'useLayoutEffect', 'useInsertionEffect', 'useRef',
                'useImperativeHandle', 'useContext', 'useSyncExternalStore', 'useTransition', 'useDeferredValue',
                'useOptimistic', 'useActionState', 'useEffectEvent', 'createContext',
              ],
              message: 'Client hooks need React in the browser, which the pages do not load (the build strips it).',
            },
            {
              name: 'react-dom',
              importNames: ['useFormStatus', 'useFormState'],
              message: 'Client hooks need React in the browser, which the pages do not load (the build strips it).',
            },
            {
              name: 'next/navigation',
              importNames: ['useRouter', 'usePathname', 'useSearchParams', 'useParams', 'useSelectedLayoutSegment', 'useSelectedLayoutSegments'],
              message: 'Client hooks need React in the browser, which the pages do not load (the build strips it).',
            },
            { name: 'next/link', message: 'Use a plain <a>: client navigation needs the runtime the build strips.' },
            { name: 'next/script', message: 'Use <script type="module" src="/js/…">: next/script needs the client runtime.' },
            { name: 'next/image', message: 'A static export has no image optimiser: use <img> with the file in public/.' },
          ],
        },
      ],
    },
  },

  {
    // Where `any` is the honest type: a list of component specs whose props differ, tests' messages read from JSON,
    // and fixtures that are made malformed on purpose.
    files: ['components/component-spec.ts', 'tests/messages.ts', 'tests/unit/reporting-channels.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },

  {
    // Node: the build, its scripts, the server, the tests and the config files.
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    ignores: ['public/js/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // The pages' only scripts, run as modules in the reader's browser (and some imported by the unit tests).
    files: ['public/js/**'],
    languageOptions: { globals: globals.browser },
  },
]);
