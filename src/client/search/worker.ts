// The search worker: Pagefind's WebAssembly, the index, our search engine (search-engine.ts) and the fragments it reads
// all run here, off the page's main thread, which only draws what comes back (search-remote.ts is the other end).
// A same-origin script, so the site's Content-Security-Policy (worker-src 'self') lets the page start it.
import { loadEngine, type Engine } from './engine.ts';
import { resultView, type ResultView } from '../../lib/search/result-view.ts';
import type { PagefindResult } from '../../lib/search/pagefind-types.ts';
import type { FromPage, FromWorker, Request, ResultRef } from './types.ts';

const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((e: MessageEvent<FromPage>) => void) | null };
let engine: Promise<Engine> | undefined;
// Traditional queries sent to the page for OpenCC, by the number of the question.
const asked = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
let questions = 0;
const toSimplified = (text: string) =>
  new Promise<string>((resolve, reject) => {
    const ask = questions++;
    asked.set(ask, { resolve, reject });
    scope.postMessage({ ask, convert: text });
  });
// Every result handed to the page so far, by id, so that the page can ask for its fragment later.
const seen = new Map<string, PagefindResult>();

const refs = (results: PagefindResult[]): ResultRef[] =>
  results.map((r) => {
    seen.set(r.id, r);
    return { id: r.id, score: r.score };
  });

/** What a result shows, with the query's matches marked: the page only builds its elements. */
async function view(id: string, needles: string[]): Promise<ResultView> {
  const result = seen.get(id);
  if (!result) throw new Error(`unknown result ${id}`);
  return resultView(await result.data(), needles);
}

async function answer(request: Request): Promise<unknown> {
  if (request.op === 'init') {
    engine = loadEngine(request.bundle, request.lang, toSimplified);
    await engine;
    return null;
  }
  if (!engine) throw new Error('the search worker was not started');
  const e = await engine;
  switch (request.op) {
    case 'search': {
      const outcome = await e.search(request.query);
      return { ...outcome, results: refs(outcome.results) };
    }
    case 'all':
      return refs(await e.all());
    case 'facets':
      return e.facets();
    case 'view':
      return view(request.page, request.needles);
    case 'preload':
      e.preload(request.query);
      return null;
  }
}

scope.onmessage = ({ data }) => {
  if ('answer' in data) {
    const question = asked.get(data.answer);
    asked.delete(data.answer);
    if ('error' in data) question?.reject(new Error(data.error));
    else question?.resolve(data.text);
    return;
  }
  // Started at once and in order: `init` sets the engine before any later message is looked at.
  answer(data).then(
    (value) => scope.postMessage({ id: data.id, value }),
    (error: unknown) => scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) }),
  );
};
