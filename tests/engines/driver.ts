// The few things the cross-engine smoke checks do to a browser, whatever drives it.

/** Keys the checks press, by their DOM `key` name. */
export type Key = 'Enter' | 'Escape' | '/';

/** A function run in the page: it must not close over anything, its arguments travel as JSON. */
export type PageFunction<A extends unknown[], R> = (...args: A) => R | Promise<R>;

/** One browser window on the built site. */
export interface Driver {
  /** The engine's name and version, as the report prints it. */
  readonly name: string;
  /** Loads a path relative to the site's root (“search/?q=…”) and waits for the load event. */
  goto(path: string): Promise<void>;
  /** Reloads the page and waits for the load event. */
  reload(): Promise<void>;
  /** The address now shown. */
  url(): Promise<string>;
  /** Clicks the centre of the first element matching a CSS selector, as a pointer would. */
  click(selector: string): Promise<void>;
  /** Focuses the first element matching a CSS selector and types text into it key by key. */
  type(selector: string, text: string): Promise<void>;
  /** Presses and releases a key on whatever has the focus. */
  press(key: Key): Promise<void>;
  /** Runs a function in the page and returns its (JSON) result. */
  evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R>;
  /** Ends the session and the browser. */
  close(): Promise<void>;
}

/** Thrown when a page never reached the state a check waits for. */
export class WaitTimeout extends Error {}

/** How long a check waits for one state: Pagefind's first search on a busy 2-core machine takes a few seconds. */
export const WAIT_MS = 20_000;

/**
 * Reads the page with `probe` until `holds` accepts what it read, and returns that; if time runs out, the error quotes
 * the last reading. A failed reading (a page between two documents) counts as “not yet”.
 */
export async function until<T>(what: string, probe: () => Promise<T>, holds: (seen: T) => boolean, ms = WAIT_MS): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown = 'nothing yet';
  for (;;) {
    try {
      const seen = await probe();
      if (holds(seen)) return seen;
      last = seen;
    } catch (error) {
      last = `error: ${(error as Error).message.split('\n')[0]}`;
    }
    if (Date.now() > deadline) throw new WaitTimeout(`${what}: not so after ${ms / 1000} s; last seen ${JSON.stringify(last).slice(0, 600)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Runs in the page: resolves once the element has kept its place on screen for three frames (at most 3 s), so that a
 * click lands where the element is, not where a smooth scroll or a transition was taking it; false if there is none.
 */
export function settled(selector: string): Promise<boolean> {
  return new Promise((resolve) => {
    const el = document.querySelector(selector);
    if (!el) return resolve(false);
    const start = performance.now();
    let last = '';
    let same = 0;
    const frame = () => {
      const r = el.getBoundingClientRect();
      const now = `${r.x} ${r.y} ${r.width} ${r.height} ${scrollX} ${scrollY}`;
      same = now === last ? same + 1 : 0;
      last = now;
      if (same >= 3 || performance.now() - start > 3000) resolve(true);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
