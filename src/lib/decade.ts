// The decade the site covers, and how its dates, known to the year, month or day, are written and ordered.
import type { PartialDate } from '../schemas/partial-date.ts';

/** The first year the site covers. */
export const FIRST_YEAR = 2011;
/** The last year the site covers. */
export const LAST_YEAR = 2020;
/** The covered years as a time domain: the start of the first year to the end of the last, as UTC milliseconds. */
export const DECADE: readonly [number, number] = [Date.UTC(FIRST_YEAR, 0, 1), Date.UTC(LAST_YEAR + 1, 0, 1)];

/** Chinese date text at the date's own precision: 2016年、2016年2月、2016年2月29日. */
export function formatPartialDate(d: PartialDate): string {
  if (d.day !== undefined) return `${d.year}年${d.month}月${d.day}日`;
  if (d.month !== undefined) return `${d.year}年${d.month}月`;
  return `${d.year}年`;
}

/** The precision in words, for readers: 精确到日 / 月 / 年. */
export const precisionLabel = { day: '精确到日', month: '精确到月', year: '精确到年' } as const;

/** Sort key: within a year, month-only dates come before the days of that month, year-only dates after every month. */
export function dateSortKey(d: PartialDate): number {
  return d.year * 10000 + (d.month ?? 13) * 100 + (d.day ?? 0);
}

/** Compares two partial dates for sorting in time order. */
export const compareDates = (a: PartialDate, b: PartialDate) => dateSortKey(a) - dateSortKey(b);
