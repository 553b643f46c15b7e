import { hanCharacter, wordBreak } from './han.ts';
import type { QueryTerm } from './query.ts';
import type { PagefindApi, PagefindFragment, PagefindResult } from './pagefind-types.ts';

/** Pages found for a query. */
export interface FoundPages {
  /** Best first. */
  results: PagefindResult[];
  /** No page holds every term as typed: these pages only hold all of its characters and words somewhere. */
  partial: boolean;
}

/** Most pages whose text is fetched to check a term that the index alone cannot confirm. */
export const maxChecked = 100;

const phrase = (words: string[]) => `"${words.join(' ')}"`;

/** A page's indexed text, normalised like a query, to check terms against. */
export const pageText = (fragment: PagefindFragment) =>
  fragment.content.replaceAll(wordBreak, '').normalize('NFKC').toLowerCase();

async function ids(pagefind: PagefindApi, query: string): Promise<Set<string>> {
  return new Set(((await pagefind.search(query))?.results ?? []).map((r) => r.id));
}

/** Pages that hold a term, and those among them that hold it as a whole word (330 itself, not only 3300). */
interface Holding {
  held: Set<string>;
  exact: Set<string>;
}

/** The candidates that hold the term: exact phrase searches where they say it all, the page text where they cannot. */
async function holding(pagefind: PagefindApi, term: QueryTerm, candidates: PagefindResult[]): Promise<Holding> {
  const phrases = await Promise.all(term.groups.map((g) => ids(pagefind, phrase(g))));
  const [first, ...rest] = term.groups;
  const prefix = !term.quoted && !term.lossy && rest.length === 0 && first.length === 1 && !hanCharacter.test(first[0]);
  if (!term.lossy && !prefix) {
    const held = new Set(candidates.filter((c) => phrases.every((p) => p.has(c.id))).map((c) => c.id));
    return { held, exact: held };
  }
  // A bare Latin word is held by the pages that have the word itself. Pagefind also matches it as the start of longer
  // words (G6 → G60) or, where no word starts with it, as a shorter word (G6000 → G60), and in an index of several
  // shards (shards.ts) each shard decides that for itself; so for the other pages, and for punctuation the index
  // drops (KX-6000, 3.0), the page text decides. The last group may be the start of a longer word (GCJ-0 of GCJ-02).
  const sure = prefix ? phrases[0] : new Set<string>();
  const held = new Set(candidates.filter((c) => sure.has(c.id)).map((c) => c.id));
  const pool = candidates.filter((c) => !sure.has(c.id) && phrases.slice(0, -1).every((p) => p.has(c.id)));
  const texts = await Promise.all(pool.slice(0, maxChecked).map((c) => c.data()));
  texts.forEach((text, i) => pageText(text).includes(term.text) && held.add(pool[i].id));
  // Past the pages checked, those holding every group as a phrase are kept unchecked rather than lost.
  for (const c of pool.slice(maxChecked)) if (phrases.every((p) => p.has(c.id))) held.add(c.id);
  return { held, exact: prefix ? sure : new Set([...held].filter((id) => phrases.every((p) => p.has(id)))) };
}

/** Finds the pages that hold every term of a parsed query, ranked by Pagefind's score for all of their words. */
export async function findPages(pagefind: PagefindApi, terms: QueryTerm[]): Promise<FoundPages> {
  const words = [...new Set(terms.flatMap((t) => t.groups.flat()))];
  if (!words.length) return { results: [], partial: false };
  // Pagefind drops a word that is on no page and matches the rest, so a missing word has to be caught here.
  const candidates = (await pagefind.search(words.join(' ')))?.results ?? [];
  const held = await Promise.all(terms.map((t) => holding(pagefind, t, candidates)));
  // Pagefind scores a bare Latin word or number by every word it starts (330 by 3300 too): pages that hold the
  // terms as whole words come first, in Pagefind's order otherwise.
  const whole = (c: PagefindResult) => held.filter((h) => h.exact.has(c.id)).length;
  const results = candidates
    .filter((c) => held.every((h) => h.held.has(c.id)))
    .map((c, i) => ({ c, i, n: whole(c) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map(({ c }) => c);
  if (results.length || !candidates.length || (await absentWords(pagefind, words)).length) return { results, partial: false };
  return { results: candidates, partial: true };
}

/** The words of a query that are on no page at all; for Han characters on this Simplified site, most likely Traditional ones. */
export async function absentWords(pagefind: PagefindApi, words: string[]): Promise<string[]> {
  const found = await Promise.all(words.map(async (w) => (await ids(pagefind, phrase([w]))).size > 0));
  return words.filter((_, i) => !found[i]);
}
