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

const CELL_X = 64;

/**
 * Greedy collision-free labelling along a time axis, each label on its mark's own row (the map's point labels, which
 * move in two dimensions and may need leader lines, are `placeLabelsAroundPoints`): in `order` (most important first) each mark gets the first of its candidate
 * positions — inside the visible part of a wide span, right of it, left of it; at each, the longest variant
 * first — that stays in bounds and touches no other mark or placed label. A mark with no free position gets none.
 * Boxes sit in a grid over the bounds (cells CELL_X wide, a label high), so each test looks only at its
 * neighbours. This runs on every frame of a zoom: the grid is a few typed arrays and flat lists, not objects, so a
 * frame leaves little for the garbage collector.
 */
export function placeLabelsAlongAxis(
  requests: readonly (LabelRequest | null)[],
  order: readonly number[],
  { bounds, height, gap }: LabelOptions,
): (Placement | null)[] {
  // Labels lie within the bounds, so only the part of a mark within them can be in the way: clipping keeps a
  // span stretched across a deep zoom from filling the whole row of cells.
  const [left, right] = [bounds[0] - 1, bounds[1] + 1];
  let top = Infinity, bottom = -Infinity;
  for (const r of requests) {
    if (!r) continue;
    const reach = Math.max(r.half, height / 2);
    if (r.y - reach < top) top = r.y - reach;
    if (r.y + reach > bottom) bottom = r.y + reach;
  }
  const cols = Math.max(1, Math.ceil((right - left) / CELL_X));
  const rows = top <= bottom ? Math.floor((bottom - top) / height) + 1 : 1;
  const col = (x: number) => Math.min(cols - 1, Math.max(0, Math.floor((x - left) / CELL_X)));
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor((y - top) / height)));
  // Box b: edges at 4b … 4b+3 (x0, y0, x1, y1), its mark's index in owners[b]. Each cell holds a linked list of
  // entries: first[cell] is its latest entry (−1: none), entryBox[e] the entry's box, entryNext[e] the one before.
  const edges: number[] = [];
  const owners: number[] = [];
  const first = new Int32Array(cols * rows).fill(-1);
  const entryBox: number[] = [];
  const entryNext: number[] = [];

  const insert = (x0: number, y0: number, x1: number, y1: number, owner: number) => {
    const b = owners.length;
    edges.push(x0, y0, x1, y1);
    owners.push(owner);
    const c1 = col(x1), r0 = row(y0), r1 = row(y1);
    for (let c = col(x0); c <= c1; c++)
      for (let r = r0; r <= r1; r++) {
        const cell = r * cols + c;
        entryNext.push(first[cell]);
        first[cell] = entryBox.push(b) - 1;
      }
  };
  const free = (x0: number, y0: number, x1: number, y1: number, owner: number) => {
    const c1 = col(x1), r0 = row(y0), r1 = row(y1);
    for (let c = col(x0); c <= c1; c++)
      for (let r = r0; r <= r1; r++)
        for (let e = first[r * cols + c]; e >= 0; e = entryNext[e]) {
          const b = entryBox[e], i = 4 * b;
          if (owners[b] !== owner && edges[i] < x1 && x0 < edges[i + 2] && edges[i + 1] < y1 && y0 < edges[i + 3]) return false;
        }
    return true;
  };

  for (let i = 0; i < requests.length; i++) {
    const r = requests[i];
    if (r && r.x1 > left && r.x0 < right) insert(Math.max(r.x0, left), r.y - r.half, Math.min(r.x1, right), r.y + r.half, i);
  }
  const placed: (Placement | null)[] = new Array(requests.length).fill(null);
  for (const i of order) {
    const r = requests[i];
    if (!r) continue;
    const y0 = r.y - height / 2, y1 = r.y + height / 2;
    const inside = Math.max(r.x0, bounds[0]) + gap;
    const insideRoom = Math.min(r.x1, bounds[1]) - gap - inside;
    // Positions: 0 inside the span (if the label fits there), 1 right of the mark, 2 left of it.
    search: for (let at = 0; at < 3; at++) {
      for (let variant = 0; variant < r.widths.length; variant++) {
        const w = r.widths[variant];
        const x = at === 0 ? (w <= insideRoom ? inside : NaN) : at === 1 ? r.x1 + gap : r.x0 - gap - w;
        if (!(x >= bounds[0] && x + w <= bounds[1]) || !free(x, y0, x + w, y1, i)) continue;
        insert(x, y0, x + w, y1, i);
        placed[i] = { x, variant };
        break search;
      }
    }
  }
  return placed;
}

/**
 * `order` with the labels shown now first (each part keeps its order): while the view moves, labels already on
 * screen keep their places before others are tried, so fewer labels come and go from frame to frame.
 */
export function stickyOrder(order: readonly number[], shown: readonly boolean[]): number[] {
  const kept: number[] = [];
  const rest: number[] = [];
  for (const i of order) (shown[i] ? kept : rest).push(i);
  return kept.concat(rest);
}

/**
 * At most `budget` labels newly shown (the first in `order`); the others not shown now wait, as null. A label
 * that costs the browser most is one that appears (a text laid out anew), so a frame takes only a few; what is
 * left out has room all the same, and is shown in a later frame. Returns the placements and how many wait.
 */
export function limitNewLabels(
  placed: readonly (Placement | null)[],
  shown: readonly boolean[],
  order: readonly number[],
  budget: number,
): { placed: (Placement | null)[]; waiting: number } {
  const out = placed.slice();
  let waiting = 0;
  for (const i of order) {
    if (!out[i] || shown[i]) continue;
    if (budget > 0) budget--;
    else {
      out[i] = null;
      waiting++;
    }
  }
  return { placed: out, waiting };
}
