/** The parts of a Pagefind fragment (one indexed page) that the search uses. */
export interface PagefindFragment {
  /** Page URL, with the site base. */
  url: string;
  /** The indexed text of the page. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** One page in a Pagefind result list. */
export interface PagefindResult {
  /** Stable id of the page (its fragment hash). */
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

/** The slice of Pagefind's browser API (pagefind.js) the search needs, so that it can be stubbed in tests. */
export interface PagefindApi {
  search(term: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Fetches the index chunks a search for `term` will need, without searching. */
  preload?(term: string): Promise<void>;
}
