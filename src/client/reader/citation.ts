import { gbtPage, isoDay, type CitedPage } from '../../lib/citation.ts';

/** <zj-citation data-page='{"title","url","updated"}'>: rewrites the GB/T citation with today's date as 引用日期. */
class Citation extends HTMLElement {
  connectedCallback() {
    const target = this.querySelector('[data-style="gbt"]');
    if (!target || !this.dataset.page) return;
    const page: CitedPage = { ...JSON.parse(this.dataset.page), accessed: isoDay(new Date()) };
    target.textContent = gbtPage(page);
  }
}

customElements.define('zj-citation', Citation);
