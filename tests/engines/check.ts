// What every smoke check is, and the few assertions they share.
import type { Driver } from './driver.ts';
import type { Found } from './look.ts';

/** One smoke check: a name for the report and what it does. */
export interface Check {
  name: string;
  run(driver: Driver): Promise<void>;
}

/** Fails with `message` unless `ok`. */
export function expect(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

/** Whether any of the matches holds `text`. */
export const has = (found: Found, text: string) => found.texts.some((t) => t.includes(text));

/** The text of the first match, or ''. */
export const first = (found: Found) => found.texts[0] ?? '';

/** A query as it goes in an address. */
export const q = (text: string) => encodeURIComponent(text);
