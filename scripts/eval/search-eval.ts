// `npm run eval:search [dir]`: recall and precision@10 of Pagefind's default Chinese search and of ours, on one build.
// Picks ~250 terms from the indexed text (scripts/eval/search-eval-terms.ts), finds the pages that truly hold each one by a
// plain substring scan of the same text, and compares both searches against that. Not a test: it prints a table.
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDefaultIndex, mergeShards, readFragments } from './search-harness.ts';
import { serveDist } from '../bench/serve-dist.ts';
import { pickTerms, type EvalTerm, type TermKind } from './search-eval-terms.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { findPages } from '../../src/lib/search/find-pages.ts';
import { oneAtATime } from '../../src/lib/search/one-at-a-time.ts';
import type { PagefindResult } from '../../src/lib/search/pagefind-types.ts';
import { config } from '../../src/config.ts';

const dir = process.argv[2] ?? config.outDir;
if (!existsSync(join(dir, 'pagefind', 'pagefind-entry.json'))) throw new Error(`${dir}/pagefind is missing: run npm run build first`);
const work = `${dir.replace(/\/$/, '')}-search-eval`;
rmSync(work, { recursive: true, force: true });
mkdirSync(work);
symlinkSync(resolve(dir, 'pagefind'), join(work, 'ours'));
buildDefaultIndex(dir, join(work, 'default'));

const pages = readFragments(join(work, 'ours'));
const defaultText = new Map(readFragments(join(work, 'default')).map((p) => [p.url, p.text]));
const differing = pages.filter((p) => defaultText.get(p.url) !== p.text).length;
const norm = (s: string) => s.normalize('NFKC').toLowerCase();
const terms = pickTerms(pages);

// pagefind.js reads the page language from the document, which Node lacks: this stands in for <html lang="zh-CN">.
Object.assign(globalThis, { document: { currentScript: null, querySelector: () => ({ getAttribute: () => 'zh-CN' }) } });
const server = await serveDist(work, Number(process.env.EVAL_PORT ?? 4620));
// Each bundle gets its own copy of pagefind.js (and so of its WebAssembly memory): two indexes in one copy corrupt it.
const engine = async (name: string) => {
  const { createInstance } = await import(`${pathToFileURL(resolve(work, 'default', 'pagefind.js'))}?${name}`);
  const instance = createInstance({ basePath: `${server.url}${name}/` });
  await instance.init();
  await mergeShards(instance, join(work, name), `${server.url}${name}/`);
  return oneAtATime(instance);
};
const engines = { default: await engine('default'), ours: await engine('ours') };
const urls = async (results: PagefindResult[]) => Promise.all(results.map(async (r) => (await r.data()).url));
const run = {
  default: async (term: string) => urls((await engines.default.search(term))?.results ?? []),
  ours: async (term: string) => urls((await findPages(engines.ours, parseQuery(term))).results),
};

interface Row extends EvalTerm {
  relevant: number;
  found: Record<'default' | 'ours', number>;
  precision: Record<'default' | 'ours', number>;
  ms: Record<'default' | 'ours', number>;
}
const rows: Row[] = [];
for (const t of terms) {
  const relevant = new Set(pages.filter((p) => norm(p.text).includes(norm(t.term))).map((p) => p.url));
  const row = { ...t, relevant: relevant.size, found: {}, precision: {}, ms: {} } as Row;
  for (const engine of ['default', 'ours'] as const) {
    const started = performance.now();
    const list = await run[engine](t.term);
    row.ms[engine] = performance.now() - started;
    row.found[engine] = list.filter((u) => relevant.has(u)).length;
    const top = list.slice(0, 10);
    row.precision[engine] = top.length ? top.filter((u) => relevant.has(u)).length / top.length : 0;
  }
  rows.push(row);
}
await server.stop();

const pct = (n: number) => `${(100 * n).toFixed(1)} %`;
const summary = (kind: TermKind | 'all', list: Row[]) => {
  const rel = list.reduce((s, r) => s + r.relevant, 0);
  const cell = (e: 'default' | 'ours') => ({
    recall: list.reduce((s, r) => s + r.found[e], 0) / rel,
    complete: list.filter((r) => r.found[e] === r.relevant).length,
    p10: list.reduce((s, r) => s + r.precision[e], 0) / list.length,
  });
  const [d, o] = [cell('default'), cell('ours')];
  return `| ${kind} | ${list.length} | ${rel} | ${pct(d.recall)} | ${pct(o.recall)} | ${d.complete} | ${o.complete} | ${d.p10.toFixed(3)} | ${o.p10.toFixed(3)} |`;
};
const kinds = [...new Set(rows.map((r) => r.kind))];
console.log(`\n${pages.length} indexed pages, ${rows.length} terms; ${differing} pages index different text in the two bundles.\n`);
console.log('| terms | n | pages holding them | recall, Pagefind default | recall, ours | all found, default | all found, ours | P@10, default | P@10, ours |');
console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const kind of kinds) console.log(summary(kind, rows.filter((r) => r.kind === kind)));
console.log(summary('all', rows).replace(/^\| all/, '| **all**'));
const misses = rows.filter((r) => r.found.ours < r.relevant || r.precision.ours < 1);
console.log(`\nOur misses or imprecise terms: ${misses.map((r) => `${r.term} (${r.found.ours}/${r.relevant}, P@10 ${r.precision.ours.toFixed(2)})`).join('，') || 'none'}`);
const worst = [...rows].sort((a, b) => a.found.default / a.relevant - b.found.default / b.relevant).slice(0, 12);
console.log(`Worst for the default: ${worst.map((r) => `${r.term} ${r.found.default}/${r.relevant}`).join('，')}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Median time per query in Node (incl. fragments): default ${median(rows.map((r) => r.ms.default)).toFixed(1)} ms, ours ${median(rows.map((r) => r.ms.ours)).toFixed(1)} ms`);
writeFileSync(join(work, 'report.json'), JSON.stringify(rows, null, 1));
process.exit(0);
