/** A horizontal extent in pixels. */
export interface Interval {
  start: number;
  end: number;
}

/**
 * Gives each interval the lowest row in which it overlaps nothing, keeping at least `gap` between neighbours.
 * Intervals are taken in start order, so the number of rows equals the deepest overlap.
 */
export function packRows(intervals: readonly Interval[], gap = 0): number[] {
  const order = intervals.map((_, i) => i).sort((a, b) => intervals[a].start - intervals[b].start || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(intervals.length);
  for (const i of order) {
    const { start, end } = intervals[i];
    let row = rowEnds.findIndex((e) => e + gap <= start);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = end;
    rows[i] = row;
  }
  return rows;
}
