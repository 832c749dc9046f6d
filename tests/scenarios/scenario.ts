import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, vi } from 'vitest';

// A scenario is a project tree of its own (content/, and content/channels/ where it needs them) that the site's
// loaders and components read instead of this project's: HAVEN_ROOT names it to the content layer (lib/content.ts),
// here and in the scripts a scenario runs.

export const projectRoot = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));

/** Runs the file's tests on the tree `dir` returns; a throwaway tree (`remove`) is deleted after them. */
export function inScenario(dir: () => string, { remove = false } = {}) {
  let tree = '';
  beforeAll(() => {
    vi.stubEnv('HAVEN_ROOT', (tree = dir()));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    if (remove) fs.rmSync(tree, { recursive: true, force: true });
  });
}

/** A throwaway tree holding copies of some of this project's files (paths relative to the project). */
export function treeWith(files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-scenario-'));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(projectRoot, file), path.join(dir, file));
  }
  return dir;
}

/** One of the project's scripts, run with tsx on the project tree `root`; its exit code and what it printed. */
export async function runScript(script: string, args: string[], root: string) {
  const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');
  const argv = ['--tsconfig', path.join(projectRoot, 'tsconfig.json'), path.join(projectRoot, script), ...args];
  try {
    const { stdout } = await promisify(execFile)(tsx, argv, { cwd: projectRoot, env: { ...process.env, HAVEN_ROOT: root } });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}
