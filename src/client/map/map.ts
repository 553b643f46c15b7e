import { setupZoom } from './zoom.ts';
import { setupTooltip } from './tooltip.ts';
import { setupStepper } from './stepper.ts';
import { setupPanel } from './panel.ts';
import { defineLater } from '../dom/define-later.ts';
import type { MapClientInput } from '../../lib/map/client-input.ts';

/** <zj-park-map>: zoom, tooltips, the adjustment stepper and the park panel over the map drawn at build time. */
class ParkMapElement extends HTMLElement {
  connectedCallback() {
    const svg = this.querySelector<SVGSVGElement>('svg[data-testid="park-map"]');
    const frame = this.querySelector<HTMLElement>('[data-map-frame]');
    const island = this.querySelector('script[data-map-input]');
    if (!svg || !frame || !island) return;
    const input = JSON.parse(island.textContent!) as MapClientInput;
    const zoom = setupZoom(svg, input);
    const buttons = this.querySelector<HTMLElement>('[data-zoom]');
    if (zoom && buttons) {
      buttons.hidden = false;
      buttons.addEventListener('click', (e) => {
        const b = (e.target as Element).closest<HTMLElement>('button');
        if (b?.dataset.zoomBy) zoom.by(Number(b.dataset.zoomBy));
        else if (b && 'zoomReset' in b.dataset) zoom.reset();
      });
      const hint = this.querySelector<HTMLElement>('[data-zoom-hint]');
      if (hint) hint.hidden = false;
    }
    setupTooltip(frame, svg);
    setupPanel(this, svg, setupStepper(this, svg, input), zoom?.toBox);
  }
}

// Until it is defined, the CSS for :not(:defined) shows the page as the setup leaves it.
defineLater('zj-park-map', ParkMapElement);
