import { spawn } from 'node:child_process';

const answers = (url: string) => fetch(url).then((r) => r.status < 500, () => false);

/**
 * Starts scripts/dev/serve.mjs (gzip on) for a built folder on a loopback port, under `base`; resolves once it answers.
 * Fails if something already answers on the port: a server left over from another run would serve its own folder in
 * our server's place, and that folder would be measured.
 */
export async function serveDist(dir: string, port: number, base = '/'): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = `http://127.0.0.1:${port}${base}`;
  if (await answers(url)) throw new Error(`port ${port} is already in use`);
  const child = spawn(process.execPath, ['scripts/dev/serve.mjs', dir, String(port), base], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Do not leave the server running if this script dies.
  process.once('exit', () => child.kill());
  const stop = () => {
    child.kill();
    return exited;
  };
  for (let i = 0; i < 100 && child.exitCode === null; i++) {
    if (await answers(url)) return { url, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`server for ${dir} did not start on port ${port}`);
}
