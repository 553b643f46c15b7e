/** The adjustment stepper: which step is shown, and how to show another. */
export interface MapStepper {
  last: string;
  show(year: string): void;
}

/** Switches the map between the adjustments: hides parks not yet in the zone, tints the districts covered, pulses the newcomers.
 * It starts on the last step, which the HTML already shows (districts tinted, CSS in src/pages/map/index.astro showing only that
 * step and the buttons until the script runs): keep the two in step, or the page jumps when the script runs. */
export function setupStepper(root: HTMLElement, svg: SVGSVGElement): MapStepper | undefined {
  const controls = root.querySelector<HTMLElement>('[data-stepper]');
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step-summary]')];
  if (!controls || !steps.length) return;
  const buttons = [...controls.querySelectorAll<HTMLButtonElement>('button[data-step]')];
  const marks = [...svg.querySelectorAll<SVGElement>('[data-park-id]')];
  const districts = [...svg.querySelectorAll<SVGElement>('path[data-district]')];
  const ids = (el: HTMLElement, key: string) => new Set((el.dataset[key] ?? '').split(' ').filter(Boolean));

  const show = (year: string, animate = true) => {
    const step = steps.find((s) => s.dataset.stepSummary === year);
    if (!step) return;
    const members = ids(step, 'members');
    const joined = ids(step, 'joined');
    const covered = ids(step, 'districts');
    for (const s of steps) s.hidden = s !== step;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.step === year));
    for (const m of marks) {
      const id = m.dataset.parkId ?? '';
      // A park whose joining year is unknown stays on the map (as a hollow point) at every step.
      m.classList.toggle('out', m.dataset.year !== '' && !members.has(id));
      m.classList.remove('new');
      if (animate && joined.has(id)) {
        m.getBoundingClientRect();
        m.classList.add('new');
      }
    }
    for (const d of districts) d.classList.toggle('in-zone', covered.has(d.dataset.district ?? ''));
    root.dataset.step = year;
  };
  controls.hidden = false;
  controls.addEventListener('click', (e) => {
    const year = (e.target as Element).closest<HTMLElement>('button[data-step]')?.dataset.step;
    if (year) show(year);
  });
  const last = steps.at(-1)!.dataset.stepSummary!;
  show(last, false);
  return { last, show };
}
