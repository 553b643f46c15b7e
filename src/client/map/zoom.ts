import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import 'd3-transition';
import type { MapClientInput } from '../../lib/map/client-input.ts';
import { prefersStill } from '../dom/motion.ts';

/** What the rest of the map asks of the zoom. */
export interface MapZoom {
  by(factor: number): void;
  reset(): void;
  /** Frames a box given in the map's own (viewBox) coordinates. */
  toBox(box: { x: number; y: number; width: number; height: number }): void;
}

/** Zoom and pan on the SVG; markers and labels keep their size on screen, labels show only where the build-time layout keeps them apart. */
export function setupZoom(svg: SVGSVGElement, { width, height, labelScales }: MapClientInput): MapZoom | undefined {
  const viewport = svg.querySelector('.viewport');
  if (!viewport) return;
  let k = 1;
  const scaleMarks = () => {
    const unitsPerPixel = width / (svg.getBoundingClientRect().width || width);
    const scale = unitsPerPixel / k;
    svg.style.setProperty('--mark-scale', scale.toFixed(4));
    // Each label layout is free of collisions up to the mark scale it was made for; use the fullest one that holds.
    const layout = labelScales.findIndex((s) => scale <= s * 1.02);
    svg.dataset.labels = layout < 0 ? 'none' : String(layout);
    svg.classList.toggle('zoomed', k > 1.01);
  };
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 8])
    .translateExtent([[0, 0], [width, height]])
    .filter((e: Event & { ctrlKey?: boolean; metaKey?: boolean; button?: number }) =>
      e.type === 'wheel' ? Boolean(e.ctrlKey || e.metaKey) : !e.ctrlKey && !e.button,
    )
    .on('zoom', ({ transform }: { transform: ZoomTransform }) => {
      viewport.setAttribute('transform', transform.toString());
      k = transform.k;
      scaleMarks();
    });
  const selection = select(svg).call(behaviour);
  new ResizeObserver(scaleMarks).observe(svg);
  scaleMarks();
  const go = (t: ZoomTransform) => selection.transition().duration(prefersStill() ? 0 : 600).call(behaviour.transform, t);
  return {
    by: (factor) => selection.transition().duration(prefersStill() ? 0 : 300).call(behaviour.scaleBy, factor),
    reset: () => go(zoomIdentity),
    toBox: (b) => {
      const s = Math.min(8, 0.8 / Math.max(b.width / width, b.height / height));
      go(zoomIdentity.translate(width / 2, height / 2).scale(s).translate(-(b.x + b.width / 2), -(b.y + b.height / 2)));
    },
  };
}
