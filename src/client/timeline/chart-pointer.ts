import type { Chart } from './chart.ts';
import type { tooltip } from './tooltip.ts';

/**
 * The pointer and the focus on the charts: a click on a mark or its label opens the milestone, hovering or focusing
 * one shows its tooltip.
 */
export function chartPointer(figure: HTMLElement, charts: Chart[], index: Map<string, number>, hint: ReturnType<typeof tooltip>, open: (id: string) => void) {
  // The mark under the pointer, or the mark of the label under it.
  const markAt = (chart: Chart, target: EventTarget | null) => {
    const el = target as Element;
    const id = el.closest<SVGElement>('[data-milestone-id]')?.dataset.milestoneId ?? el.closest<SVGElement>('[data-for]')?.dataset.for;
    return id === undefined ? undefined : chart.marks[index.get(id)!];
  };
  for (const chart of charts) {
    chart.svg.addEventListener('click', (event) => {
      const mark = markAt(chart, event.target);
      if (mark) open(mark.dataset.milestoneId!);
    });
    chart.svg.addEventListener('pointerover', (event) => {
      const mark = markAt(chart, event.target);
      if (mark) hint.show(mark);
    });
    chart.svg.addEventListener('pointerout', () => hint.hide());
    chart.svg.addEventListener('pointerdown', () => hint.hide());
    chart.svg.addEventListener('wheel', () => hint.hide(), { passive: true });
  }
  // On the figure, not the SVGs: Blink makes an SVG element with focus listeners a tab stop of its own.
  figure.addEventListener('focusin', (event) => {
    const mark = (event.target as Element).closest<SVGGraphicsElement>('.m');
    if (mark) hint.show(mark);
  });
  figure.addEventListener('focusout', () => hint.hide());
}
