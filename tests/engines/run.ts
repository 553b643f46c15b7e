// The cross-engine smoke suite: serves the built site, then runs every check of smoke.ts in Firefox and in WebKit,
// one engine after the other, and ends with `engines: N passed, N failed` (exit code 1 if any failed).
// `ENGINES_DIST` names the built site (default dist/); `ENGINES_ONLY=firefox` or `=webkit` runs one engine.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Driver } from './driver.ts';
import { firefox } from './firefox.ts';
import { checks } from './smoke.ts';
import { webkit } from './webkit.ts';

const DIST = process.env.ENGINES_DIST ?? 'dist';
const CHECK_MS = 60_000;
const START_MS = 120_000;

/** The first port from `from` on that nothing listens on, skipping `taken`. */
async function freePort(from: number, taken: number[] = []): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    if (taken.includes(port)) continue;
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer().once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${from}`);
}

/** Rejects with `what` if `promise` takes longer than `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`engines: no built site in ${DIST}/ (run npm run build, or set ENGINES_DIST)`);
  process.exit(1);
}
const sitePort = await freePort(4800);
const site = spawn(process.execPath, ['scripts/dev/serve.mjs', DIST, String(sitePort)], { stdio: 'ignore' });
process.once('exit', () => site.kill());
// Exit on a signal too, so that the 'exit' handlers end the server and the WebKit process group.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(1));
const base = `http://127.0.0.1:${sitePort}/`;
await within(
  (async () => {
    for (;;) {
      if (await fetch(base).then((r) => r.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })(),
  15_000,
  `serving ${DIST}/`,
);

const engines: [string, () => Promise<Driver>][] = [
  ['firefox', () => firefox(base)],
  ['webkit', async () => webkit(base, await freePort(4801, [sitePort]))],
];
const only = process.env.ENGINES_ONLY;
const chosen = engines.filter(([engine]) => !only || engine === only);
if (!chosen.length) {
  console.error(`engines: ENGINES_ONLY=${only} names no engine (firefox, webkit)`);
  process.exit(1);
}
let passed = 0;
let failed = 0;
for (const [engine, start] of chosen) {
  const began = performance.now();
  let driver: Driver;
  try {
    driver = await within(start(), START_MS, `starting ${engine}`);
  } catch (error) {
    failed++;
    console.log(`✗ ${engine}: could not start: ${(error as Error).message} (node scripts/dev/ensure-engines.mjs installs the browsers)`);
    continue;
  }
  console.log(`${engine}: ${driver.name}, started in ${seconds(began)}`);
  let ok = 0;
  for (const check of checks) {
    const t = performance.now();
    try {
      await driver.goto('about:blank');
      await within(check.run(driver), CHECK_MS, 'the check');
      ok++;
      console.log(`  ✓ ${check.name} (${seconds(t)})`);
    } catch (error) {
      console.log(`  ✗ ${check.name} (${seconds(t)})\n      ${(error as Error).message}`);
    }
  }
  await within(driver.close(), 20_000, `closing ${engine}`).catch((error) => console.log(`  (${error.message})`));
  passed += ok;
  failed += checks.length - ok;
  console.log(`${engine}: ${ok} passed, ${checks.length - ok} failed in ${seconds(began)}`);
}
console.log(`engines: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
