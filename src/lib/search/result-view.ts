import { excerpt, matchRanges, readableText, type Segment } from './excerpt.ts';
import { wordBreak } from './han.ts';
import { matchingSections, splitAtHeadings, type SectionView } from './sections.ts';
import type { PagefindFragment } from './pagefind-types.ts';

/** What a result shows, worked out where the search runs so that the page only builds its elements. */
export interface ResultView {
  url: string;
  /** The title, with the matches marked. */
  title: Segment[];
  /** Its type, then its district (a park) and its date, where known (文章 · 2021 年 4 月). */
  facts: string[];
  /** About 90 characters of the text around its densest matches, marked; the page's opening if only its sections match. */
  excerpt: Segment[];
  /** Up to three sections under headings that match, each with its own excerpt. */
  sections: SectionView[];
}

/** The view of one result, with `needles` (what the query matched) marked in its title, excerpt and sections. */
export function resultView(page: PagefindFragment, needles: string[]): ResultView {
  const title = (page.meta.title ?? page.url).replaceAll(wordBreak, '');
  const facts = [page.filters.type?.[0], page.meta.district, page.meta.date].filter((x): x is string => Boolean(x));
  const { lede, sections: all } = splitAtHeadings(page);
  // The indexed text opens with the title, which is already shown above the excerpt.
  const untitled = (text: string) => (text.startsWith(title) ? text.slice(title.length).replace(/^[。.]?\s*/u, '') : text);
  const opening = untitled(lede);
  const sections = matchingSections(all, needles);
  // Where sections are listed, the excerpt quotes the text before the first heading, so that no passage shows twice.
  const body = sections.length ? opening : untitled(readableText(page.content));
  const shown = sections.length && !matchRanges(opening, needles).length ? excerpt(opening, []) : excerpt(body, needles);
  return { url: page.url, title: excerpt(title, needles, title.length), facts, excerpt: shown, sections };
}
