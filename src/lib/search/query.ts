import { alphanumericRun, hanCharacter } from './han.ts';

/** Longest query searched, in characters; anything longer is cut. */
export const maxQueryLength = 64;

/** One term of a query: a bare word or a quoted phrase. */
export interface QueryTerm {
  /** The term as searched: NFKC-normalised, lower case, e.g. "kx-6000" or "集成电路". */
  text: string;
  /** Runs of index words with nothing between them on the page: every Han character is a word, so is a Latin or digit run. */
  groups: string[][];
  /** Quoted: whole words only, no prefix matching. */
  quoted: boolean;
  /** Some of the text is not in the words (punctuation, as in KX-6000 or 3.0): pages must be checked against the text. */
  lossy: boolean;
}

const termPattern = /"([^"]*)"|“([^”]*)”|「([^」]*)」|(\S+)/gu;
// What Pagefind strips from a word before indexing it, as its own client does with queries.
const punctuation = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;
// Made on first use: the search page's own script imports this module for `maxQueryLength` alone.
let segmenter: Intl.Segmenter | undefined;

/** Cuts text into groups of index words the way the index was cut; punctuation and symbols end a group. */
export function indexWords(text: string): string[][] {
  const groups: string[][] = [[]];
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    // Firefox calls Traditional text (集成電路) no word at all: letters and digits are words whatever it says.
    if (!isWordLike && !alphanumericRun.test(segment)) {
      if (/\S/u.test(segment) && groups.at(-1)!.length) groups.push([]);
      continue;
    }
    let word = '';
    for (const ch of segment) {
      if (!hanCharacter.test(ch)) word += ch;
      else {
        if (word) groups.at(-1)!.push(word);
        groups.at(-1)!.push(ch);
        word = '';
      }
    }
    word = word.replace(punctuation, '');
    if (word) groups.at(-1)!.push(word);
  }
  return groups.filter((g) => g.length);
}

/** Normalises what was typed: NFKC (full-width Latin to ASCII), lower case, single spaces, at most `maxQueryLength` characters. */
export function normalizeQuery(raw: string): string {
  const text = raw.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return [...text].slice(0, maxQueryLength).join('').trim();
}

/** Parses a query into terms that must all be on a page; quoted parts (“…” or "…") are phrases of whole words. */
export function parseQuery(raw: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const m of normalizeQuery(raw).matchAll(termPattern)) {
    const quoted = m[4] === undefined;
    const text = (m[1] ?? m[2] ?? m[3] ?? m[4]).trim().replace(/ (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu, '');
    const groups = indexWords(text);
    if (groups.length) terms.push({ text, groups, quoted, lossy: groups.flat().join('') !== text.replace(/ /g, '') });
  }
  return terms;
}
