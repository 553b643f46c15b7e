import type { ChartEntry } from './chart-entries.ts';
import type { HorizontalLayout, TimelineMark } from './horizontal-layout.ts';
import type { VerticalMark } from './vertical-layout.ts';

/** A milestone as the client lays it out again: what both charts' layouts take, and the texts its label may show. */
export interface ClientMark extends TimelineMark, VerticalMark {
  /** The label's variants, preferred first, one per entry of `labelWidths`. */
  labelTexts: string[];
}

/**
 * The horizontal chart where the build put it: the client zooms this as it is, and lays it out anew only for another
 * width or another filter. The lanes' categories, in display order, are those of `rowCounts`.
 */
export type PlacedChart = Pick<HorizontalLayout, 'width' | 'height' | 'plot' | 'rowCounts' | 'extents' | 'rows' | 'y'>;

/**
 * Everything the timeline's script needs to lay the charts out, as the build printed them: one JSON island in the
 * component, so that the script reads no number or date back out of the SVG.
 */
export interface TimelineClientInput {
  /** Every milestone in time order: the order of the marks in both charts and of the list. */
  marks: ClientMark[];
  horizontal: PlacedChart;
}

/** The texts a mark's label may show: the title, then the shortened label when it differs. */
export const labelTexts = (entry: Pick<ChartEntry, 'title' | 'label'>): string[] =>
  entry.label === entry.title ? [entry.title] : [entry.title, entry.label];

/** The client's input from the entries and the horizontal layout that the components print. */
export function timelineClientInput(entries: readonly ChartEntry[], layout: HorizontalLayout): TimelineClientInput {
  const { width, height, plot, rowCounts, extents, rows, y } = layout;
  return {
    marks: entries.map((e) => ({
      id: e.id,
      category: e.category,
      t0: e.t0,
      t1: e.t1,
      precision: e.precision,
      labelWidths: e.labelWidths,
      priority: e.priority,
      lines: e.lines,
      labelTexts: labelTexts(e),
    })),
    horizontal: { width, height, plot, rowCounts, extents, rows, y },
  };
}
