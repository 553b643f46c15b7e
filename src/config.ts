import { availableParallelism, totalmem } from 'node:os';
import { defaultShardPages } from './lib/search/shards.ts';

/** The build's settings, each from one `ZJ_*` environment variable (README, "Environment variables"). */
export interface Config {
  /** ZJ_SITE: the absolute origin in canonical URLs, the feed, the sitemap and citations. */
  site: string;
  /** Whether ZJ_SITE was unset, so `site` is the placeholder origin. */
  placeholderSite: boolean;
  /** ZJ_BASE: the path the site is served under, e.g. `/zhangjiang/`. */
  base: string;
  /** ZJ_OUT_DIR: the folder the site is built into, and which the search index reads. */
  outDir: string;
  /** ZJ_CACHE_DIR: Astro's content cache; benchmarks building other content give it a folder of its own. */
  cacheDir: string;
  /** ZJ_CONTENT_DIR: the content folder (the bad-content tests and benchmarks point it at fixtures). */
  contentDir: string;
  /** ZJ_SEARCH_SHARD_PAGES: past this many pages the search index is split into shards of at most this many. */
  searchShardPages: number;
  /** ZJ_SEARCH_JOBS: how many shards are indexed at once. */
  searchJobs: number;
}

/** The origin a build without ZJ_SITE names. */
export const placeholderOrigin = 'https://zhangjiang.example.org';

type Env = Record<string, string | undefined>;

/** An error that names the variable, its value and what it should be. */
const invalid = (name: string, value: string, want: string) =>
  new Error(`环境变量 ${name}=“${value}” 无效 (invalid): ${want}`);

function wholeNumber(env: Env, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw invalid(name, value, 'a whole number above 0 / 应为正整数');
  return n;
}

function origin(env: Env): string {
  const value = env.ZJ_SITE;
  if (!value) return placeholderOrigin;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {}
  if (!url || !/^https?:$/.test(url.protocol)) throw invalid('ZJ_SITE', value, 'an http(s) origin such as https://example.org / 应为 http(s) 网址');
  return value;
}

function basePath(env: Env): string {
  const value = env.ZJ_BASE;
  if (!value) return '/';
  if (!value.startsWith('/') || /[\s?#\\]|\/\.\.?(\/|$)/.test(value)) {
    throw invalid('ZJ_BASE', value, 'a path starting with “/”, such as /zhangjiang/ / 应为以 “/” 开头的路径');
  }
  return value;
}

/** Pagefind's indexer keeps to about one core and, for a full shard, about 1 GB: one shard per core, within memory. */
const defaultSearchJobs = () => Math.max(1, Math.min(availableParallelism(), Math.floor(totalmem() / 2 ** 30 / 1.5)));

/** Reads and checks the build's settings from `env`; throws an error naming the variable on a bad value. */
export function readConfig(env: Env): Config {
  return {
    site: origin(env),
    placeholderSite: !env.ZJ_SITE,
    base: basePath(env),
    outDir: env.ZJ_OUT_DIR || 'dist',
    cacheDir: env.ZJ_CACHE_DIR || './node_modules/.astro',
    contentDir: env.ZJ_CONTENT_DIR || 'content',
    searchShardPages: wholeNumber(env, 'ZJ_SEARCH_SHARD_PAGES', defaultShardPages),
    searchJobs: wholeNumber(env, 'ZJ_SEARCH_JOBS', defaultSearchJobs()),
  };
}

/** The one-line warning for a build that names the placeholder origin, or undefined when ZJ_SITE is set. */
export const placeholderSiteWarning = (c: Config): string | undefined =>
  c.placeholderSite
    ? `ZJ_SITE is not set: canonical URLs, the feed, the sitemap and citations will name the placeholder origin ${new URL(c.site).host} (set ZJ_SITE=https://your.host).`
    : undefined;

/** This process's settings. */
export const config = readConfig(process.env);
