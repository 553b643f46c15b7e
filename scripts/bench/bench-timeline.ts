// `npm run bench:timeline`: the timeline with 1,000 milestones — layout time at build, the page's JavaScript
// (gzip), and frame cost while zooming and panning in headless Chromium (median and p95; target p95 ≤ 16 ms).
// A benchmark, not a test: it reports figures and never fails on them. BENCH_REUSE=1 reuses the last build;
// BENCH_DIST and BENCH_CACHE_DIR pick the build's folders, BENCH_PORT its port.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { chromium } from '@playwright/test';
import { writeSyntheticContent } from './synthetic-milestones.ts';
import { serveDist } from './serve-dist.ts';
import { bench } from './config.ts';
import { chromiumPath } from '../dev/chromium-path.mjs';
import { parsePartialDate } from '../../src/schemas/partial-date.ts';
import { compareDates } from '../../src/lib/decade.ts';
import { timelineRecords } from '../../src/lib/timeline/records.ts';
import { chartEntries } from '../../src/lib/timeline/chart-entries.ts';
import { layoutHorizontal } from '../../src/lib/timeline/horizontal-layout.ts';
import { layoutVertical } from '../../src/lib/timeline/vertical-layout.ts';
import { categoryLabels } from '../../src/lib/labels.ts';

const TOTAL = bench.milestones;
const CONTENT = '.bench/timeline/content';
// BENCH_DIST and BENCH_CACHE_DIR: the build and its content cache, so two variants can be built and measured in turn.
const DIST = bench.dist('dist-bench-timeline');
const CACHE = bench.cacheDir;
const PORT = bench.port(4590);

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: +q(0.5).toFixed(2), p95: +q(0.95).toFixed(2), max: +s.at(-1)!.toFixed(2) };
};

function layoutTime() {
  const dir = join(CONTENT, 'milestones');
  const milestones = readdirSync(dir).map((f) => {
    const [, front, body] = readFileSync(join(dir, f), 'utf8').split(/^---$/m);
    const data = parse(front);
    return { id: data.id, body, data: { ...data, date: parsePartialDate(String(data.date))!, articles: data.articles ?? [], parks: data.parks ?? [], official: !!data.official } };
  });
  milestones.sort((a, b) => compareDates(a.data.date, b.data.date) || a.id.localeCompare(b.id));
  const records = timelineRecords({ milestones, articleTitle: (x) => x, parkName: (x) => x, sourceName: (x) => x, href: (p) => `/${p}` });
  const runs: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    const entries = chartEntries(records);
    layoutHorizontal(entries, Object.keys(categoryLabels));
    layoutVertical(entries);
    runs.push(performance.now() - t);
  }
  return stats(runs.slice(3));
}

/** Gzipped size of the page's scripts: module entries, inline scripts and the chunks they import. */
function pageScriptBytes(html: string): number {
  const seen = new Set<string>();
  let total = 0;
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(DIST, file));
    total += gzipSync(code).length;
    for (const [, rel] of code.toString().matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) visit(join('_astro', rel.slice(2)));
  };
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)) visit(src);
  // Data blocks (the chart's JSON island, JSON-LD) are not code: islandBytes weighs them.
  for (const [, code] of html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)) {
    total += gzipSync(code).length;
    for (const [, rel] of code.matchAll(/["']\/(_astro\/[^"']+\.js)["']/g)) visit(rel);
  }
  return total;
}

/** Gzip bytes of the page's JSON islands: the input its script reads instead of parsing the SVG. */
const islandBytes = (html: string) =>
  [...html.matchAll(/<script[^>]*type="application\/json"[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, [, data]) => n + gzipSync(data).length, 0);

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: unknown }

/**
 * Frames that painted, from a Chromium trace (its long-animation-frame spans): each frame's wall time, from its
 * first task (the input it handled) to the end of paint, and its main-thread CPU time, which a busy machine
 * inflates far less.
 */
function framesFromTrace(events: TraceEvent[]) {
  // The page's renderer main thread: the one with the most animation frames.
  const count = new Map<string, number>();
  for (const e of events) if (e.name === 'AnimationFrame') count.set(`${e.pid}/${e.tid}`, (count.get(`${e.pid}/${e.tid}`) ?? 0) + 1);
  const main = [...count].sort((a, b) => b[1] - a[1])[0][0];
  const mine = events.filter((e) => `${e.pid}/${e.tid}` === main).sort((a, b) => a.ts - b.ts);
  const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X');
  const paints = mine.filter((e) => e.name === 'Paint' && e.ph === 'X');
  // A frame runs from its first task (LoAF's AnimationFrame begin: the input it handled) to the end of its paint.
  const starts = mine.filter((e) => e.name === 'AnimationFrame' && e.ph === 'b').map((e) => e.ts);
  const wall: number[] = [];
  const cpu: number[] = [];
  // Frames that handled the gesture's own input (a wheel step, a pointer move): the others only finish work
  // left from earlier frames (labels still to show, hit targets placed once the view stops).
  const inputs = mine.filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && /^(wheel|mousemove|pointermove)$/.test(String((e.args as { data?: { type?: string } })?.data?.type)));
  const input: number[] = [];
  starts.forEach((start, i) => {
    const next = starts[i + 1] ?? Infinity;
    const done = Math.max(...paints.filter((p) => p.ts >= start && p.ts < next).map((p) => p.ts + (p.dur ?? 0)));
    if (done === -Infinity) return;
    wall.push((done - start) / 1000);
    const frameCpu = tasks.filter((t) => t.ts >= start && t.ts < done).reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000;
    cpu.push(frameCpu);
    if (inputs.some((e) => e.ts >= start && e.ts < done)) input.push(frameCpu);
  });
  // Where a frame's main-thread time goes, on average: the renderer's own phases and our script.
  const phaseNames = { script: 'FireAnimationFrame', style: 'UpdateLayoutTree', layout: 'Layout', prePaint: 'PrePaint', paint: 'Paint', layerize: 'Layerize' };
  const phases = Object.fromEntries(
    Object.entries(phaseNames).map(([key, name]) => {
      const total = mine.filter((e) => e.name === name && e.ph === 'X').reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0);
      return [key, Number((total / 1000 / Math.max(1, cpu.length)).toFixed(2))];
    }),
  );
  return { wall: stats(wall), cpu: { ...stats(cpu), all: cpu }, input: input.length ? stats(input) : null, phases };
}

/**
 * Frame cost in three phases: wheel-zooming near the full view (all marks on screen), zooming in deep, panning deep;
 * and a fourth, reported apart: zooming near the full view a notch at a time.
 */
async function frameCost() {
  const server = await serveDist(DIST, PORT);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}timeline/`);
    await page.locator('zj-timeline[data-ready]').waitFor({ state: 'attached' });
    const box = (await page.getByTestId('timeline').boundingBox())!;
    const y = box.y + Math.min(300, box.height / 2);
    const traced = async (act: () => Promise<void>) => {
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] });
      await act();
      await page.waitForTimeout(300);
      return framesFromTrace((JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents);
    };
    const wheel = async (n: number, dy: number) => {
      for (let i = 0; i < n; i++) await page.mouse.wheel(0, dy);
    };
    const drag = async (from: number, to: number) => {
      await page.mouse.move(box.x + box.width * from, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * to, y, { steps: 40 });
      await page.mouse.up();
    };
    await page.mouse.move(box.x + box.width * 0.8, y);
    const near = await traced(async () => {
      for (let round = 0; round < 3; round++) await wheel(12, -60), await wheel(12, 60);
    });
    const deep = await traced(() => wheel(40, -60));
    const pan = await traced(async () => {
      await drag(0.8, 0.2);
      await drag(0.2, 0.9);
    });
    await wheel(40, 60);
    await page.waitForTimeout(300);
    // A label is shown unless its group (which the client moves) is hidden.
    const labels = await page.locator('[data-testid=timeline] g:not([display=none]) > text.label').count();
    // A mouse wheel turned notch by notch: each step ends its gesture (d3-zoom waits 150 ms), so the hit targets
    // and the labels held back are put in place after every step.
    const notch = await traced(async () => {
      for (const dy of [-60, 60]) for (let i = 0; i < 12; i++) await wheel(1, dy), await page.waitForTimeout(300);
    });
    return { near, deep, pan, notch, labels };
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (!bench.reuse) {
  const total = writeSyntheticContent(CONTENT, TOTAL);
  console.log(`${total} milestones (${total - readdirSync('content/milestones').length} synthetic) in ${CONTENT}`);
}
console.log('layout at build (ms, records → both layouts):', layoutTime());
if (!bench.reuse) {
  console.log(`building ${DIST} …`);
  const build = spawnSync('node_modules/.bin/astro', ['build'], {
    // Its own content cache: the synthetic collection must not meet another build's cache of content/.
    env: { ...process.env, ZJ_CONTENT_DIR: CONTENT, ZJ_OUT_DIR: DIST, ZJ_CACHE_DIR: CACHE, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('build failed');
}
const html = readFileSync(join(DIST, 'timeline/index.html'));
console.log(`timeline page: HTML ${(html.length / 1024).toFixed(0)} KB (${(gzipSync(html).length / 1024).toFixed(0)} KB gzip), JavaScript ${(pageScriptBytes(html.toString()) / 1024).toFixed(1)} KB gzip, JSON island ${(islandBytes(html.toString()) / 1024).toFixed(1)} KB gzip`);
const frames = await frameCost();
const [load] = (await import('node:os')).loadavg();
for (const [phase, what] of [['near', 'zooming ×1–×3, every mark on screen'], ['deep', 'zooming in to ×30'], ['pan', 'dragging at ×30']] as const) {
  const { all: _, ...cpu } = frames[phase].cpu;
  console.log(`${what}: frame CPU ms`, cpu, '| wall ms', frames[phase].wall);
  console.log('  frames that handled input, CPU ms:', frames[phase].input);
  console.log('  mean ms per frame, by phase:', frames[phase].phases);
}
const all = (['near', 'deep', 'pan'] as const).flatMap((p) => frames[p].cpu.all);
console.log(`all frames: CPU median ${stats(all).median} ms, p95 ${stats(all).p95} ms (target p95 ≤ 16 ms); load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs`);
{
  const { all: _, ...cpu } = frames.notch.cpu;
  console.log('not in the figures above — zooming ×1–×3 notch by notch, a wheel step every 300 ms: frame CPU ms', cpu);
  console.log('  frames that handled input, CPU ms:', frames.notch.input);
}
console.log(`${frames.labels} labels shown after zooming back out`);
