import type { MapClientInput } from '../../lib/map/client-input.ts';

/** The adjustment stepper, as the panel needs it: a park it opens may be hidden at the step shown. */
export interface MapStepper {
  showLast(): void;
}

/** Switches the map between the adjustments: hides parks not yet in the zone, tints the districts covered, pulses the newcomers.
 * It starts on the last step, which the HTML already shows (districts tinted, CSS in src/pages/map/index.astro showing only that
 * step and the buttons until the script runs): keep the two in step, or the page jumps when the script runs. */
export function setupStepper(root: HTMLElement, svg: SVGSVGElement, input: MapClientInput): MapStepper | undefined {
  const controls = root.querySelector<HTMLElement>('[data-stepper]');
  // Elements go by position: summaries and buttons in the order of input.years, marks and districts in that of the island's lists.
  const summaries = [...root.querySelectorAll<HTMLElement>('[data-step-summary]')];
  if (!controls || !summaries.length) return;
  const buttons = [...controls.querySelectorAll<HTMLButtonElement>('button[data-step]')];
  const marks = [...svg.querySelectorAll<SVGElement>('[data-park-id]')];
  const districts = [...svg.querySelectorAll<SVGElement>('path[data-district]')];

  const show = (step: number, animate = true) => {
    summaries.forEach((s, i) => (s.hidden = i !== step));
    buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(i === step)));
    marks.forEach((m, i) => {
      const joined = input.parkJoined[i];
      // A park whose joining year is unknown has no joining step: it stays on the map (as a hollow point) at every step.
      m.classList.toggle('out', joined !== null && joined > step);
      m.classList.remove('new');
      if (animate && joined === step) {
        m.getBoundingClientRect();
        m.classList.add('new');
      }
    });
    districts.forEach((d, i) => {
      const covered = input.districtCovered[i];
      d.classList.toggle('in-zone', covered !== null && covered <= step);
    });
    root.dataset.step = String(input.years[step]);
  };
  controls.hidden = false;
  controls.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-step]');
    if (button) show(buttons.indexOf(button));
  });
  const last = input.years.length - 1;
  show(last, false);
  return { showLast: () => show(last) };
}
