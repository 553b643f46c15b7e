// The page's text as the passage search reads it, and the <mark> elements it puts around what it found.
import type { Hit, TextRun } from '../../lib/search/find-hits.ts';

// Never read or marked: code, scripts, graphics, controls (the headings' copy-link buttons), footnote numbers, what
// the search index leaves out (data-pagefind-ignore) and what is not shown.
const skipped =
  'script, style, template, svg, math, code, pre, kbd, samp, textarea, select, button, [hidden], [data-pagefind-ignore], ' +
  '.visually-hidden, [aria-hidden="true"], [data-footnote-ref], [data-footnote-backref], zj-hits';
// Text in these stays in the paragraph around it; any other element starts a block of its own.
const inline = new Set('a abbr b bdi bdo cite data dfn em i mark q s small span strong sub sup time u var del ins ruby rt rp'.split(' '));

/** The text nodes under `scope` that a reader sees, with their text and block, in page order. */
export function textRuns(scope: Element): { nodes: Text[]; runs: TextRun[] } {
  const nodes: Text[] = [];
  const runs: TextRun[] = [];
  const blocks = new Map<Element, number>();
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n instanceof Element ? (n.matches(skipped) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP) : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let block = n.parentElement!;
    while (block !== scope && inline.has(block.localName)) block = block.parentElement!;
    if (!blocks.has(block)) blocks.set(block, blocks.size);
    nodes.push(n as Text);
    runs.push({ text: (n as Text).data, block: blocks.get(block)! });
  }
  return { nodes, runs };
}

/** Wraps each hit's pieces in <mark data-hit="n">; returns the marks of each hit, in order. */
export function wrapHits(nodes: Text[], hits: Hit[]): HTMLElement[][] {
  const marks: HTMLElement[][] = hits.map(() => []);
  const pieces = hits.flatMap((hit, h) => hit.map((p, k) => ({ ...p, h, k })));
  // From the end of each node backwards, so that the offsets still to wrap stay where they were.
  pieces.sort((a, b) => a.run - b.run || b.start - a.start);
  for (const p of pieces) {
    const middle = nodes[p.run].splitText(p.start);
    middle.splitText(p.end - p.start);
    const mark = document.createElement('mark');
    mark.dataset.hit = String(p.h);
    middle.replaceWith(mark);
    mark.append(middle);
    marks[p.h][p.k] = mark;
  }
  return marks;
}

/** Takes the marks out again, leaving the text as it was. */
export function unwrap(marks: HTMLElement[]): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}
