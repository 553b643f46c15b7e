/** A label wanted next to a mark: the mark's box and the label's width. */
export interface LabelRequest {
  /** Mark extent along the time axis. */
  x0: number;
  x1: number;
  /** Centre of the mark across the axis. */
  y: number;
  /** Half the mark's thickness. */
  half: number;
  /** Estimated widths of the label's variants, preferred first (say the full title, then a shortened one). */
  widths: readonly number[];
}

/** Where a label went: its left edge and which variant fits. */
export interface Placement {
  x: number;
  variant: number;
}

export interface LabelOptions {
  /** The labels must lie wholly inside [from, to] along the axis. */
  bounds: readonly [number, number];
  /** Height of a label box (the font's line box, not the em). */
  height: number;
  /** Space between a mark and its label. */
  gap: number;
}

type Box = [x0: number, y0: number, x1: number, y1: number, owner: number];
const CELL_X = 64;

/**
 * Greedy collision-free labelling: in `order` (most important first) each mark gets the first of its candidate
 * positions — inside the visible part of a wide span, right of it, left of it; at each, the longest variant
 * first — that stays in bounds and touches no other mark or placed label. A mark with no free position gets none.
 */
export function placeLabels(
  requests: readonly (LabelRequest | null)[],
  order: readonly number[],
  { bounds, height, gap }: LabelOptions,
): (Placement | null)[] {
  const grid = new Map<number, Box[]>();
  const cells = (b: Box, visit: (key: number) => boolean | void) => {
    const ix1 = Math.floor(b[2] / CELL_X), iy0 = Math.floor(b[1] / height), iy1 = Math.floor(b[3] / height);
    for (let ix = Math.floor(b[0] / CELL_X); ix <= ix1; ix++)
      for (let iy = iy0; iy <= iy1; iy++) if (visit((ix + 32768) * 65536 + iy + 32768)) return true;
    return false;
  };
  const insert = (b: Box) => cells(b, (k) => void (grid.get(k) ?? grid.set(k, []).get(k)!).push(b));
  const free = (b: Box) =>
    !cells(b, (k) =>
      grid.get(k)?.some((o) => o[4] !== b[4] && o[0] < b[2] && b[0] < o[2] && o[1] < b[3] && b[1] < o[3]),
    );

  requests.forEach((r, i) => r && insert([r.x0, r.y - r.half, r.x1, r.y + r.half, i]));
  const placed: (Placement | null)[] = requests.map(() => null);
  for (const i of order) {
    const r = requests[i];
    if (r) placed[i] = place(r, i);
  }
  return placed;

  function place(r: LabelRequest, i: number): Placement | null {
    const y0 = r.y - height / 2, y1 = r.y + height / 2;
    const inside = Math.max(r.x0, bounds[0]) + gap;
    const insideRoom = Math.min(r.x1, bounds[1]) - gap - inside;
    const positions = [(w: number) => (w <= insideRoom ? inside : NaN), () => r.x1 + gap, (w: number) => r.x0 - gap - w];
    for (const at of positions) {
      for (let variant = 0; variant < r.widths.length; variant++) {
        const w = r.widths[variant], x = at(w);
        const box: Box = [x, y0, x + w, y1, i];
        if (!(x >= bounds[0] && x + w <= bounds[1]) || !free(box)) continue;
        insert(box);
        return { x, variant };
      }
    }
    return null;
  }
}
