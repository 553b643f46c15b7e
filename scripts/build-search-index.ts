// Builds the Pagefind search index of a built site: `node scripts/build-search-index.ts [dir]` (default $ZJ_OUT_DIR or dist).
// Pagefind's own Chinese indexing cuts text into jieba words while the browser cuts queries with Intl.Segmenter,
// so the two disagree and pages go missing. Here every Han character is indexed as its own word instead, and the
// browser (src/lib/search/) searches Chinese as exact character phrases: any run of characters on a page is found.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { Converter } from 'opencc-js/cn2t';
import { separateHan } from '../src/lib/search/separate-han.ts';
import { traditionalForms } from '../src/lib/search/traditional.ts';

const dir = process.argv[2] ?? process.env.ZJ_OUT_DIR ?? 'dist';
const output = join(dir, 'pagefind');
const hanCharacters = /\p{Script=Han}/gu;
// Small index chunks: a query for a few characters then fetches a few small files instead of a quarter of the index.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '3000';

/** Every HTML file under `root`, except Pagefind's own output. */
function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => join(root, f))
    .sort();
}

/**
 * Peak RSS in MB of this process's child processes (Pagefind's indexing service), read from /proc before they exit:
 * `time` and the benchmarks see only the processes they wait for, and the service is not one of them. Null off Linux.
 */
function peakRssOfChildren(): number | null {
  try {
    const kb = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map((pid) => {
        try {
          return readFileSync(`/proc/${pid}/status`, 'utf8');
        } catch {
          return '';
        }
      })
      .filter((status) => Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) === process.pid)
      .map((status) => Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    return kb.length ? Math.round(Math.max(...kb) / 1024) : null;
  } catch {
    return null;
  }
}

const fail = (errors: string[]) => {
  if (!errors.length) return;
  console.error(`search index: ${errors.join('\n')}`);
  process.exit(1);
};

const started = Date.now();
rmSync(output, { recursive: true, force: true });
const { index, errors } = await pagefind.createIndex({});
fail(errors);
const files = htmlFiles(dir);
// Every Han character on the site (a superset of the indexed text), for the Traditional forms below.
const chars = new Set<string>();
const read = (file: string) => {
  const html = readFileSync(file, 'utf8');
  for (const ch of html.match(hanCharacters) ?? []) chars.add(ch);
  return separateHan(html);
};
// A few files in flight at once keep Pagefind's indexing service busy without holding the whole site in memory.
for (let i = 0; i < files.length; i += 16) {
  const batch = files.slice(i, i + 16);
  const added = await Promise.all(batch.map((file) => index!.addHTMLFile({ sourcePath: relative(dir, file), content: read(file) })));
  fail(added.flatMap((a) => a.errors));
}
fail((await index!.writeFiles({ outputPath: output })).errors);
const serviceRssMb = peakRssOfChildren();
await pagefind.close();
// The Traditional forms of every character on the site: the search page loads OpenCC only for a query holding one.
const converters = (['tw', 'hk'] as const).map((to) => Converter({ from: 'cn', to }));
writeFileSync(join(output, 'traditional.txt'), traditionalForms(chars, converters));
const indexed = readdirSync(join(output, 'fragment')).length;
console.log(`search index: ${indexed} pages (of ${files.length} HTML files) indexed into ${output} in ${Date.now() - started} ms` + (serviceRssMb === null ? '' : `, Pagefind service peak RSS ${serviceRssMb} MB`));
