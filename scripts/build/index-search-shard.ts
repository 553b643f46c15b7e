// One shard of the search index (see scripts/build/build-search-index.ts, which starts this script once per shard): reads
// `{ dir, files, output, bundle }` as JSON on stdin, indexes those HTML files of the built site `dir` into the folder
// `output` with Pagefind, and prints `{ pages, serviceRssMb, serviceCpuS, han }` as JSON on stdout. `bundle: false` keeps only the
// index (the browser loads Pagefind's scripts and WebAssembly from the first shard).
// Pagefind's own Chinese indexing cuts text into jieba words while the browser cuts queries with Intl.Segmenter,
// so the two disagree and pages go missing. Here every Han character is indexed as its own word instead, and the
// browser (src/lib/search/) searches Chinese as exact character phrases: any run of characters on a page is found.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import * as pagefind from 'pagefind';
import { hanCollector } from '../../src/lib/search/han.ts';
import { separateHan } from '../../src/lib/search/separate-han.ts';

export interface ShardJob {
  dir: string;
  /** HTML files, relative to `dir`. */
  files: string[];
  output: string;
  /** Whether to keep Pagefind's scripts, styles and WebAssembly beside the index. */
  bundle: boolean;
}

export interface ShardReport {
  pages: number;
  /** Peak RSS of this shard's Pagefind service, in MB; null off Linux. */
  serviceRssMb: number | null;
  /** CPU time of this shard's Pagefind service, in seconds; null off Linux. */
  serviceCpuS: number | null;
  /** Every Han character in the shard's HTML, once. */
  han: string;
}

// Small index chunks: a query for a few characters then fetches a few small files instead of a quarter of the index.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '3000';
// What the browser reads of a merged shard (Pagefind's mergeIndex loads no scripts or WebAssembly from it).
const indexParts = /^(index|fragment|filter|pagefind-entry\.json|pagefind\..*\.pf_meta)$/;

/**
 * Peak RSS (MB) and CPU time (s) of this process's child processes (Pagefind's indexing service), read from /proc before
 * they exit: `time` and the benchmarks see only the processes they wait for, and the service is not one of them.
 * Nulls off Linux.
 */
function serviceUsage(): { rssMb: number | null; cpuS: number | null } {
  try {
    const children = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map((pid) => {
        try {
          return { status: readFileSync(`/proc/${pid}/status`, 'utf8'), stat: readFileSync(`/proc/${pid}/stat`, 'utf8') };
        } catch {
          return { status: '', stat: '' };
        }
      })
      .filter(({ status }) => Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) === process.pid);
    if (!children.length) return { rssMb: null, cpuS: null };
    const kb = Math.max(...children.map(({ status }) => Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0)));
    // utime and stime, the 14th and 15th fields, in clock ticks (100 a second on Linux), after the command's parentheses.
    const ticks = children.reduce((sum, { stat }) => {
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return sum + Number(fields[11]) + Number(fields[12]);
    }, 0);
    return { rssMb: Math.round(kb / 1024), cpuS: ticks / 100 };
  } catch {
    return { rssMb: null, cpuS: null };
  }
}

function fail(errors: string[]): void {
  if (!errors.length) return;
  console.error(errors.join('\n'));
  process.exit(1);
}

const job = JSON.parse(await text(process.stdin)) as ShardJob;
const { index, errors } = await pagefind.createIndex({});
fail(errors);
const han = hanCollector();
const read = (file: string) => {
  const html = readFileSync(join(job.dir, file), 'utf8');
  han.add(html);
  return separateHan(html);
};
// A few files in flight at once keep Pagefind's indexing service busy without holding the whole site in memory.
for (let i = 0; i < job.files.length; i += 16) {
  const batch = job.files.slice(i, i + 16);
  const added = await Promise.all(batch.map((file) => index!.addHTMLFile({ sourcePath: file, content: read(file) })));
  fail(added.flatMap((a) => a.errors));
}
fail((await index!.writeFiles({ outputPath: job.output })).errors);
const usage = serviceUsage();
await pagefind.close();
if (!job.bundle) for (const entry of readdirSync(job.output)) if (!indexParts.test(entry)) rmSync(join(job.output, entry), { recursive: true });
const report: ShardReport = {
  pages: readdirSync(join(job.output, 'fragment')).length,
  serviceRssMb: usage.rssMb,
  serviceCpuS: usage.cpuS,
  han: han.characters().join(''),
};
process.stdout.write(JSON.stringify(report));
