/** The category chips: multi-select toggle buttons whose state is kept in the URL as ?cat=a,b. */
export function categoryFilter(root: HTMLElement, onChange: (shown: Set<string>) => void) {
  const chips = [...root.querySelectorAll<HTMLButtonElement>('.tl-chip')];
  const all = chips.map((c) => c.dataset.category!);
  const param = new URL(location.href).searchParams.get('cat');
  let shown = new Set(param === null ? all : param.split(',').filter((c) => all.includes(c)));

  function apply(write: boolean) {
    for (const chip of chips) chip.setAttribute('aria-pressed', String(shown.has(chip.dataset.category!)));
    if (write) {
      const url = new URL(location.href);
      if (shown.size === all.length) url.searchParams.delete('cat');
      else url.searchParams.set('cat', all.filter((c) => shown.has(c)).join(','));
      history.replaceState(history.state, '', url);
    }
    onChange(shown);
  }

  for (const chip of chips) {
    chip.addEventListener('click', () => {
      const c = chip.dataset.category!;
      shown = new Set(shown);
      if (shown.has(c)) shown.delete(c);
      else shown.add(c);
      apply(true);
    });
  }
  root.querySelector('[data-all]')?.addEventListener('click', () => {
    shown = new Set(all);
    apply(true);
  });
  // Without ?cat everything is shown, as built: nothing to redo.
  if (param !== null) apply(false);

  return {
    has: (category: string) => shown.has(category),
    /** Makes sure a category is shown (a deep link to one of its milestones). */
    include(category: string) {
      if (shown.has(category)) return;
      shown = new Set([...shown, category]);
      apply(true);
    },
  };
}
