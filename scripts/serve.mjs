// A small static file server for the built site: `node scripts/serve.mjs [dir] [port] [base]`.
// Serves `dir` under the sub-path `base` (default "/"), with directory indexes and the site's 404 page.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
const root = resolve(dir);
const prefix = base.endsWith('/') ? base : `${base}/`;
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.wasm': 'application/wasm', '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
};
const compressible = /^(text\/|application\/(json|javascript|xml|wasm|manifest))|image\/svg/;

async function file(path) {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return file(join(path, 'index.html'));
    return { path, body: await readFile(path) };
  } catch {
    return null;
  }
}

function send(req, res, status, found) {
  const type = types[extname(found.path)] ?? 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': 'no-cache' };
  let body = found.body;
  if (compressible.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname = decodeURIComponent(url.pathname);
  if (pathname === prefix.slice(0, -1)) pathname = prefix;
  if (!pathname.startsWith(prefix)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const rel = normalize(pathname.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
  const target = join(root, rel);
  // Like most static hosts: /x redirects to /x/ when x is a folder.
  if (!pathname.endsWith('/') && !extname(pathname)) {
    const s = await stat(target).catch(() => null);
    if (s?.isDirectory()) {
      res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
      return;
    }
  }
  const found = await file(target);
  if (found) return send(req, res, 200, found);
  const notFound = await file(join(root, '404.html'));
  if (notFound) return send(req, res, 404, notFound);
  res.writeHead(404).end();
});

server.listen(Number(port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://localhost:${port}${prefix}`);
});
