/** An axis-aligned rectangle. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A label to place next to its anchor point (a park marker) or centred on it (a district name). */
export interface LabelItem {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Radius of the marker drawn at the anchor; 0 for none. */
  marker: number;
  /** Centre the label on its anchor (nudging it only if it must move). */
  centred?: boolean;
}

/** Where a label went: its text position (x, vertical centre y, text-anchor), its box, and whether a leader line joins it to its anchor. */
export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  leader: boolean;
}

export interface LayoutOptions {
  /** The frame labels must stay inside. */
  width: number;
  height: number;
  /** Space between a marker and its label, and around every label. */
  gap: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Whether two boxes overlap at some scale f in (0, 1] when each shrinks towards its own anchor (p + f·(box − p)),
 * as labels do when the map zooms in and they keep their size on screen. Each side's condition is linear in f.
 */
function overlapsShrinking(p: [number, number], a: Box, q: [number, number], b: Box): boolean {
  let lo = 0;
  let hi = 1;
  const conditions: [number, number][] = [
    [a.x0 - p[0] - (b.x1 - q[0]), q[0] - p[0]],
    [b.x0 - q[0] - (a.x1 - p[0]), p[0] - q[0]],
    [a.y0 - p[1] - (b.y1 - q[1]), q[1] - p[1]],
    [b.y0 - q[1] - (a.y1 - p[1]), p[1] - q[1]],
  ];
  // Overlap needs coefficient · f < bound for all four.
  for (const [coefficient, bound] of conditions) {
    if (coefficient > 0) hi = Math.min(hi, bound / coefficient);
    else if (coefficient < 0) lo = Math.max(lo, bound / coefficient);
    else if (bound <= 0) return false;
  }
  return lo < hi;
}

function crosses(x0: number, y0: number, x1: number, y1: number, b: Box): boolean {
  // Liang–Barsky clipping of the segment against the box.
  let t0 = 0;
  let t1 = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  for (const [p, q] of [[-dx, x0 - b.x0], [dx, b.x1 - x0], [-dy, y0 - b.y0], [dy, b.y1 - y0]]) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Candidate positions, nearest first: the eight compass points at growing distances (leader lines beyond the first ring). */
function* candidates(item: LabelItem, gap: number): Generator<Omit<PlacedLabel, 'id'>> {
  const { x, y, width: w, height: h } = item;
  const box = (cx: number, cy: number, anchor: PlacedLabel['anchor']) => {
    const x0 = anchor === 'start' ? cx : anchor === 'end' ? cx - w : cx - w / 2;
    return { x0, y0: cy - h / 2, x1: x0 + w, y1: cy + h / 2 };
  };
  if (item.centred) yield { x, y, anchor: 'middle', box: box(x, y, 'middle'), leader: false };
  for (let ring = 1; ring <= 7; ring++) {
    const r = item.marker + gap * (ring === 1 ? 1 : 2 * ring);
    const leader = !item.centred && ring > 1;
    const d = r * Math.SQRT1_2;
    const spots: [number, number, PlacedLabel['anchor']][] = [
      [x + r, y, 'start'], [x - r, y, 'end'], [x, y - r - h / 2, 'middle'], [x, y + r + h / 2, 'middle'],
      [x + d, y - d - h / 2, 'start'], [x - d, y - d - h / 2, 'end'], [x + d, y + d + h / 2, 'start'], [x - d, y + d + h / 2, 'end'],
    ];
    for (const [cx, cy, anchor] of spots) yield { x: cx, y: cy, anchor, box: box(cx, cy, anchor), leader };
  }
}

/** Nearest point of a box to (x, y): where a leader line ends. */
export function leaderEnd(box: Box, x: number, y: number): [number, number] {
  return [Math.min(Math.max(x, box.x0), box.x1), Math.min(Math.max(y, box.y0), box.y1)];
}

/**
 * Places point labels in two dimensions (the timeline's labels, which stay on their mark's row, are
 * `placeLabelsAlongAxis`), in the given order (earlier ones win), each at the first candidate spot that stays in the
 * frame and clears every marker, label and leader line placed so far — also when all of them shrink towards their
 * anchors, as they do relative to the map when it zooms in. Labels that fit nowhere are left out.
 */
export function placeLabelsAroundPoints(items: LabelItem[], { width, height, gap }: LayoutOptions): PlacedLabel[] {
  const markers = items
    .filter((i) => i.marker > 0)
    .map((i) => ({ at: [i.x, i.y] as [number, number], box: { x0: i.x - i.marker - 1, y0: i.y - i.marker - 1, x1: i.x + i.marker + 1, y1: i.y + i.marker + 1 } }));
  const placed: (PlacedLabel & { at: [number, number] })[] = [];
  const leaders: [number, number, number, number][] = [];
  const pad = gap / 2;
  for (const item of items) {
    const at: [number, number] = [item.x, item.y];
    for (const spot of candidates(item, gap)) {
      const b = spot.box;
      const padded = { x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad };
      if (b.x0 < 0 || b.y0 < 0 || b.x1 > width || b.y1 > height) continue;
      if (markers.some((m) => overlapsShrinking(at, padded, m.at, m.box))) continue;
      if (placed.some((p) => overlapsShrinking(at, padded, p.at, p.box))) continue;
      if (leaders.some((l) => crosses(...l, padded))) continue;
      if (spot.leader) {
        const [ex, ey] = leaderEnd(b, item.x, item.y);
        if (markers.some((m) => m.at !== at && (m.at[0] !== item.x || m.at[1] !== item.y) && crosses(item.x, item.y, ex, ey, m.box))) continue;
        if (placed.some((p) => crosses(item.x, item.y, ex, ey, p.box))) continue;
        leaders.push([item.x, item.y, ex, ey]);
      }
      placed.push({ id: item.id, ...spot, at });
      break;
    }
  }
  return placed.map(({ at: _, ...label }) => label);
}
