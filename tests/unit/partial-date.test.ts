import { describe, it, expect } from 'vitest';
import { parsePartialDate, partialDate } from '../../src/schemas/partial-date.ts';
import { compareDates, DECADE, FIRST_YEAR, formatPartialDate, LAST_YEAR } from '../../src/lib/decade.ts';

describe('parsePartialDate', () => {
  it('reads the precision from the format', () => {
    expect(parsePartialDate('2016')).toMatchObject({ year: 2016, precision: 'year' });
    expect(parsePartialDate('2016-02')).toMatchObject({ year: 2016, month: 2, precision: 'month' });
    expect(parsePartialDate('2016-02-29')).toMatchObject({ day: 29, precision: 'day' });
  });
  it('rejects dates that do not exist and other formats', () => {
    for (const bad of ['2015-02-29', '2016-13', '2016-00', '16-02', '2016/02', '二〇一六', '']) expect(parsePartialDate(bad)).toBeNull();
  });
  it('accepts an unquoted YAML date as day precision', () => {
    expect(partialDate.parse(new Date('2020-05-01'))).toMatchObject({ iso: '2020-05-01', precision: 'day' });
  });
  it('gives a readable error for a bad date', () => {
    const r = partialDate.safeParse('2020-5');
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toContain('YYYY-MM');
  });
});

describe('dates for readers', () => {
  it('formats at the date’s own precision', () => {
    expect(formatPartialDate(parsePartialDate('2011')!)).toBe('2011年');
    expect(formatPartialDate(parsePartialDate('2011-03')!)).toBe('2011年3月');
    expect(formatPartialDate(parsePartialDate('2011-03-05')!)).toBe('2011年3月5日');
  });
  it('sorts month-only before that month’s days and year-only after the year’s months', () => {
    const dates = ['2016', '2016-02-29', '2016-02', '2015-12-31', '2016-12'].map((d) => parsePartialDate(d)!);
    expect(dates.sort(compareDates).map((d) => d.iso)).toEqual(['2015-12-31', '2016-02', '2016-02-29', '2016-12', '2016']);
  });
  it('covers 2011 to 2020, the time domain from the first instant of 2011 to the first after 2020', () => {
    expect([FIRST_YEAR, LAST_YEAR]).toEqual([2011, 2020]);
    expect(DECADE.map((t) => new Date(t).toISOString())).toEqual(['2011-01-01T00:00:00.000Z', '2021-01-01T00:00:00.000Z']);
  });
});
