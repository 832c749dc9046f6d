import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // Components read their strings from next-intl's server API, which only runs inside Next: tests get the same
      // messages from tests/components/next-intl-server.ts.
      'next-intl/server': `${root}tests/components/next-intl-server.ts`,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // npm test runs these while the site builds (scripts/test.mjs), on two cores shared with other work: a test
        // that takes a second alone can take many times that there. The limit only stops a hang.
        // One module graph for all the unit files (isolate: false): each file re-imported React, zod, next-intl and the
        // site's loaders, which was half the project's time. They share no state that a test changes: the scenarios,
        // which change the working directory, stay isolated in their own project.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000, isolate: false },
      },
      {
        // Each file is a project tree of its own (tests/scenarios/scenario.ts) that the loaders and components read.
        extends: true,
        test: { name: 'scenarios', include: ['tests/scenarios/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/server.ts'],
          // axe on the Arabic hub, light and dark, takes 27 s alone and was seen near 60 s on a loaded machine.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A page's script may take a few seconds to run on a busy two-core machine: expect.poll waits up to 10 s.
          expect: { poll: { timeout: 10_000 } },
          // A file per core, each with its own browser, against the one server: vitest's default leaves a core free,
          // which on two cores is one file at a time, and the browsers wait on each other and on the server enough to
          // keep both cores busy.
          maxWorkers: availableParallelism(),
          // After the unit tests when all projects run together: projects of one group must share a worker count.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
