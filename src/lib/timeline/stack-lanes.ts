/** One category's horizontal band. */
export interface LaneBand {
  category: string;
  /** Top edge of the band. */
  top: number;
  height: number;
  rows: number;
}

export interface LaneOptions {
  /** Where the first lane starts. */
  top: number;
  rowPitch: number;
  /** Space above the first row and below the last, inside the band. */
  pad: number;
}

/** Stacks the visible lanes one under another; returns the bands and where the last one ends. */
export function stackLanes(
  lanes: readonly { category: string; rows: number }[],
  visible: (category: string) => boolean,
  { top, rowPitch, pad }: LaneOptions,
): { bands: LaneBand[]; bottom: number } {
  const bands: LaneBand[] = [];
  let y = top;
  for (const { category, rows } of lanes) {
    if (!visible(category)) continue;
    const height = Math.max(1, rows) * rowPitch + 2 * pad;
    bands.push({ category, top: y, height, rows });
    y += height;
  }
  return { bands, bottom: y };
}

/** Centre of a row inside its lane. */
export const rowCentre = (band: LaneBand, row: number, { rowPitch, pad }: LaneOptions) =>
  band.top + pad + row * rowPitch + rowPitch / 2;
