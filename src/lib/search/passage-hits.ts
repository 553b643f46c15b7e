import { hitsIn, searchableText, type Hit, type TextRun } from './find-hits.ts';
import { matchRanges } from './excerpt.ts';
import { parseQuery } from './query.ts';

/** Where a query is on a page. */
export interface PassageHits {
  /** Every occurrence of every term, in page order. */
  hits: Hit[];
  /** The terms not on the page as written: their words are marked one by one instead, as the search does then. */
  missing: string[];
}

/** Finds the terms of `query` (as the search parses it: words, quoted phrases) in the page's text runs. */
export function passageHits(runs: TextRun[], query: string): PassageHits {
  const text = searchableText(runs);
  const missing: string[] = [];
  const needles = parseQuery(query).flatMap((term) => {
    if (matchRanges(text.text, [term.text]).length) return [term.text];
    missing.push(term.text);
    return term.groups.flat();
  });
  return { hits: hitsIn(text, needles), missing };
}
