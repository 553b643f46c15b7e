// The page's end of the search worker (search-worker.ts): the same Engine as search-engine.ts, with every call posted to
// the worker, so that Pagefind's WebAssembly, the index and the search itself never block the main thread.
import type { Outcome } from './engine.ts';
import type { FacetIndex } from '../../lib/search/facets.ts';
import type { ResultView } from '../../lib/search/result-view.ts';
import type { FromPage, FromWorker, RemoteEngine, Request, ResultRef, SearchResult } from './types.ts';
import { toSimplified } from './to-simplified.ts';

/**
 * The search for the bundle folder (e.g. /zhangjiang/pagefind/), in its worker; where no worker starts (a browser
 * without module workers, a host whose Content-Security-Policy header forbids them) it runs on the page instead
 * (search-local.ts, fetched only then). Resolves once Pagefind has loaded.
 */
export async function connectEngine(bundle: string): Promise<RemoteEngine> {
  try {
    return await startWorker(bundle);
  } catch (error) {
    const { localEngine } = await import('./local.ts');
    return localEngine(bundle, toSimplified).catch(() => Promise.reject(error));
  }
}

async function startWorker(bundle: string): Promise<RemoteEngine> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'search' });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 0;
  const fail = (error: Error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
    if ('ask' in data) {
      void toSimplified(data.convert).then(
        (text) => worker.postMessage({ answer: data.ask, text } satisfies FromPage),
        (error: unknown) => worker.postMessage({ answer: data.ask, error: String(error) } satisfies FromPage),
      );
      return;
    }
    const call = waiting.get(data.id);
    waiting.delete(data.id);
    if ('error' in data) call?.reject(new Error(data.error));
    else call?.resolve(data.value);
  });
  worker.addEventListener('error', (e) => fail(new Error(`search worker: ${e.message || 'failed to start'}`)));
  worker.addEventListener('messageerror', () => fail(new Error('search worker: a message could not be read')));

  const call = <T>(request: Request): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id } satisfies FromPage);
    });
  // A view asked for twice (a result shown, then shown again after a filter) is worked out once.
  const views = new Map<string, Promise<ResultView>>();
  const result = ({ id, score }: ResultRef): SearchResult => ({
    id,
    score,
    view: (needles) => {
      const key = `${id}\n${needles.join('\n')}`;
      let view = views.get(key);
      if (!view) {
        view = call<ResultView>({ op: 'view', page: id, needles });
        views.set(key, view);
        view.catch(() => views.delete(key));
      }
      return view;
    },
  });

  await call({ op: 'init', bundle, lang: document.documentElement.lang || 'zh-CN' }).catch((error: unknown) => {
    worker.terminate();
    throw error;
  });
  let facets: Promise<FacetIndex> | undefined;
  return {
    async search(query) {
      const outcome = await call<Omit<Outcome, 'results'> & { results: ResultRef[] }>({ op: 'search', query });
      return { ...outcome, results: outcome.results.map(result) };
    },
    preload(query) {
      void call({ op: 'preload', query }).catch(() => undefined);
    },
    async all() {
      return (await call<ResultRef[]>({ op: 'all' })).map(result);
    },
    facets: () => (facets ??= call<FacetIndex>({ op: 'facets' })),
  };
}
