import type { Precision } from '../../schemas/partial-date.ts';

/** A milestone's place in time: the interval its date covers at its own precision. */
export interface TimeSpan {
  /** First instant, UTC milliseconds. */
  t0: number;
  /** First instant after the span. */
  t1: number;
  precision: Precision;
}

/** The span of a date written YYYY, YYYY-MM or YYYY-MM-DD: a whole year, a whole month or a whole day. */
export function dateSpan(iso: string): TimeSpan {
  const [y, m, d] = iso.split('-').map(Number);
  if (d) return { t0: Date.UTC(y, m - 1, d), t1: Date.UTC(y, m - 1, d + 1), precision: 'day' };
  if (m) return { t0: Date.UTC(y, m - 1, 1), t1: Date.UTC(y, m, 1), precision: 'month' };
  return { t0: Date.UTC(y, 0, 1), t1: Date.UTC(y + 1, 0, 1), precision: 'year' };
}
