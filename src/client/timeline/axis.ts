import { tickLines, type Tick } from '../../lib/timeline/axis-ticks.ts';

interface Drawn {
  /** The tick lines of each level, one path each. */
  paths: Record<string, SVGPathElement>;
  /** The named ticks on screen by key, and what each was last given. */
  named: Map<string, { g: SVGGElement; x: string; label: string }>;
}
const state = new WeakMap<SVGGElement, Drawn>();
const NS = 'http://www.w3.org/2000/svg';

/**
 * Redraws the axis in the structure TimelineChart.astro prints: a path of lines per level, then a group with a
 * text per named tick. Only what changed is written: a zoom frame moves most ticks but renames few.
 */
export function drawTicks(axis: SVGGElement, ticks: Tick[], bottom: number): void {
  let drawn = state.get(axis);
  if (!drawn) {
    const paths = Object.fromEntries([...axis.querySelectorAll<SVGPathElement>('path.tick-lines')].map((p) => [p.classList[1].slice(2), p]));
    // The build-time names are dropped on first use; the client keeps its own from then on.
    for (const g of axis.querySelectorAll('g.tick')) g.remove();
    state.set(axis, (drawn = { paths, named: new Map() }));
  }
  for (const [level, d] of Object.entries(tickLines(ticks, bottom))) {
    const path = drawn.paths[level];
    if (path && path.getAttribute('d') !== d) path.setAttribute('d', d);
  }
  const named = new Map<string, { g: SVGGElement; x: string; label: string }>();
  for (const t of ticks) {
    if (!t.label) continue;
    let seen = drawn.named.get(t.key);
    if (!seen) {
      const g = document.createElementNS(NS, 'g');
      g.setAttribute('class', `tick t-${t.level}`);
      const text = g.appendChild(document.createElementNS(NS, 'text'));
      text.setAttribute('x', '4');
      text.setAttribute('y', '16');
      axis.append(g);
      seen = { g, x: '', label: '' };
    }
    const x = `translate(${t.x.toFixed(1)} 0)`;
    if (seen.x !== x) seen.g.setAttribute('transform', (seen.x = x));
    if (seen.label !== t.label) seen.g.firstElementChild!.textContent = seen.label = t.label;
    named.set(t.key, seen);
  }
  for (const [key, { g }] of drawn.named) if (!named.has(key)) g.remove();
  drawn.named = named;
}
