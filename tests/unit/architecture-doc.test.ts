import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, basename } from 'node:path';
import { describe, expect, it } from 'vitest';

const doc = readFileSync('docs/architecture.md', 'utf8');

/** The code spans of the page that name a file or folder of the repository (not a URL or an element). */
const named = [...doc.matchAll(/`([^`\s]+)`/g)]
  .map((m) => m[1])
  .filter((span) => /^[\w.[\]-]+\//.test(span) || /\.(ts|mjs|astro|md|json)$/.test(span));

/** Whether a path exists; a `*` in the last part matches any run of characters. */
function exists(path: string): boolean {
  if (!path.includes('*')) return existsSync(path);
  const pattern = new RegExp(`^${basename(path).split('*').map((p) => p.replace(/[.[\]]/g, '\\$&')).join('.*')}$`);
  return existsSync(dirname(path)) && readdirSync(dirname(path)).some((name) => pattern.test(name));
}

describe('docs/architecture.md', () => {
  it('names paths', () => {
    expect(named.length).toBeGreaterThan(30);
  });

  it('names only paths that exist', () => {
    const missing = named.filter((path) => !exists(path));
    expect(missing).toEqual([]);
  });
});
