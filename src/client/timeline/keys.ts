import type { Chart } from './chart.ts';

export interface KeyActions {
  open(mark: SVGGraphicsElement): void;
  /** Whether mark i is in a shown category. */
  navigable(i: number): boolean;
}

/**
 * One tab stop per chart (a roving tabindex): arrows move through the milestones in time order, Home/End jump
 * to the ends, Enter or Space opens the panel, + − 0 zoom, Shift + arrows pan. The view follows the focus.
 */
export function rovingFocus(chart: Chart, actions: KeyActions) {
  const { svg, marks } = chart;
  let current = 0;
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-roledescription', '时间线');
  marks.forEach((m, i) => {
    m.setAttribute('role', 'button');
    m.setAttribute('tabindex', i === current ? '0' : '-1');
  });

  function step(from: number, by: number): number {
    for (let i = from + by; i >= 0 && i < marks.length; i += by) if (actions.navigable(i)) return i;
    return from;
  }

  function moveTo(i: number) {
    marks[current].setAttribute('tabindex', '-1');
    current = i;
    marks[i].setAttribute('tabindex', '0');
    chart.follow(i);
    marks[i].focus();
  }

  // Blink makes an SVG element with focus listeners a tab stop of its own: listen on the HTML parent.
  svg.parentElement!.addEventListener('focusin', (event) => {
    const i = marks.indexOf((event.target as Element).closest('.m') as SVGGraphicsElement);
    if (i < 0) return;
    // Tabbing into a zoomed chart lands on the first milestone in view, not on one far off.
    const entering = !svg.contains(event.relatedTarget as Node | null);
    const first = marks.findIndex((_, j) => actions.navigable(j) && chart.isInView(j));
    if (entering && !chart.isInView(i) && first >= 0) return moveTo(first);
    chart.highlight(marks[i].matches(':focus-visible') ? i : null);
    chart.follow(i);
    if (i !== current) {
      marks[current].setAttribute('tabindex', '-1');
      marks[(current = i)].setAttribute('tabindex', '0');
    }
  });
  svg.parentElement!.addEventListener('focusout', () => chart.highlight(null));

  svg.addEventListener('keydown', (event) => {
    const mark = (event.target as Element).closest<SVGGraphicsElement>('.m');
    if (!mark || event.altKey || event.ctrlKey || event.metaKey) return;
    const i = marks.indexOf(mark);
    const key = event.key;
    if (event.shiftKey && chart.pan && (key === 'ArrowLeft' || key === 'ArrowRight')) chart.pan(key === 'ArrowLeft' ? -0.25 : 0.25);
    else if (key === 'ArrowRight' || key === 'ArrowDown') moveTo(step(i, 1));
    else if (key === 'ArrowLeft' || key === 'ArrowUp') moveTo(step(i, -1));
    else if (key === 'Home') moveTo(actions.navigable(0) ? 0 : step(0, 1));
    else if (key === 'End') moveTo(actions.navigable(marks.length - 1) ? marks.length - 1 : step(marks.length - 1, -1));
    else if (key === 'Enter' || key === ' ') actions.open(mark);
    else if ((key === '+' || key === '=') && chart.zoomBy) chart.zoomBy(2, i);
    else if ((key === '-' || key === '_') && chart.zoomBy) chart.zoomBy(0.5, i);
    else if (key === '0' && chart.reset) chart.reset();
    else return;
    event.preventDefault();
  });

  return {
    /** After a filter change: keep the tab stop on a shown milestone. */
    refresh() {
      if (actions.navigable(current)) return;
      const next = step(current, 1) !== current ? step(current, 1) : step(current, -1);
      marks[current].setAttribute('tabindex', '-1');
      current = next;
      marks[current].setAttribute('tabindex', '0');
    },
    /** Makes mark i the tab stop and focuses it. */
    focus(i: number) {
      moveTo(i);
    },
  };
}
