import type { MapStepper } from './stepper.ts';
import { nearestPark } from './nearest.ts';
import { prefersStill } from '../dom/motion.ts';

/** Opens a park's panel on click, tap, Enter or a #<park-id> address; closes it on × or Escape. */
export function setupPanel(root: HTMLElement, svg: SVGSVGElement, stepper?: MapStepper, zoomTo?: (box: DOMRect) => void): void {
  const panel = root.querySelector<HTMLElement>('[data-panel]');
  if (!panel) return;
  const intro = panel.querySelector<HTMLElement>('[data-panel-intro]');
  const sections = new Map([...panel.querySelectorAll<HTMLElement>('[data-panel-for]')].map((s) => [s.dataset.panelFor!, s]));
  const marks = new Map([...svg.querySelectorAll<SVGElement>('[data-park-id]')].map((m) => [m.dataset.parkId!, m]));
  let current: string | undefined;
  if (intro) intro.hidden = false;

  /** Shows one park's section and selects its point, or with no park the intro; the address names the park shown. */
  const select = (id?: string) => {
    for (const [key, s] of sections) s.hidden = key !== id;
    if (intro) intro.hidden = id !== undefined;
    for (const [key, m] of marks) m.classList.toggle('selected', key === id);
    current = id;
    history.replaceState(null, '', id ? `#${id}` : location.pathname + location.search);
  };
  const open = (id: string, { scroll = false } = {}) => {
    const section = sections.get(id);
    if (!section) return;
    if (marks.get(id)?.classList.contains('out')) stepper?.showLast();
    select(id);
    section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    if (!scroll) {
      // On a phone the panel sits below the map: bring at least its top into view.
      section.scrollIntoView({ block: 'nearest', behavior: prefersStill() ? 'auto' : 'smooth' });
      return;
    }
    // The browser scrolls to the list entry with this id once the page has loaded; show the map and panel after that.
    const show = () => (matchMedia('(min-width: 60rem)').matches ? root : section).scrollIntoView({ block: 'start' });
    if (document.readyState === 'complete') show();
    else addEventListener('load', () => setTimeout(show), { once: true });
  };
  const close = () => {
    if (!current) return;
    const mark = marks.get(current);
    select();
    mark?.focus();
  };

  svg.addEventListener('click', (e) => {
    const target = e.target as Element;
    const direct = target.closest<SVGElement>('[data-park-id]');
    // A keyboard "click" has no position; a pointer one picks the nearest visible park within reach.
    const park = e.detail === 0 ? direct : (nearestPark(svg, e.clientX, e.clientY) ?? direct);
    const district = target.closest('.district')?.querySelector('path');
    if (park || district) e.preventDefault();
    if (park) open(park.dataset.parkId!);
    else if (district && zoomTo) zoomTo(district.getBBox() as DOMRect);
  });
  panel.addEventListener('click', (e) => {
    const target = e.target as Element;
    if (target.closest('[data-panel-close]')) close();
    const link = target.closest<HTMLAnchorElement>('[data-deep-link]');
    if (link) {
      // Same page: keep the panel rather than jump to the list entry, and offer the address for copying.
      e.preventDefault();
      history.replaceState(null, '', link.href);
      navigator.clipboard?.writeText(link.href).then(() => (link.textContent = '链接已复制'), () => {});
    }
  });
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && current) close();
  });
  const fromHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (sections.has(id)) open(id, { scroll: true });
  };
  addEventListener('hashchange', fromHash);
  fromHash();
}
