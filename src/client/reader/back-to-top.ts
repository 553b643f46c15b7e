/** <zj-back-to-top>: shows its link once the reader has scrolled a screen down (without JavaScript it is always shown). */
class BackToTop extends HTMLElement {
  connectedCallback() {
    const update = () => this.toggleAttribute('data-visible', scrollY > innerHeight * 0.8);
    addEventListener('scroll', update, { passive: true });
    update();
  }
}

customElements.define('zj-back-to-top', BackToTop);
