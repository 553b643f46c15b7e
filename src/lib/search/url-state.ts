import { pageTypes, type PageTypeKey, type Selection } from './facets.ts';

/** What a search page shows, as kept in its address: ?q=张江&type=milestone&year=2016&source=000. */
export interface SearchState {
  q: string;
  type?: PageTypeKey;
  year?: string;
  source?: string;
}

const isType = (v: string | null): v is PageTypeKey => v !== null && Object.hasOwn(pageTypes, v);
const oneOf = (v: string | null, pattern: RegExp) => (v !== null && pattern.test(v) ? v : undefined);

/** Reads the state from a query string, dropping values that are not well formed. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const type = params.get('type');
  return {
    q: (params.get('q') ?? '').slice(0, 2000),
    type: isType(type) ? type : undefined,
    year: oneOf(params.get('year'), /^\d{4}$/),
    source: oneOf(params.get('source'), /^\d{3}$/),
  };
}

/** Writes the state as a query string ("" when empty), in a fixed order so equal states give equal addresses. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of ['type', 'year', 'source'] as const) if (state[key]) params.set(key, state[key]!);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The filter values the state selects, as the index stores them. */
export function selectionOf(state: SearchState): Selection {
  const selection: Selection = {};
  if (state.type) selection.type = pageTypes[state.type];
  if (state.year) selection.year = state.year;
  if (state.source) selection.source = state.source;
  return selection;
}
