// The search itself: Pagefind (imported on first use from the site's bundle folder), the facet index, and the retry in
// Simplified of a query in Traditional Chinese. It runs in the search worker (search-worker.ts), off the page's
// main thread; the page talks to it through search-remote.ts (or runs it itself, search-local.ts, where no worker starts).
import { findPages } from '../../lib/search/find-pages.ts';
import { traditionalIn } from '../../lib/search/traditional.ts';
import { parseQuery, normalizeQuery, type QueryTerm } from '../../lib/search/query.ts';
import { oneAtATime } from '../../lib/search/one-at-a-time.ts';
import { facets, pageTypes, type FacetIndex } from '../../lib/search/facets.ts';
import { hanCharacter } from '../../lib/search/han.ts';
import { shardManifest, shardUrls } from '../../lib/search/shards.ts';
import type { PagefindApi, PagefindResult } from '../../lib/search/pagefind-types.ts';

/** What a query found. */
export interface Outcome {
  terms: QueryTerm[];
  results: PagefindResult[];
  partial: boolean;
  /** The Simplified form searched instead of a Traditional query. */
  converted?: { from: string; to: string };
}

const typeOrder: string[] = Object.values(pageTypes);
const byFacetOrder = (a: string, b: string) => typeOrder.indexOf(a) - typeOrder.indexOf(b) || a.localeCompare(b);

interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(bundle: string, options?: Record<string, unknown>): Promise<void>;
}

/** What the search page asks of the search, wherever it runs. */
export interface Engine {
  /** Searches the query; a query that finds nothing and holds Traditional characters is retried in Simplified. */
  search(query: string): Promise<Outcome>;
  /** Starts fetching the index chunks for what has been typed so far, while the typing pause runs. */
  preload(query: string): void;
  /** Every page, in index order (for browsing by filter alone). */
  all(): Promise<PagefindResult[]>;
  /** Page ids for every filter value, built once from Pagefind's filter index. */
  facets(): Promise<FacetIndex>;
}

/**
 * Loads Pagefind from the site's bundle folder (e.g. /zhangjiang/pagefind/) and returns the search functions. `lang` is
 * the page's language (zh-CN): Pagefind reads it from the document, which a worker lacks. `toSimplified` converts a
 * Traditional query with OpenCC: the page does that (search-remote.ts), because a worker script is bundled as one file
 * and OpenCC's table would make every first search fetch it.
 */
export async function loadEngine(bundle: string, lang: string, toSimplified: (text: string) => Promise<string>): Promise<Engine> {
  const module: PagefindModule = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
  // In our worker Pagefind must not start one of its own; on the page (search-local.ts) the index is small enough to
  // search without one, which saves fetching Pagefind's worker script.
  await module.options({ basePath: bundle, noWorker: true });
  // Pagefind picks its index and its word segmentation by the language of <html>, which it reads when it starts: in a
  // worker there is no document, so a stand-in answers for that moment.
  const scope = globalThis as { document?: unknown };
  const stub = scope.document === undefined;
  if (stub) scope.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  // The list of the index's other shards (src/lib/search/shards.ts), fetched while Pagefind starts.
  const manifest = fetch(`${bundle}${shardManifest}`).then((r) => (r.ok ? r.json() : null), () => null);
  // Fetch the WebAssembly and the index metadata now, not with the first query.
  const started = module.init();
  if (stub) delete scope.document;
  // Searches wait for every shard: one searched before its shard is merged would miss that shard's pages.
  const merged = started.then(async () => {
    for (const shard of shardUrls(bundle, await manifest)) await module.mergeIndex(shard, { language: lang });
  });
  void merged.catch(() => undefined);
  const pagefind = oneAtATime(module, merged);
  let facetIndex: Promise<FacetIndex> | undefined;
  let traditional: Promise<string> | undefined;

  async function run(query: string): Promise<Outcome> {
    const terms = parseQuery(query);
    return { terms, ...(await findPages(pagefind, terms)) };
  }

  return {
    async search(query: string): Promise<Outcome> {
      const outcome = await run(query);
      if (outcome.results.length || !hanCharacter.test(query)) return outcome;
      // The Traditional forms of the site's characters, written by the indexer: a short list, fetched only now.
      traditional ??= fetch(`${bundle}traditional.txt`).then((r) => (r.ok ? r.text() : ''), () => '');
      if (!traditionalIn(query, await traditional).length) return outcome;
      const from = normalizeQuery(query);
      const to = await toSimplified(from);
      return to === from ? outcome : { ...(await run(to)), converted: { from, to } };
    },
    preload(query: string): void {
      const words = parseQuery(query).flatMap((t) => t.groups.flat());
      if (words.length) void pagefind.preload?.(words.join(' ')).catch(() => undefined);
    },
    async all(): Promise<PagefindResult[]> {
      return (await pagefind.search(null))?.results ?? [];
    },
    facets(): Promise<FacetIndex> {
      facetIndex ??= (async () => {
        const values = await pagefind.filters();
        const index: FacetIndex = new Map();
        for (const { key } of facets) {
          const sets = new Map<string, Set<string>>();
          for (const value of Object.keys(values[key] ?? {}).sort(byFacetOrder)) {
            const found = await pagefind.search(null, { filters: { [key]: [value] } });
            sets.set(value, new Set(found?.results.map((r) => r.id)));
          }
          index.set(key, sets);
        }
        return index;
      })();
      return facetIndex;
    },
  };
}
