import { excerpt, matchRanges, readableText, type Segment } from './excerpt.ts';
import { wordBreak } from './han.ts';
import type { PagefindFragment } from './pagefind-types.ts';

/** The part of a page under one heading, up to the next. */
export interface PageSection {
  /** The heading's id, for a link to it. */
  anchor: string;
  heading: string;
  /** The section's text after the heading. */
  text: string;
}

/** A section as a result shows it: its heading and an excerpt of its own, with the matches marked. */
export interface SectionView {
  anchor: string;
  heading: Segment[];
  excerpt: Segment[];
}

/** Most sections a result lists. */
export const maxSections = 3;

/** The page's indexed text cut at its headings (h1–h6 with an id): what comes before the first, then each section. */
export function splitAtHeadings(page: PagefindFragment): { lede: string; sections: PageSection[] } {
  // Pagefind counts an anchor's location in the words between its word breaks, which our index puts in all Han text;
  // in the browser only its raw_content keeps them.
  const content = page.raw_content?.replaceAll('&lt;', '<').replaceAll('&gt;', '>') ?? page.content;
  if (!content.includes(wordBreak)) return { lede: readableText(content), sections: [] };
  const words = content.split(wordBreak);
  const headings = (page.anchors ?? [])
    .filter((a) => /^h[1-6]$/i.test(a.element) && a.id && a.text.trim() && a.location >= 0 && a.location < words.length)
    .sort((a, b) => a.location - b.location);
  const text = (from: number, to?: number) => readableText(words.slice(from, to).join(wordBreak)).trim();
  const sections = headings.map((a, i) => {
    const heading = readableText(a.text).trim();
    const body = text(a.location, headings[i + 1]?.location);
    return { anchor: a.id, heading, text: body.startsWith(heading) ? body.slice(heading.length).replace(/^[。.]?\s*/u, '') : body };
  });
  return { lede: text(0, headings[0]?.location), sections };
}

/** Up to `max` sections that hold the needles, those with the most matches, in page order. */
export function matchingSections(sections: PageSection[], needles: string[], max = maxSections): SectionView[] {
  const counted = sections
    .map((s, i) => ({ s, i, n: matchRanges(`${s.heading}\n${s.text}`, needles).length }))
    .filter((c) => c.n > 0);
  const best = counted.sort((a, b) => b.n - a.n || a.i - b.i).slice(0, max).sort((a, b) => a.i - b.i);
  return best.map(({ s }) => ({ anchor: s.anchor, heading: excerpt(s.heading, needles, s.heading.length), excerpt: excerpt(s.text, needles, 60) }));
}
