/** The detail panel: a modal dialog filled from the milestone's item in the text list. */
export interface Panel {
  /** Shows milestone `id`; false if there is no such milestone. */
  show(id: string): boolean;
  hide(): void;
  readonly current: string | null;
}

/** Wires the dialog: Esc, the close button and a click outside ask `onRequestClose`; Tab stays inside; focus returns on close. */
export function detailPanel(dialog: HTMLDialogElement, list: HTMLElement, onRequestClose: () => void, returnFocus: (id: string) => void): Panel {
  const title = dialog.querySelector<HTMLElement>('#tl-panel-title')!;
  const when = dialog.querySelector<HTMLElement>('.tl-panel-when')!;
  const body = dialog.querySelector<HTMLElement>('.tl-panel-body')!;
  const more = dialog.querySelector<HTMLAnchorElement>('.tl-panel-more a')!;
  let current: string | null = null;

  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    onRequestClose();
  });
  dialog.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target === dialog || target.closest('[data-close]')) onRequestClose();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href], button')];
    const [first, last] = [focusable[0], focusable.at(-1)!];
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === title)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  });

  return {
    show(id) {
      const item = list.querySelector<HTMLLIElement>(`li[id="${CSS.escape(id)}"]`);
      if (!item) return false;
      const link = item.querySelector<HTMLAnchorElement>('.tl-title a')!;
      when.className = `tl-panel-when cat-${item.dataset.category}`;
      when.replaceChildren(...[...item.querySelector('.tl-when')!.childNodes].map((n) => n.cloneNode(true)));
      title.textContent = link.textContent;
      body.replaceChildren(item.querySelector('.tl-detail')!.cloneNode(true));
      more.href = link.href;
      current = id;
      if (!dialog.open) dialog.showModal();
      title.focus();
      return true;
    },
    hide() {
      if (!current) return;
      const id = current;
      current = null;
      if (dialog.open) dialog.close();
      returnFocus(id);
    },
    get current() {
      return current;
    },
  };
}
