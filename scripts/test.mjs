// `npm test`: first the type check and the lint (`typecheck` and `lint`, side by side), which stop it before the build
// starts; then the content check and the unit tests (with the scenarios) run while the site builds, since they need
// no build; then the end-to-end tests run on that build. The same npm scripts as
// `typecheck && lint && check:content && test:unit && build && test:e2e`, overlapped: the build's steps mostly keep one
// core busy, so the unit tests beside it add less time than they would after it.
// Exits non-zero when any step fails; each overlapped step's output is printed whole, not mixed with another's.
import { spawn } from 'node:child_process';
import { withExampleSiteUrl } from '../lib/site-url.mjs';

/** Runs an npm script; resolves with its exit code. `capture` keeps its output for later instead of printing it. */
function npm(script, { env = process.env, capture = false } = {}) {
  // Its own process group when captured, so stopping it stops next build and postbuild too.
  const child = spawn('npm', ['run', '-s', script], { env, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', detached: capture });
  const output = [];
  if (capture) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => output.push(chunk));
  const done = new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const stop = () => {
    try {
      if (child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // It had already ended.
    }
  };
  return { done, output, stop };
}

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

// The captured steps run in process groups of their own, which a Ctrl-C does not reach: stop them on the way out.
const captured = [];
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const step of captured) step.stop();
    process.exit(130);
  });
}

// A type error or a lint finding fails in seconds, not after the build: both run before it, each on a core.
const checks = ['typecheck', 'lint'].map((script) => ({ script, ...npm(script, { capture: true }) }));
captured.push(...checks);
let checksFailed = false;
for (const { script, done, output } of checks) {
  const code = await done;
  process.stdout.write(Buffer.concat(output));
  console.log(`── npm run ${script}: ${code === 0 ? 'passed' : 'failed'} at ${seconds()} ──`);
  checksFailed ||= code !== 0;
}
if (checksFailed) process.exit(1);

// The build refuses to run without a public address (lib/site-url.mjs): the tests' build gets the reserved example one
// unless SITE_URL is set. The type check has passed: the build skips its own, the same one (next.config.mjs).
const build = npm('build', { env: { ...withExampleSiteUrl(process.env), HAVEN_TYPES_CHECKED: '1' }, capture: true });
captured.push(build);
const early = (await npm('check:content').done) || (await npm('test:unit').done);
if (early) build.stop();
const built = await build.done;
console.log(`\n── npm run build (${early ? 'stopped: an earlier step failed' : built === 0 ? 'done' : 'failed'} at ${seconds()}) ──`);
process.stdout.write(Buffer.concat(build.output));
if (early || built) process.exit(1);

const e2e = await npm('test:e2e', { env: { ...process.env, HAVEN_SKIP_BUILD: '1' } }).done;
console.log(`\nnpm test: ${e2e === 0 ? 'passed' : 'failed'} in ${seconds()}`);
process.exit(e2e);
