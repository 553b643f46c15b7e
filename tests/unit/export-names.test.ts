import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every code file under a folder, as a path from the repository root. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|mjs|js|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const exported = /^export\s+(?:async\s+)?(?:function\*?\s*([A-Za-z_$][\w$]*)|const\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:async\s+)?(?:\([^)]*\)\s*(?::[^=]+)?=>|[A-Za-z_$][\w$]*\s*=>|function))/gm;
// Astro calls these by name in every page or endpoint that has them.
const conventions = new Set(['getStaticPaths', 'GET']);

describe('exported functions in src/', () => {
  it('have names that say one thing: no two share a name', () => {
    const byName = new Map<string, string[]>();
    for (const file of files('src'))
      for (const m of readFileSync(file, 'utf8').matchAll(exported)) {
        const name = m[1] ?? m[2];
        if (!conventions.has(name)) byName.set(name, [...(byName.get(name) ?? []), file]);
      }
    expect(byName.size).toBeGreaterThan(100);
    expect([...byName].filter(([, where]) => where.length > 1).map(([name, where]) => `${name}: ${where.join(', ')}`)).toEqual([]);
  });
});
