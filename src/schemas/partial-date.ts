import { z } from 'astro/zod';

/** How precisely a date is known. */
export const precisions = ['year', 'month', 'day'] as const;
export type Precision = (typeof precisions)[number];

/** A calendar date known to the year, month or day. */
export interface PartialDate {
  /** The date as written: YYYY, YYYY-MM or YYYY-MM-DD. */
  iso: string;
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "2016", "2016-02" or "2016-02-29"; returns null if the text is not such a date. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = pattern.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined) {
    const probe = new Date(Date.UTC(year, month! - 1, day));
    if (probe.getUTCMonth() !== month! - 1) return null;
  }
  const precision: Precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return { iso: text, year, month, day, precision };
}

/** YAML turns an unquoted 2016-02-29 into a Date: accept it as a day-precise date. */
const asText = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value;

/** Zod schema for a partial date written as YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z.preprocess(
  asText,
  z.string().transform((text, ctx) => {
    const parsed = parsePartialDate(text);
    if (!parsed) {
      ctx.issues.push({
        code: 'custom',
        input: text,
        message: `「${text}」不是有效日期：请写成 YYYY、YYYY-MM 或 YYYY-MM-DD`,
      });
      return z.NEVER;
    }
    return parsed;
  }),
);
