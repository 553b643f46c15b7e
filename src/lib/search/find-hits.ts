import { matchRanges } from './excerpt.ts';

/** One text node's string on the page, and the block (paragraph, heading, list item) it belongs to. */
export interface TextRun {
  text: string;
  block: number;
}

/** The part of one occurrence that lies in one run: [start, end) of that run's text. */
export interface HitPiece {
  run: number;
  start: number;
  end: number;
}

/** One occurrence of a needle, as the pieces of the runs it spans, in page order. */
export type Hit = HitPiece[];

/** The runs' text as a query sees it, with where each of its characters came from. */
export interface SearchableText {
  text: string;
  /** Run and offset of each character of `text`; -1 for the break between two blocks. */
  run: Int32Array;
  offset: Int32Array;
}

const space = /\s/u;
// Characters around which a line break in the source is no space for a reader: Han, CJK and full-width punctuation.
const wide = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Full-width Latin, digits and punctuation as a normalised query holds them (NFKC), and ASCII in lower case. */
function folded(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch.toLowerCase();
  if (code < 0x2000 || (code >= 0xd800 && code <= 0xdfff)) return ch;
  const n = ch.normalize('NFKC');
  return n.length === 1 ? n.toLowerCase() : ch;
}

/**
 * Joins the runs into one text to search: blocks apart (a query never spans two paragraphs), runs of white space as
 * one space, and none at all between two Chinese characters (a line break inside a Chinese sentence in the source).
 */
export function searchableText(runs: TextRun[]): SearchableText {
  const chars: string[] = [];
  const from: number[] = [];
  let pending: [number, number] | null = null;
  let lastWide = false;
  runs.forEach(({ text, block }, r) => {
    if (r > 0 && block !== runs[r - 1].block && chars.length) {
      chars.push('\n'), from.push(-1, -1);
      [pending, lastWide] = [null, false];
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (space.test(ch)) {
        if (chars.length && chars.at(-1) !== '\n') pending ??= [r, i];
        continue;
      }
      const isWide = wide.test(ch);
      if (pending && !(lastWide && isWide)) chars.push(' '), from.push(...pending);
      chars.push(folded(ch)), from.push(r, i);
      [pending, lastWide] = [null, isWide];
    }
  });
  const run = new Int32Array(chars.length);
  const offset = new Int32Array(chars.length);
  for (let i = 0; i < chars.length; i++) [run[i], offset[i]] = [from[2 * i], from[2 * i + 1]];
  return { text: chars.join(''), run, offset };
}

/** Every occurrence of the needles (normalised like a query) in the text, as pieces of the runs, in page order. */
export function hitsIn(searchable: SearchableText, needles: string[]): Hit[] {
  return matchRanges(searchable.text, needles).map(([a, b]) => {
    const pieces: HitPiece[] = [];
    for (let i = a; i < b; i++) {
      const run = searchable.run[i];
      if (run < 0) continue;
      const last = pieces.at(-1);
      if (last?.run === run) last.end = searchable.offset[i] + 1;
      else pieces.push({ run, start: searchable.offset[i], end: searchable.offset[i] + 1 });
    }
    return pieces;
  });
}
