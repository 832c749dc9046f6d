import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';

// A scenario is a project tree of its own (content/, and content/channels/ where it needs them) that the site's
// loaders and components read instead of this project's: they read from the working directory. Each scenario file
// runs in its own worker (vitest isolates files), so the loaders' caches start empty.

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the file's tests with `dir` as the working directory; a throwaway tree (`remove`) is deleted after them. */
export function inScenario(dir: () => string, { remove = false } = {}) {
  let tree = '';
  beforeAll(() => process.chdir((tree = dir())));
  afterAll(() => {
    process.chdir(projectRoot);
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

/** One of the project's scripts, run with tsx in `cwd`; its exit code and what it printed. */
export async function runScript(script: string, args: string[], cwd: string) {
  const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');
  const argv = ['--tsconfig', path.join(projectRoot, 'tsconfig.json'), path.join(projectRoot, script), ...args];
  try {
    const { stdout } = await promisify(execFile)(tsx, argv, { cwd });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}
