// "/" anywhere on the site focuses the search box: the search page's own, or the one in the header.
const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-input]:not([hidden] *)') ?? document.querySelector<HTMLInputElement>('#site-search');
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});
