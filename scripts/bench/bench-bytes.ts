// `npm run bench:bytes [dir]`: the JavaScript and CSS each page type loads (gzip KB), for a built folder (default
// dist/, built first if missing). Prints the table alone, so that two builds can be compared quickly; `npm run bench`
// prints the same table beside Lighthouse and the build scaling.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { serveDist } from './serve-dist.ts';
import { measureAssetBytes } from './asset-bytes.ts';
import { benchPages } from './bench-pages.ts';

const dir = process.argv[2] ?? 'dist';
if (!existsSync(`${dir}/index.html`)) {
  if (dir !== 'dist') throw new Error(`${dir}/index.html is missing: build that folder first`);
  execSync('npm run build', { stdio: 'ignore' });
}
// Two folders may be measured side by side: the first free port from 4611.
let server: Awaited<ReturnType<typeof serveDist>> | undefined;
for (let port = 4611; !server; port++) {
  try {
    server = await serveDist(dir, port);
  } catch (error) {
    if (port >= 4630 || !String(error).includes('already in use')) throw error;
  }
}
try {
  console.log(`\n## JavaScript and CSS per page type (gzip, KB): ${dir}\n`);
  console.table(await measureAssetBytes(server.url, benchPages));
} finally {
  await server.stop();
}
