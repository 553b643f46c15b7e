// What a reader sees of a few parts of the page, read in one round trip, so that every check asks the same question
// of every engine and the conditions themselves stay in Node.
import { until, type Driver } from './driver.ts';

/** The elements one CSS selector matches: how many, how many a reader can see, and their text. */
export interface Found {
  count: number;
  shown: number;
  /** How many of those shown are at least partly inside the window. */
  inView: number;
  /** Whitespace-collapsed text of each match, at most 60. */
  texts: string[];
}

/** A reading of the page: its address, the element that has the focus, its paper colour, and each selector's matches. */
export type Seen<K extends string> = { url: string; focus: string; paper: string } & Record<K, Found>;

/** Runs in the page: must not refer to anything outside itself. */
function read(selectors: Record<string, string>) {
  const shown = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      if (e.getAttribute('display') === 'none' || getComputedStyle(e).display === 'none') return false;
    }
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const inView = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  };
  const active = document.activeElement;
  const seen: Record<string, unknown> = {
    url: location.href,
    focus: active ? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}` : '',
    paper: getComputedStyle(document.documentElement).backgroundColor,
  };
  for (const [key, selector] of Object.entries(selectors)) {
    const els = [...document.querySelectorAll(selector)];
    const visible = els.filter(shown);
    seen[key] = {
      count: els.length,
      shown: visible.length,
      inView: visible.filter(inView).length,
      texts: els.slice(0, 60).map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()),
    };
  }
  return seen;
}

/** Reads the page once. */
export const look = <K extends string>(driver: Driver, selectors: Record<K, string>) =>
  driver.evaluate(read, selectors) as Promise<Seen<K>>;

/** Reads the page until `holds` accepts the reading, and returns it. */
export const lookUntil = <K extends string>(driver: Driver, what: string, selectors: Record<K, string>, holds: (seen: Seen<K>) => boolean) =>
  until(what, () => look(driver, selectors), holds);
