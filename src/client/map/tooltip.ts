/** Shows an element's data-tip next to it on hover and keyboard focus; a district's tip follows the pointer. */
export function setupTooltip(frame: HTMLElement, svg: SVGSVGElement): void {
  const tip = frame.querySelector<HTMLElement>('[data-tip-box]');
  if (!tip) return;
  const place = (x: number, y: number) => {
    const f = frame.getBoundingClientRect();
    const left = Math.min(Math.max(x - f.left - tip.offsetWidth / 2, 4), f.width - tip.offsetWidth - 4);
    const above = y - f.top - tip.offsetHeight - 12;
    tip.style.transform = `translate(${left}px, ${above < 4 ? y - f.top + 16 : above}px)`;
  };
  const show = (el: Element, at?: { clientX: number; clientY: number }) => {
    tip.textContent = (el as HTMLElement).dataset.tip ?? '';
    tip.hidden = false;
    const r = (el.querySelector('.dot') ?? el).getBoundingClientRect();
    if (at && !el.matches('[data-park-id]')) place(at.clientX, at.clientY);
    else place(r.left + r.width / 2, r.top);
  };
  const hide = () => {
    tip.hidden = true;
  };
  const target = (e: Event) => (e.target as Element).closest('[data-tip]');
  svg.addEventListener('pointermove', (e) => {
    const el = target(e);
    if (el && e.buttons === 0) show(el, e);
    else hide();
  });
  svg.addEventListener('pointerleave', hide);
  // Focus listeners go on the HTML frame, not the <svg>: Chromium makes an SVG element with focus listeners a Tab stop of its own.
  frame.addEventListener('focusin', (e) => {
    const el = target(e);
    if (el) show(el);
    else hide();
  });
  frame.addEventListener('focusout', hide);
}
