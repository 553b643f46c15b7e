import { detailPanel } from './panel.ts';
import type { Chart } from './chart.ts';

export interface Milestones {
  charts: Chart[];
  /** The chart on screen now. */
  active: () => Chart;
  /** The list items by milestone id, in time order (the charts' mark order). */
  index: Map<string, number>;
  /** Makes sure mark i's category is shown. */
  include: (i: number) => void;
}

/**
 * Opening a milestone: its outline on both charts, the detail panel, and a history entry (#id), so Back closes the
 * panel; a deep link or the history brings the milestone into view and opens without one.
 */
export function milestoneOpener(dialog: HTMLDialogElement, list: HTMLElement, { charts, active, index, include }: Milestones) {
  const requestClose = () => {
    if (history.state?.zjMilestone) return history.back();
    history.replaceState(null, '', location.pathname + location.search);
    panel.hide();
  };
  const returnFocus = (id: string) => active().marks[index.get(id)!]?.focus({ preventScroll: true });
  const panel = detailPanel(dialog, list, requestClose, returnFocus);
  const open = (id: string, push: boolean) => {
    const i = index.get(id);
    if (i === undefined) return;
    include(i);
    // Both charts, so the outline is there after the window crosses the 480 px breakpoint.
    for (const chart of charts) chart.setCurrent(i);
    // A click or Enter opens what the reader is looking at; a link or the history brings it into view.
    if (push) history.pushState({ zjMilestone: id }, '', `#${id}`);
    else active().reveal(i, { minZoom: 6, animate: false });
    panel.show(id);
  };
  addEventListener('popstate', () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (index.has(id)) open(id, false);
    else panel.hide();
  });
  return open;
}
