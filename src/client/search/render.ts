// DOM for the search page: result items, filter lists. Everything from the index or the query goes in as text.
import type { Segment } from '../../lib/search/excerpt.ts';
import { facets, type FacetKey } from '../../lib/search/facets.ts';
import type { ResultView } from '../../lib/search/result-view.ts';
import { hitLink } from '../../lib/search/hit-link.ts';

/** Creates an element with text content and attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const marked = (segments: Segment[]) => segments.map((s) => (s.mark ? el('mark', {}, s.text) : s.text));

/**
 * One result: its title linking to the page, its type and date, an excerpt with the matches marked, and the sections
 * that match, each linking to its heading; every link marks `query` (the query as searched) on the page it opens.
 */
export function resultItem(view: ResultView, query: string): HTMLLIElement {
  const sections = view.sections.map((s) =>
    el('li', {}, el('a', { href: hitLink(view.url, query, s.anchor) }, ...marked(s.heading)), el('p', {}, ...marked(s.excerpt))),
  );
  return el(
    'li',
    {},
    el('a', { href: hitLink(view.url, query), class: 'result-title' }, ...marked(view.title)),
    el('p', { class: 'result-meta' }, ...view.facts.flatMap((f, i) => (i ? [' · ', el('span', {}, f)] : [el('span', { class: 'kind' }, f)]))),
    el('p', { class: 'result-excerpt' }, ...marked(view.excerpt)),
    ...(sections.length ? [el('ul', { class: 'result-sections', 'aria-label': '页内匹配的小节' }, ...sections)] : []),
  );
}

/** The filter lists: each value links to the search with that filter set (or unset, if it is the one chosen). */
export function facetLists(
  counts: Map<FacetKey, Map<string, number>>,
  chosen: Partial<Record<FacetKey, string>>,
  label: (key: FacetKey, value: string) => string,
  link: (key: FacetKey, value: string | undefined) => string,
): HTMLElement[] {
  return facets.flatMap(({ key, label: heading }) => {
    const values = [...(counts.get(key) ?? [])].filter(([value, n]) => n > 0 || chosen[key] === value);
    if (!values.length) return [];
    const items = values.map(([value, n]) => {
      const on = chosen[key] === value;
      const a = el('a', { href: link(key, on ? undefined : value), 'data-state': '' }, label(key, value), ' ', el('span', { class: 'count' }, String(n)));
      if (on) a.setAttribute('aria-current', 'true');
      if (on) a.title = '再点一次取消这个筛选';
      return el('li', {}, a);
    });
    return [el('div', { class: 'facet' }, el('h2', {}, heading), el('ul', {}, ...items))];
  });
}
