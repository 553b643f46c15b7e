/** The parts of a Pagefind fragment (one indexed page) that the search uses. */
export interface PagefindFragment {
  /** Page URL, with the site base. */
  url: string;
  /** The indexed text of the page (Pagefind's browser script takes the word breaks out of it). */
  content: string;
  /** The indexed text with its word breaks, < and > escaped: set by Pagefind's browser script. */
  raw_content?: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Elements with an id (headings among them), each at the index of its first word in `content`. */
  anchors?: PagefindAnchor[];
}

/** An element with an id on an indexed page. */
export interface PagefindAnchor {
  /** Its tag name, e.g. h2. */
  element: string;
  id: string;
  /** Its indexed text. */
  text: string;
  /** The index of its first word among the words of the page's content. */
  location: number;
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
