// `npm test`: the content check and the unit tests (with the scenarios) run while the site builds, since they need
// no build; then the end-to-end tests run on that build. The same steps as
// `check:content && test:unit && build && test:e2e`, overlapped: on two cores the build leaves one mostly idle.
// Exits non-zero when any step fails; the build's output is printed after the unit tests', not mixed with it.
import { spawn } from 'node:child_process';

/** Runs a command; resolves with its exit code. `capture` keeps its output for later instead of printing it. */
function run(command, args, { env = process.env, capture = false } = {}) {
  const child = spawn(command, args, { env, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', detached: capture });
  const output = [];
  if (capture) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => output.push(chunk));
  const done = new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  return { done, output, stop: () => child.exitCode === null && process.kill(-child.pid, 'SIGTERM') };
}

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

const build = run('npm', ['run', '-s', 'build'], { capture: true });
const early =
  (await run('npm', ['run', '-s', 'check:content']).done) ||
  (await run('npx', ['vitest', 'run', '--project', 'unit', '--project', 'scenarios']).done);
if (early) build.stop();
const built = await build.done;
console.log(`\n── npm run build (${built === 0 ? 'done' : 'failed'} at ${seconds()}) ──`);
process.stdout.write(Buffer.concat(build.output));
if (early || built) process.exit(1);

const e2e = await run('npx', ['vitest', 'run', '--project', 'e2e'], { env: { ...process.env, HAVEN_SKIP_BUILD: '1' } }).done;
console.log(`\nnpm test: ${e2e === 0 ? 'passed' : 'failed'} in ${seconds()}`);
process.exit(e2e);
