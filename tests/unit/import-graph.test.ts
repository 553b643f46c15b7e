import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const code = /\.(ts|mjs|js|astro)$/;

/** Every code file under a folder, as a path from the repository root. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'fixtures' ? [] : files(join(dir, e.name))) : code.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The relative imports of a file (static, re-exports and dynamic), as paths from the repository root. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return specs.map((s) => normalize(join(dirname(file), s)));
}

const roots = ['src', 'scripts', 'tests'];
const all = [...roots.flatMap(files), 'astro.config.mjs', 'playwright.config.ts', 'vitest.config.ts'];
const graph = new Map(all.map((f) => [f, imports(f)]));

describe('the import graph', () => {
  it('has no import from scripts/ in src/ or astro.config.mjs', () => {
    const wrong = all.filter((f) => f.startsWith('src/') || f === 'astro.config.mjs');
    expect(wrong.flatMap((f) => graph.get(f)!.filter((i) => i.startsWith('scripts/')).map((i) => `${f} → ${i}`))).toEqual([]);
  });

  it('has no import from tests/ outside tests/', () => {
    const outside = all.filter((f) => !f.startsWith('tests/'));
    expect(outside.flatMap((f) => graph.get(f)!.filter((i) => i.startsWith('tests/')).map((i) => `${f} → ${i}`))).toEqual([]);
  });

  // src/lib/ is the pure core: what reads the environment or git is an adapter at the top of src/ (config.ts, href.ts,
  // content-updated.ts) or a page, and hands lib/ what it read as a parameter. The one reader of files is
  // lib/content/read-content.ts, the content reader that the build's validation, scripts and tests share.
  it('keeps src/lib/ pure: no adapter imported, no environment or git read, files read only by the content reader', () => {
    const adapters = ['src/config.ts', 'src/href.ts', 'src/content-updated.ts'];
    const lib = all.filter((f) => f.startsWith('src/lib/'));
    const impure = /import\.meta\.env|process\.env|['"]node:(child_process|fs|fs\/promises)['"]/;
    expect(lib.flatMap((f) => graph.get(f)!.filter((i) => adapters.includes(i)).map((i) => `${f} → ${i}`))).toEqual([]);
    expect(lib.filter((f) => impure.test(readFileSync(f, 'utf8')))).toEqual(['src/lib/content/read-content.ts']);
  });

  it('has no import circle in src/', () => {
    const circles: string[] = [];
    const done = new Set<string>();
    const visit = (file: string, path: string[]) => {
      if (path.includes(file)) return void circles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      if (done.has(file)) return;
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      done.add(file);
    };
    for (const file of graph.keys()) if (file.startsWith('src/')) visit(file, []);
    expect(circles).toEqual([]);
  });
});
