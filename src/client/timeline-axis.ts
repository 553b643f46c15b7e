import { select } from 'd3-selection';
import type { Tick } from '../lib/timeline/axis-ticks.ts';

const drawn = new WeakSet<Element>();

/** Redraws the axis ticks with the structure AxisTick.astro prints (the build-time ticks are replaced on first use). */
export function drawTicks(axis: SVGGElement, ticks: Tick[]): void {
  if (!drawn.has(axis)) axis.replaceChildren();
  drawn.add(axis);
  select(axis)
    .selectAll<SVGGElement, Tick>('g.tick')
    .data(ticks, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g');
      g.append('line').attr('y1', 24).attr('y2', '100%');
      g.append('text').attr('x', 4).attr('y', 16);
      return g;
    })
    .attr('class', (d) => `tick t-${d.level}`)
    .attr('transform', (d) => `translate(${d.x.toFixed(1)} 0)`)
    .select('text')
    .text((d) => d.label ?? '')
    .attr('display', (d) => (d.label ? null : 'none'));
}
