import { FIRST_YEAR } from '../../lib/decade.ts';
import { layoutVertical, vertical, type VerticalLayout } from '../../lib/timeline/vertical-layout.ts';
import { monthTicksPath, verticalShape } from '../../lib/timeline/vertical-geometry.ts';
import type { ClientMark } from '../../lib/timeline/client-input.ts';
import type { Chart } from './chart.ts';
import { prefersStill } from '../dom/motion.ts';

/**
 * The narrow-screen chart: time runs down the page, which scrolls; filtering lays the labels out again from the
 * marks the build laid out (`marks`, in the order of the SVG's).
 */
export function verticalChart(svg: SVGSVGElement, marks: readonly ClientMark[]): Chart {
  const els = [...svg.querySelectorAll<SVGGElement>('g.m')];
  // One band a year, from the decade's first.
  const years = [...svg.querySelectorAll<SVGGElement>('g.year')];
  const axisLine = svg.querySelector<SVGLineElement>('.axis-line');
  let shown = els.map(() => true);

  function apply(layout: VerticalLayout) {
    svg.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
    axisLine?.setAttribute('y2', String(layout.height - vertical.top));
    layout.years.forEach((band, i) => {
      const g = years[i];
      g.setAttribute('transform', `translate(0 ${band.top})`);
      g.querySelector('.months')?.setAttribute('d', monthTicksPath(band.months));
      const whole = g.querySelector('.year-band');
      whole?.setAttribute('height', String(band.height - 8));
      if (band.wholeYear) whole?.removeAttribute('display');
      else whole?.setAttribute('display', 'none');
    });
    layout.items.forEach((item, i) => {
      const el = els[i];
      el.style.display = item ? '' : 'none';
      if (!item) return;
      const shape = verticalShape(marks[i].precision, item);
      el.setAttribute('transform', `translate(0 ${Math.round(item.top * 10) / 10})`);
      el.querySelector('.leader')?.setAttribute('d', shape.leader);
      const rect = el.querySelector('.mark');
      if (rect && shape.mark) for (const [k, v] of Object.entries(shape.mark)) rect.setAttribute(k, String(v));
    });
  }

  const scrollTo = (el: Element, block: ScrollLogicalPosition, animate = true) =>
    el.scrollIntoView({ block, behavior: animate && !prefersStill() ? 'smooth' : 'auto' });

  return {
    svg,
    marks: els,
    setVisible(visible) {
      shown = marks.map((m) => visible(m.category));
      apply(layoutVertical(marks, (i) => shown[i]));
    },
    isInView: (i) => shown[i],
    reveal: (i, { animate = true } = {}) => scrollTo(els[i], 'center', animate),
    // Focus scrolls the page by itself, and CSS draws the focus outline.
    follow: () => {},
    highlight: () => {},
    setCurrent: (i) => els.forEach((el, j) => el.classList.toggle('is-current', i === j)),
    showYear: (year) => {
      const g = years[year - FIRST_YEAR];
      if (g) scrollTo(g, 'start');
    },
  };
}
