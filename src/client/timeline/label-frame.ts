import { limitNewLabels, stickyOrder } from '../../lib/timeline/label-placement.ts';
import { labelOrder, labelsAt } from '../../lib/timeline/horizontal-layout.ts';
import type { HorizontalState } from './horizontal-state.ts';

/** How many labels a frame may show anew, while the view moves and once it stands still. */
const NEW_LABELS = { moving: 4, still: 12 };
const f1 = (v: number) => v.toFixed(1);

/**
 * Places the labels again for each frame of a zoom, writing only what changed: a label's group moves along the axis
 * (moving a group costs the browser far less than moving a text), its text switches variant, or it hides.
 */
export function labelFrame(svg: SVGSVGElement, state: HorizontalState) {
  const labels = [...svg.querySelectorAll<SVGTextElement>('text.label')];
  // The group around each label: it carries the label's place along the axis and whether it is shown.
  const spots = labels.map((l) => l.parentElement as unknown as SVGGElement);
  // What each label was last given, by index (as the build wrote it at first).
  const spotAt = spots.map((g) => g.getAttribute('transform'));
  const spotShown = spots.map((g) => g.getAttribute('display') !== 'none');
  const order = labelOrder(state.marks);
  const texts = state.marks.map((m) => m.labelTexts);
  const variantShown = labels.map((l, i) => texts[i].indexOf(l.textContent!));
  // Labels held back while the view moved are still to come.
  let catchingUp = false;

  /** Draws the labels for the current view; returns how many wait for a later frame. */
  return function draw(): number {
    const { marks, layout, transform, moving } = state;
    // While the view moves, labels on screen keep their places first; at most a few new ones a frame (one that
    // appears is the costly kind: a text laid out anew), the rest in the frames after. A jump, a filter or a
    // resize leaves the view standing still, and shows its labels at once.
    const wanted = labelsAt(marks, layout.extents, layout.y, transform, layout.plot, moving ? stickyOrder(order, spotShown) : order);
    const budget = moving ? NEW_LABELS.moving : catchingUp ? NEW_LABELS.still : Infinity;
    const { placed, waiting } = limitNewLabels(wanted, spotShown, order, budget);
    catchingUp = moving || waiting > 0;
    for (let i = 0; i < placed.length; i++) {
      const p = placed[i];
      if (!p) {
        if (spotShown[i]) spots[i].setAttribute('display', 'none');
        spotShown[i] = false;
        continue;
      }
      if (variantShown[i] !== p.variant) labels[i].textContent = texts[i][(variantShown[i] = p.variant)];
      const at = `translate(${f1(p.x)} 0)`;
      if (at !== spotAt[i]) spots[i].setAttribute('transform', (spotAt[i] = at));
      if (!spotShown[i]) spots[i].setAttribute('display', 'inline');
      spotShown[i] = true;
    }
    return waiting;
  };
}
