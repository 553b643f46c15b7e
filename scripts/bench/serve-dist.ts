import { spawn, type ChildProcess } from 'node:child_process';

/** Starts scripts/serve.mjs (gzip on) for a built folder on a loopback port; resolves once it answers. */
export async function serveDist(dir: string, port: number, base = '/'): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', dir, String(port), base], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`server for ${dir} did not start on port ${port}`);
}
