// The search on the page's main thread, for a browser where the search worker cannot start (see search-remote.ts):
// the same engine and the same result views, only without a worker between them and the page.
import { loadEngine } from './engine.ts';
import { resultView } from '../../lib/search/result-view.ts';
import type { PagefindResult } from '../../lib/search/pagefind-types.ts';
import type { RemoteEngine, SearchResult } from './types.ts';

export async function localEngine(bundle: string, toSimplified: (text: string) => Promise<string>): Promise<RemoteEngine> {
  const engine = await loadEngine(bundle, document.documentElement.lang || 'zh-CN', toSimplified);
  const shown = ({ id, score, data }: PagefindResult): SearchResult => ({ id, score, view: async (needles) => resultView(await data(), needles) });
  return {
    search: async (query) => {
      const outcome = await engine.search(query);
      return { ...outcome, results: outcome.results.map(shown) };
    },
    preload: (query) => engine.preload(query),
    all: async () => (await engine.all()).map(shown),
    facets: () => engine.facets(),
  };
}
