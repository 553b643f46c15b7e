/** A tooltip over the chart with a milestone's date, category and full title (the mark's accessible name says the same). */
export function tooltip(tip: HTMLElement, figure: HTMLElement, list: HTMLElement) {
  const small = document.createElement('small');
  const text = document.createElement('span');
  tip.replaceChildren(small, text);
  return {
    show(mark: SVGGraphicsElement) {
      const item = list.querySelector(`li[id="${CSS.escape(mark.dataset.milestoneId!)}"]`);
      if (!item) return;
      small.textContent = `${item.querySelector('time')?.textContent} · ${item.querySelector('.tag')?.textContent}`;
      text.textContent = item.querySelector('.tl-title')?.textContent ?? '';
      tip.hidden = false;
      const box = (mark.querySelector('.mark, .glyph') ?? mark).getBoundingClientRect();
      const frame = figure.getBoundingClientRect();
      const left = Math.min(Math.max(0, box.left - frame.left + box.width / 2 - tip.offsetWidth / 2), frame.width - tip.offsetWidth);
      const above = box.top - frame.top - tip.offsetHeight - 8;
      tip.style.left = `${left}px`;
      tip.style.top = `${above >= 0 ? above : box.bottom - frame.top + 8}px`;
    },
    hide() {
      tip.hidden = true;
    },
  };
}
