// What the page and the search worker say to each other, and the search as the page sees it, shared by
// search-remote.ts (the page's end), search-worker.ts (the worker's end) and search-local.ts (no worker).
import type { Outcome } from './engine.ts';
import type { FacetIndex } from '../../lib/search/facets.ts';
import type { ResultView } from '../../lib/search/result-view.ts';

/** A result as it crosses to the page: its fragment stays in the worker until the page asks for it. */
export interface ResultRef {
  id: string;
  score: number;
}

/** A result on the page: what it shows is worked out in the worker, when asked for. */
export interface SearchResult extends ResultRef {
  /** Its title, type, date and excerpt, with `needles` marked. */
  view(needles: string[]): Promise<ResultView>;
}

/** What a query found, as the page sees it. */
export type Found = Omit<Outcome, 'results'> & { results: SearchResult[] };

/** The search, as the page calls it: search-engine.ts's Engine, run in the worker. */
export interface RemoteEngine {
  search(query: string): Promise<Found>;
  preload(query: string): void;
  all(): Promise<SearchResult[]>;
  facets(): Promise<FacetIndex>;
}

export type Request =
  | { op: 'init'; bundle: string; lang: string }
  | { op: 'search'; query: string }
  | { op: 'preload'; query: string }
  | { op: 'all' }
  | { op: 'facets' }
  | { op: 'view'; page: string; needles: string[] };

/** What the page posts: a numbered request, or the answer to the worker's question. */
export type FromPage = (Request & { id: number }) | { answer: number; text: string } | { answer: number; error: string };
/** What the worker posts: the reply to a request, or a question (a Traditional query to convert to Simplified). */
export type FromWorker = { id: number; value: unknown } | { id: number; error: string } | { ask: number; convert: string };
