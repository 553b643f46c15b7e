import { wordBreak } from './han.ts';

/** A piece of an excerpt; marked pieces are what the query matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Pagefind ends each block of a page with ". "; after Chinese text a full stop reads better. */
export const readableText = (content: string) => content.replaceAll(wordBreak, '').replace(/(\p{Script=Han})\. /gu, '$1。');

const lowerAscii = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Where any of the needles occurs in the text, ignoring ASCII case, as sorted, non-overlapping [start, end) ranges. */
export function matchRanges(text: string, needles: string[]): [number, number][] {
  const hay = lowerAscii(text);
  const ranges: [number, number][] = [];
  for (const needle of new Set(needles.map(lowerAscii).filter(Boolean))) {
    for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) ranges.push([i, i + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

const sentenceEnd = /[。！？；\n]/u;

/** The best start for a window that should show the match at `from`: the sentence start just before it, if close. */
function windowStart(text: string, from: number, lead: number): number {
  for (let i = from - 1; i >= Math.max(0, from - lead * 2); i--) if (sentenceEnd.test(text[i])) return i + 1;
  return Math.max(0, from - lead);
}

/** About `length` characters of the text around its densest matches, cut into marked and unmarked segments. */
export function excerpt(text: string, needles: string[], length = 90): Segment[] {
  const ranges = matchRanges(text, needles);
  const lead = Math.floor(length / 4);
  let start = 0;
  let best = -1;
  // A text that fits is shown whole; otherwise the window starts near the match it covers most of.
  for (const [from] of text.length > length ? ranges : []) {
    const s = windowStart(text, from, lead);
    const covered = ranges.filter(([a, b]) => a >= s && b <= s + length).length;
    if (covered > best) [best, start] = [covered, s];
  }
  let end = Math.min(text.length, start + length);
  // Never cut a match in two: take all of it, or stop before it.
  const cut = ranges.find(([a, b]) => a < end && b > end);
  if (cut) end = cut[1] - end <= 12 ? cut[1] : cut[0];
  const segments: Segment[] = start > 0 ? [{ text: '…', mark: false }] : [];
  let at = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    if (a > at) segments.push({ text: text.slice(at, a), mark: false });
    segments.push({ text: text.slice(Math.max(a, at), Math.min(b, end)), mark: true });
    at = Math.min(b, end);
  }
  if (at < end) segments.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) segments.push({ text: '…', mark: false });
  return segments;
}
