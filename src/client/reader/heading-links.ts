import { announce, copyText } from '../dom/clipboard.ts';

/** <zj-heading-links data-within="selector">: gives each h2/h3 with an id inside the selector a button that copies a link to it. */
class HeadingLinks extends HTMLElement {
  connectedCallback() {
    const status = this.querySelector('[role="status"]');
    for (const heading of document.querySelectorAll<HTMLElement>(`${this.dataset.within} :is(h2, h3)[id]`)) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'heading-link no-print';
      button.textContent = '#';
      button.setAttribute('aria-label', `复制本节链接：${heading.textContent}`);
      button.addEventListener('click', async () => {
        const url = new URL(`#${encodeURIComponent(heading.id)}`, location.href).href;
        const ok = await copyText(url);
        announce(status, ok ? `已复制本节链接：${heading.textContent}` : '复制失败');
      });
      // Beside the heading, not inside it, so that the heading's accessible name stays its own text.
      const wrap = Object.assign(document.createElement('div'), { className: `heading-anchor ${heading.localName}` });
      heading.before(wrap);
      wrap.append(heading, button);
    }
  }
}

customElements.define('zj-heading-links', HeadingLinks);
