// <zj-search>: the search page. Its state lives in the address (?q=张江&type=milestone&year=2016&source=000), typing
// updates it, back and forward restore it. The search runs in a worker (search-remote.ts), started when someone starts
// to search, not with the page; this thread only draws the results.
import { readState, writeState, selectionOf, type SearchState } from '../../lib/search/url-state.ts';
import { facetCounts, narrow, pageTypes, type FacetKey } from '../../lib/search/facets.ts';
import { searchSummary } from '../../lib/search/summary.ts';
import type { ResultView } from '../../lib/search/result-view.ts';
import { connectEngine } from './remote.ts';
import type { Found, RemoteEngine, SearchResult } from './types.ts';
import { el, facetLists, resultItem } from './render.ts';

const pageSize = 10;
// Shown as soon as it arrives, with the status line; the rest of the first page follows one result a frame, so that no
// single frame lays out (and shapes the Chinese text of) many results at once: each stays a short task.
const firstShown = 1;
const typingPause = 120;
// Typing within this long of the last address change replaces it, so Back skips the half-typed queries.
const sameEntryMs = 1500;
const typeLabels = new Map<string, string>(Object.entries(pageTypes).map(([key, label]) => [label, key]));
// The two-column layout of SearchApp.astro, where the filters stand open beside the results.
const wideLayout = '(min-width: 56rem)';

/** Resolves in a new task after the next frame has been drawn. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

class ZjSearch extends HTMLElement {
  #engine?: Promise<RemoteEngine>;
  #state: SearchState = { q: '' };
  #generation = 0;
  #timer = 0;
  #lastWrite = 0;
  #results: SearchResult[] = [];
  #needles: string[] = [];
  // What result links mark on the pages they open: the query as searched (its Simplified form, if it was converted).
  #marked = '';
  #shown = 0;
  #rest: Promise<void> = Promise.resolve();

  get #input() { return this.querySelector<HTMLInputElement>('[data-search-input]'); }
  get #list() { return this.querySelector<HTMLOListElement>('[data-search-results]'); }
  #part(name: string) { return this.querySelector<HTMLElement>(`[data-search-${name}]`); }

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.#input;
    if (!form || !input || !this.#list) return;
    form.hidden = false;
    this.#part('nojs')?.setAttribute('hidden', '');
    // Someone who puts the cursor in the box is about to search: fetch Pagefind, then the index for what they type,
    // while they type.
    const warm = () => this.#load().catch(() => undefined);
    input.addEventListener('focus', () => void warm(), { once: true });
    input.addEventListener('input', () => {
      void warm().then((engine) => engine?.preload(input.value));
      clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => this.#go({ ...this.#state, q: input.value }, 'typing'), typingPause);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.#timer);
      this.#go({ ...this.#state, q: input.value }, 'push');
    });
    this.addEventListener('click', (e) => {
      const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-state]');
      if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      this.#go(readState(new URL(a.href).search), 'push');
    });
    this.#part('more')?.addEventListener('click', () => this.#showMore());
    this.addEventListener('keydown', (e) => this.#arrows(e));
    window.addEventListener('popstate', () => this.#go(readState(location.search), 'none'));
    this.#go(readState(location.search), 'none');
  }

  /** Shows a state; `push` and `typing` also write it to the address. */
  #go(state: SearchState, write: 'push' | 'typing' | 'none') {
    this.#state = state;
    if (this.#input && this.#input.value !== state.q) this.#input.value = state.q;
    const search = writeState(state);
    if (write !== 'none' && search !== location.search) {
      const replace = write === 'typing' && Date.now() - this.#lastWrite < sameEntryMs;
      history[replace ? 'replaceState' : 'pushState'](null, '', `${location.pathname}${search}`);
      this.#lastWrite = write === 'typing' ? Date.now() : 0;
    }
    void this.#search(state);
  }

  #load(): Promise<RemoteEngine> {
    this.#engine ??= connectEngine(this.dataset.bundle ?? '/pagefind/');
    return this.#engine;
  }

  #link(state: SearchState) {
    return `${location.pathname}${writeState(state)}`;
  }

  async #search(state: SearchState) {
    const generation = ++this.#generation;
    const selection = selectionOf(state);
    const query = state.q.trim();
    this.#part('suggest')!.hidden = Boolean(query);
    if (!query && !Object.keys(selection).length) return this.#render(null, []);
    this.#list!.setAttribute('aria-busy', 'true');
    this.#status('正在搜索……');
    try {
      const engine = await this.#load();
      const outcome: Found = query ? await engine.search(query) : { terms: [], results: await engine.all(), partial: false };
      if (generation !== this.#generation) return;
      const ids = outcome.results.map((r) => r.id);
      // With no filter chosen the results show first and the filter counts follow.
      const filtered = Object.keys(selection).length > 0;
      if (!filtered) await this.#render(outcome, outcome.results);
      const index = await engine.facets();
      if (generation !== this.#generation) return;
      this.#renderFacets(facetCounts(ids, selection, index), selection);
      if (filtered) {
        const kept = new Set(narrow(ids, selection, index));
        await this.#render(outcome, outcome.results.filter((r) => kept.has(r.id)));
      }
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#status('搜索索引没能加载，请稍后刷新页面再试。');
      this.#list!.removeAttribute('aria-busy');
      console.error(error);
    }
  }

  /**
   * Replaces the list, the status line and the empty state in one go once the first result has loaded, then adds the
   * rest of the first page.
   */
  async #render(outcome: Found | null, results: SearchResult[]) {
    const generation = this.#generation;
    const needles = outcome?.partial ? outcome.terms.flatMap((t) => t.groups.flat()) : (outcome?.terms.map((t) => t.text) ?? []);
    const loading = results.slice(0, pageSize).map((r) => r.view(needles));
    const views = await Promise.all(loading.slice(0, firstShown));
    if (generation !== this.#generation) return;
    [this.#results, this.#needles, this.#shown] = [results, needles, loading.length];
    this.#marked = outcome?.converted?.to ?? this.#state.q;
    this.#list!.replaceChildren(...views.map(this.#item));
    this.#part('region')!.hidden = false;
    const nav = this.#part('filters')!;
    if (!outcome) nav.hidden = true;
    else if (nav.hidden && results.length) {
      // The filters' line comes with the results, so that their counts, which follow, do not push the results down.
      const details = el('details', {}, el('summary', {}, '筛选'));
      details.open = matchMedia(wideLayout).matches;
      nav.replaceChildren(details);
      nav.hidden = false;
    }
    this.#part('empty')!.hidden = !outcome || results.length > 0;
    this.#part('clear-tip')!.hidden = Object.keys(selectionOf(this.#state)).length === 0;
    const summary = outcome && { query: this.#state.q, terms: outcome.terms.length, found: outcome.results.length, shown: results.length };
    this.#status(summary ? searchSummary({ ...summary, partial: outcome.partial, converted: outcome.converted }) : '');
    this.#part('more')!.hidden = true;
    this.#list!.removeAttribute('aria-busy');
    this.dataset.ready = String(generation);
    this.#rest = this.#appendEach(loading.slice(firstShown), generation);
    await this.#rest;
  }

  /**
   * Adds results to the list one a frame, in order, as they arrive; then the "more" button, below them all, so that it
   * never moves down the screen as they come.
   */
  async #appendEach(views: Promise<ResultView>[], generation: number) {
    for (const view of views) {
      const shown = await view;
      await nextFrame();
      if (generation !== this.#generation) return;
      this.#list!.append(this.#item(shown));
    }
    if (generation === this.#generation) this.#updateMore();
  }

  async #showMore() {
    await this.#rest;
    const generation = this.#generation;
    const views = await Promise.all(this.#results.slice(this.#shown, this.#shown + pageSize).map((r) => r.view(this.#needles)));
    if (generation !== this.#generation) return;
    this.#list!.append(...views.map(this.#item));
    this.#shown += views.length;
    this.#updateMore();
  }

  #item = (view: ResultView) => resultItem(view, this.#marked);

  #updateMore() {
    const more = this.#part('more')!;
    const left = this.#results.length - this.#shown;
    more.hidden = left <= 0;
    more.textContent = `显示更多结果（还有 ${left} 个）`;
  }

  #renderFacets(counts: Map<FacetKey, Map<string, number>>, chosen: Partial<Record<FacetKey, string>>) {
    const sources: Record<string, string> = JSON.parse(this.dataset.sources ?? '{}');
    const label = (key: FacetKey, value: string) => (key === 'source' ? (sources[value] ?? value) : value);
    const link = (key: FacetKey, value: string | undefined) => {
      const stateValue = key === 'type' && value ? typeLabels.get(value) : value;
      return this.#link({ ...this.#state, [key]: stateValue });
    };
    const nav = this.#part('filters')!;
    const lists = facetLists(counts, chosen, label, link);
    const clear = Object.keys(chosen).length ? [el('a', { href: this.#link({ q: this.#state.q }), 'data-state': '', class: 'clear' }, '清除筛选')] : [];
    // On a narrow screen the filters fold away under one line, so that the results come first.
    const previous = nav.querySelector('details');
    const open = previous ? previous.open : matchMedia(wideLayout).matches;
    const picked = Object.entries(chosen).map(([key, value]) => label(key as FacetKey, value!));
    const details = el('details', {}, el('summary', {}, picked.length ? `筛选：${picked.join(' · ')}` : '筛选'), ...lists, ...clear);
    details.open = open;
    nav.replaceChildren(details);
    nav.hidden = lists.length === 0;
  }

  #status(text: string) {
    this.#part('status')!.textContent = text;
  }

  /** ↓ from the box goes to the first result, ↑/↓ move between results, ↑ from the first goes back to the box. */
  #arrows(e: KeyboardEvent) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...this.#list!.querySelectorAll<HTMLAnchorElement>('a.result-title')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const fromInput = document.activeElement === this.#input;
    if (!fromInput && at === -1) return;
    const target = fromInput ? (e.key === 'ArrowDown' ? links[0] : undefined) : e.key === 'ArrowDown' ? links[at + 1] : (links[at - 1] ?? this.#input);
    if (!target) return;
    e.preventDefault();
    target.focus();
  }
}

customElements.define('zj-search', ZjSearch);
