import { dateSpan } from './date-span.ts';
import { horizontal, type TimelineMark } from './horizontal-layout.ts';
import { vertical, type VerticalMark } from './vertical-layout.ts';
import { textWidth, truncate } from '../text-width.ts';
import { wrapText } from './wrap-text.ts';
import type { TimelineRecord } from './records.ts';

/** A milestone as both chart layouts take it. */
export interface ChartEntry extends TimelineMark, VerticalMark {
  title: string;
  /** The title shortened for the horizontal chart's label when room is short (equal to the title if short). */
  label: string;
  /** The title broken into lines for the vertical chart. */
  lines: number;
  titleLines: string[];
}

/** Where room is short, labels longer than this many characters are shortened (the full title is in the tooltip). */
export const maxLabelChars = 14;
const precisionRank = { day: 0, month: 1, year: 2 };

/** Label priority: the official chronology first, then the more precise dates. */
export const labelPriority = (official: boolean, precision: keyof typeof precisionRank) =>
  (official ? 0 : 3) + precisionRank[precision];

/** Turns records into chart entries: time span, label and its width, wrapped title, priority. */
export function chartEntries(records: readonly TimelineRecord[]): ChartEntry[] {
  const titleWidth = vertical.designWidth - vertical.labelX - 4;
  return records.map((r) => {
    const label = truncate(r.title, maxLabelChars);
    const titleLines = wrapText(r.title, titleWidth, vertical.titleFont);
    return {
      id: r.id,
      title: r.title,
      category: r.category,
      ...dateSpan(r.date),
      label,
      labelWidths: [...new Set([r.title, label])].map((t) => textWidth(t, horizontal.labelFont)),
      priority: labelPriority(r.official, r.precision),
      titleLines,
      lines: titleLines.length,
    };
  });
}
