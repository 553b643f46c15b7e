// A small static file server for the built site: `node scripts/dev/serve.mjs [dir] [port] [base]`.
// Serves `dir` under the sub-path `base` (default "/"), with directory indexes, the site's 404 page, gzip,
// and the caching a static host would give it:
// - files whose names carry a content hash (Astro's `_astro/name.HASH.ext`, Pagefind's index, fragment and
//   filter chunks and its `pagefind.<lang>_<hash>.pf_meta`) are cached for a year as immutable;
// - everything else (HTML, pagefind.js, pagefind-entry.json, feeds, …) is `no-cache`: revalidated each time.
// Every file has an ETag (from its content) and Last-Modified; a matching If-None-Match or If-Modified-Since gets a 304.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
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
  // The citation and open-data downloads, so that a browser offers them under their own type.
  '.bib': 'application/x-bibtex; charset=utf-8', '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.geojson': 'application/geo+json; charset=utf-8',
};
const compressible = /^(text\/|application\/(json|javascript|xml|wasm|manifest|geo\+json|x-bibtex|x-research))|image\/svg/;
// Paths relative to the site's base. Pagefind's entry, its scripts and its wasm keep their names from build to build.
const hashed = [
  /^_astro\/(?:.+\/)?[^/]+\.[A-Za-z0-9_-]{8}\.[a-z0-9]+$/,
  /^pagefind\/(?:fragment|index|filter)\/[^/]+_[0-9a-f]{6,}\.pf_(?:fragment|index|filter)$/,
  /^pagefind\/pagefind\.[^/]+_[0-9a-f]{6,}\.pf_meta$/,
];
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** What was read of a file, kept while its size and modification time stay the same. */
const cache = new Map();

async function file(path) {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return file(join(path, 'index.html'));
    const known = cache.get(path);
    if (known && known.mtimeMs === s.mtimeMs && known.size === s.size) return known;
    const body = await readFile(path);
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
    const found = { path, body, etag, mtimeMs: s.mtimeMs, size: s.size, modified: s.mtime.toUTCString() };
    cache.set(path, found);
    return found;
  } catch {
    return null;
  }
}

/** If-None-Match wins over If-Modified-Since (RFC 9110 13.1.3); the ETag is compared weakly, as for GET. */
function fresh(req, found) {
  const match = req.headers['if-none-match'];
  if (match) return match.trim() === '*' || match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === found.etag);
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && Math.floor(found.mtimeMs / 1000) * 1000 <= since;
}

function send(req, res, status, found, rel = '') {
  const type = types[extname(found.path)] ?? 'application/octet-stream';
  const headers = { 'content-type': type };
  const gzip = compressible.test(type);
  if (gzip) headers.vary = 'Accept-Encoding';
  if (status === 200) {
    headers['cache-control'] = hashed.some((re) => re.test(rel)) ? IMMUTABLE : 'no-cache';
    // Weak: the gzipped and the plain body are the same file, not the same bytes.
    headers.etag = `W/${found.etag}`;
    headers['last-modified'] = found.modified;
    if ((req.method === 'GET' || req.method === 'HEAD') && fresh(req, found)) {
      delete headers['content-type'];
      res.writeHead(304, headers).end();
      return;
    }
  } else {
    headers['cache-control'] = 'no-cache';
  }
  let body = found.body;
  if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    found.gzipped ??= gzipSync(found.body);
    body = found.gzipped;
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
  if (found) return send(req, res, 200, found, rel.split('\\').join('/'));
  const notFound = await file(join(root, '404.html'));
  if (notFound) return send(req, res, 404, notFound);
  res.writeHead(404).end();
});

server.listen(Number(port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://localhost:${port}${prefix}`);
});
