import { announce, copyText } from '../dom/clipboard.ts';

/** <zj-copy data-target="id" data-what="…">: shows its button and copies the target element's text, announcing the result. */
class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const target = document.getElementById(this.dataset.target ?? '');
    if (!button || !target) return;
    const label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const ok = await copyText(target.textContent!.replace(/\s+/g, ' ').trim());
      announce(this.querySelector('[role="status"]'), ok ? `已复制${this.dataset.what ?? ''}` : '复制失败，请选中文字手动复制');
      button.textContent = ok ? '已复制' : '复制失败';
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}

customElements.define('zj-copy', CopyButton);
