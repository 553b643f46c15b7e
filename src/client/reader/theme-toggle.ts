const KEY = 'zj-theme';
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const system = () => (systemDark.matches ? 'dark' : 'light');
const current = () => root.dataset.theme ?? system();

/** Remembers a theme only while it differs from the system's, so that choosing the system's own theme means “follow the system” again. */
function choose(theme: string) {
  try {
    if (theme === system()) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Storage is blocked: the choice lasts for this page only.
  }
  if (theme === system()) delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** <zj-theme-toggle>: a pressed/unpressed “深色模式” button; the theme itself is applied before first paint by theme-init.js. */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const sync = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
    button.hidden = false;
    sync();
    button.addEventListener('click', () => {
      choose(current() === 'dark' ? 'light' : 'dark');
      sync();
    });
    systemDark.addEventListener('change', sync);
  }
}

customElements.define('zj-theme-toggle', ThemeToggle);
