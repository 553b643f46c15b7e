// <zj-hits>: on a page opened from a search result (?hl=集成电路), marks the query's occurrences and shows the bar that
// moves between them. On any other visit it does nothing, and the marking code (passage-marker.ts) is never fetched.
import { hitQuery } from '../../lib/search/hit-link.ts';

class ZjHits extends HTMLElement {
  connectedCallback() {
    const query = hitQuery(location.search);
    if (query) void import('./passage-marker.ts').then((m) => m.markPassage(this, query)).catch((e: unknown) => console.error(e));
  }
}

if (!customElements.get('zj-hits')) customElements.define('zj-hits', ZjHits);
