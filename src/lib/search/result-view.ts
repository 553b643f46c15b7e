import { excerpt, readableText, type Segment } from './excerpt.ts';
import { wordBreak } from './han.ts';
import type { PagefindFragment } from './pagefind-types.ts';

/** What a result shows, worked out where the search runs so that the page only builds its elements. */
export interface ResultView {
  url: string;
  /** The title, with the matches marked. */
  title: Segment[];
  /** Its type, then its date, where known (文章 · 2021 年 4 月). */
  facts: string[];
  /** About 90 characters of the text around its densest matches, marked. */
  excerpt: Segment[];
}

/** The view of one result, with `needles` (what the query matched) marked in its title and excerpt. */
export function resultView(page: PagefindFragment, needles: string[]): ResultView {
  const title = (page.meta.title ?? page.url).replaceAll(wordBreak, '');
  const facts = [page.filters.type?.[0], page.meta.date].filter((x): x is string => Boolean(x));
  // The indexed text opens with the title, which is already shown above the excerpt.
  const text = readableText(page.content);
  const body = text.startsWith(title) ? text.slice(title.length).replace(/^[。.]?\s*/u, '') : text;
  return { url: page.url, title: excerpt(title, needles, title.length), facts, excerpt: excerpt(body, needles) };
}
