import type { PagefindApi } from './pagefind-types.ts';

/**
 * Wraps Pagefind so that its calls run one after another, and only once `ready` has settled (they fail if it failed).
 * Its WebAssembly index is handed from call to call by pointer, and two searches in flight at once can use a pointer
 * the other has already freed.
 */
export function oneAtATime(pagefind: PagefindApi, ready: Promise<unknown> = Promise.resolve()): PagefindApi {
  let last: Promise<unknown> = Promise.resolve();
  const queue = <T>(call: () => Promise<T>): Promise<T> => {
    const gated = () => ready.then(call);
    const next = last.then(gated, gated);
    last = next.catch(() => undefined);
    return next;
  };
  return {
    search: (term, options) => queue(() => pagefind.search(term, options)),
    filters: () => queue(() => pagefind.filters()),
    preload: (term) => queue(async () => pagefind.preload?.(term)),
  };
}
