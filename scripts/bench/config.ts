// The benchmarks' settings, each from one `BENCH_*` environment variable (README, "Environment variables").
import { config } from '../../src/config.ts';

type Env = Record<string, string | undefined>;

const invalid = (name: string, value: string, want: string) => new Error(`环境变量 ${name}=“${value}” 无效 (invalid): ${want}`);

/** Reads and checks the `BENCH_*` variables of `env`; throws an error naming the variable on a bad value. */
export function readBenchConfig(env: Env, outDir = 'dist') {
  const count = (name: string, fallback: number): number => {
    const value = env[name];
    if (!value) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw invalid(name, value, 'a whole number above 0 / 应为正整数');
    return n;
  };
  const flag = (name: string): boolean => {
    const value = env[name];
    if (!value || value === '0' || value === 'false') return false;
    if (value === '1' || value === 'true') return true;
    throw invalid(name, value, '1 or 0 / 应为 1 或 0');
  };
  const list = (name: string, fallback: string): string[] => (env[name] || fallback).split(',');
  return {
    /** BENCH_REUSE=1: measure the last build instead of building first (bench, bench:timeline). */
    reuse: flag('BENCH_REUSE'),
    /** BENCH_REBUILD=1: build even if the build already has a search index (bench:search). */
    rebuild: flag('BENCH_REBUILD'),
    /** BENCH_SKIP_SCALING=1: leave out the slow build-scaling part (bench). */
    skipScaling: flag('BENCH_SKIP_SCALING'),
    /** BENCH_LH_RUNS: Lighthouse runs per page, medians printed (bench). */
    lighthouseRuns: count('BENCH_LH_RUNS', 3),
    /** BENCH_SCALES: the corpus sizes of the build-scaling part, `real` being content/ as it is (bench). */
    scales: list('BENCH_SCALES', 'real,10000'),
    /** BENCH_MILESTONES: how many milestones the synthetic timeline has (bench:timeline). */
    milestones: count('BENCH_MILESTONES', 1000),
    /** BENCH_FACTORS: the synthetic corpus sizes, as multiples of the build (bench:search). */
    factors: list('BENCH_FACTORS', '1,10,100').map((f) => {
      if (!(Number(f) > 0)) throw invalid('BENCH_FACTORS', env.BENCH_FACTORS ?? '', 'numbers above 0, comma-separated / 应为逗号分隔的正数');
      return Number(f);
    }),
    /** BENCH_PATHS: the pages Lighthouse opens, comma-separated (bench-search-lighthouse). */
    paths: list('BENCH_PATHS', 'search/?q=集成电路'),
    /** BENCH_CACHE_DIR: the content cache of the synthetic timeline build (bench:timeline). */
    cacheDir: env.BENCH_CACHE_DIR || 'node_modules/.astro-bench-timeline',
    /** BENCH_DIST: the build measured, by default ZJ_OUT_DIR; several, comma-separated, for bench-search-lighthouse. */
    dist: (fallback = outDir) => env.BENCH_DIST || fallback,
    /** BENCH_PORT: the (first) port the build is served on; each benchmark has its own default. */
    port: (fallback: number) => count('BENCH_PORT', fallback),
    /** BENCH_RUNS: measured runs per case; each benchmark has its own default. */
    runs: (fallback: number) => count('BENCH_RUNS', fallback),
  };
}

/** This process's benchmark settings. */
export const bench = readBenchConfig(process.env, config.outDir);
