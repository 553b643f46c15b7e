// Picks the evaluation's query terms from the indexed text itself, deterministically.
import type { IndexedPage } from './search-harness.ts';
import { seededRandom } from '../bench/seeded-random.ts';

export type TermKind = 'named' | 'common' | 'rare' | 'cross-boundary' | 'single' | 'latin-digits';

export interface EvalTerm {
  kind: TermKind;
  term: string;
}

/** The examples the issue names: cross-boundary substrings, one character, Latin and digits. */
export const namedTerms = ['成电路', '江示范', '芯', 'G60', 'T7520', 'KX-6000', '5G', '2016年'];

const han = /^\p{Script=Han}+$/u;
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

function shuffled<T>(list: T[], rand: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Counts on how many pages each string occurs (each page counted once). */
function pageCounts(perPage: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const items of perPage) for (const item of new Set(items)) df.set(item, (df.get(item) ?? 0) + 1);
  return df;
}

/**
 * About 250 terms: common and rare words (as ICU's dictionary cuts them), substrings that cross a word boundary,
 * single characters across the frequency range, and Latin/digit tokens such as model names and years.
 */
export function pickTerms(pages: IndexedPage[], seed = 20110628): EvalTerm[] {
  const rand = seededRandom(seed);
  const segments = pages.map((p) => [...segmenter.segment(p.text)]);
  const hanWords = segments.map((ss) => ss.filter((s) => s.isWordLike && han.test(s.segment)).map((s) => s.segment));
  const wordDf = pageCounts(hanWords.map((ws) => ws.filter((w) => w.length >= 2 && w.length <= 4)));
  // The end of one word and the start of the next, where the two touch in the text (成电路 from 集成|电路).
  const crossing = segments.map((ss) =>
    ss.slice(1).flatMap((b, i) => {
      const a = ss[i];
      if (!han.test(a.segment) || !han.test(b.segment)) return [];
      return [a.segment.slice(-1) + b.segment.slice(0, 1), a.segment.slice(-1) + b.segment.slice(0, 2), a.segment.slice(-2) + b.segment.slice(0, 1)];
    }).filter((t) => t.length >= 2 && !wordDf.has(t)),
  );
  const chars = pageCounts(pages.map((p) => [...p.text].filter((c) => han.test(c))));
  // Whole Latin/digit tokens, as people type model names: G60, T7520, KX-6000, 5G, EDA, 2016年.
  const latin = pageCounts(
    pages.map((p) => p.text.match(/(?<![A-Za-z0-9._-])(?:[A-Za-z]+-?\d+[A-Za-z]*|\d+[A-Za-z]+|[A-Z]{2,}|\d{4}年)(?![A-Za-z0-9])/g) ?? []),
  );

  const byCount = (df: Map<string, number>) => [...df].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const seen = new Set<string>();
  const take = (kind: TermKind, list: string[], n: number): EvalTerm[] =>
    list.filter((t) => !seen.has(t) && seen.add(t)).slice(0, n).map((term) => ({ kind, term }));
  const singles = byCount(chars).map(([c]) => c);
  const spread = Array.from({ length: 30 }, (_, i) => singles[Math.floor((i * singles.length) / 30)]);

  return [
    ...take('named', namedTerms, namedTerms.length),
    ...take('common', byCount(wordDf).filter(([, n]) => n >= 3).map(([w]) => w), 60),
    ...take('rare', shuffled(byCount(wordDf).filter(([, n]) => n === 1).map(([w]) => w), rand), 50),
    ...take('cross-boundary', shuffled(byCount(pageCounts(crossing)).map(([t]) => t), rand), 60),
    ...take('single', spread, 30),
    ...take('latin-digits', shuffled(byCount(latin).map(([t]) => t), rand), 40),
  ];
}
