// WebKitGTK (Debian's webkit2gtk-driver) driven over plain WebDriver HTTP. Its MiniBrowser has no headless mode,
// so the driver runs inside a virtual X server from xvfb-run.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { settled, type Driver, type Key } from './driver.ts';
import { MINIBROWSER, WEBKIT_DRIVER } from '../../scripts/dev/engine-paths.mjs';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
// WebDriver's code points for the keys that are not characters.
const KEYS: Record<Key, string> = { Enter: '\uE007', Escape: '\uE00C', '/': '/' };

/** Sends one WebDriver command and returns its value, or throws the error the driver answered with. */
async function command(url: string, method: 'GET' | 'POST' | 'DELETE', body?: object): Promise<any> {
  const response = await fetch(url, {
    method,
    headers: body ? { 'content-type': 'application/json; charset=utf-8' } : {},
    body: body && JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const { value } = await response.json();
  if (!response.ok) throw new Error(`WebDriver ${value?.error ?? response.status}: ${value?.message ?? ''}`.trim());
  return value;
}

/** Resolves once the driver answers /status as ready, or rejects if it exits or stays silent for `ms`. */
async function ready(root: string, child: ChildProcess, ms: number) {
  const deadline = Date.now() + ms;
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `exited (${signal ?? code}) before it was ready`));
  child.once('error', (error) => (exited = error.message));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`WebKitWebDriver ${exited}`);
    try {
      if ((await command(`${root}/status`, 'GET'))?.ready) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not answer on ${root} within ${ms / 1000} s`);
}

/** Starts WebKitWebDriver on `port` under xvfb-run, opens a MiniBrowser session with a 1280 px wide window on `base`. */
export async function webkit(base: string, port: number): Promise<Driver> {
  for (const path of [WEBKIT_DRIVER, MINIBROWSER, '/usr/bin/xvfb-run']) if (!existsSync(path)) throw new Error(`${path} not found`);
  // A process group of its own, so that closing ends Xvfb, the driver and the browser's processes together.
  const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', WEBKIT_DRIVER, `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  // Detached, the group outlives this process unless ended: also on the way out of a run that crashed.
  process.once('exit', stop);
  const root = `http://127.0.0.1:${port}`;
  try {
    await ready(root, child, 30_000);
    const session = await command(`${root}/session`, 'POST', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } },
    });
    const s = `${root}/session/${session.sessionId}`;
    await command(`${s}/window/rect`, 'POST', { width: 1280, height: 940 });
    const find = async (selector: string): Promise<string> => {
      try {
        return (await command(`${s}/element`, 'POST', { using: 'css selector', value: selector }))[ELEMENT];
      } catch (error) {
        throw new Error(`${selector}: ${(error as Error).message}`);
      }
    };
    // The driver awaits a returned promise, as the WebDriver spec asks.
    const execute = (fn: Function, args: unknown[]) => command(`${s}/execute/sync`, 'POST', { script: `return (${fn}).apply(null, arguments);`, args });
    const { browserName, browserVersion } = session.capabilities;
    return {
      name: `WebKitGTK ${browserVersion} (${browserName})`,
      goto: async (path) => void (await command(`${s}/url`, 'POST', { url: new URL(path, base).href })),
      reload: async () => void (await command(`${s}/refresh`, 'POST', {})),
      url: () => command(`${s}/url`, 'GET'),
      click: async (selector) => {
        const element = await find(selector);
        await execute(settled, [selector]);
        await command(`${s}/element/${element}/click`, 'POST', {});
      },
      type: async (selector, text) => void (await command(`${s}/element/${await find(selector)}/value`, 'POST', { text })),
      press: async (key) => {
        const value = KEYS[key];
        await command(`${s}/actions`, 'POST', {
          actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
        });
      },
      evaluate: (fn, ...args) => execute(fn, args),
      close: async () => {
        await command(s, 'DELETE').catch(() => undefined);
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}
