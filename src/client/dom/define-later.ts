/**
 * Defines a custom element in a task of its own, after the one that evaluates its module (and d3): each task stays
 * short, so a tap meanwhile is not kept waiting. Until then the page is what the build rendered (CSS can style the
 * element as `:not(:defined)`).
 */
export function defineLater(name: string, element: CustomElementConstructor): void {
  if (customElements.get(name)) return;
  setTimeout(() => customElements.get(name) ?? customElements.define(name, element));
}
