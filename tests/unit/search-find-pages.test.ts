import { describe, it, expect } from 'vitest';
import { findPages, absentWords } from '../../src/lib/search/find-pages.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import type { PagefindApi, PagefindResult } from '../../src/lib/search/pagefind-types.ts';

/**
 * A stand-in for Pagefind over an index built like ours: every Han character is a word, so is a Latin/digit run
 * (points inside numbers dropped, as Pagefind does), and each punctuation mark takes a position of its own.
 * Bare words match as prefixes or, where no word starts with them, as the longest shorter word they start with
 * (G6000 → G60); a word on no page is dropped from the query; quoted words must be adjacent.
 */
function fakePagefind(pages: Record<string, string>): PagefindApi & { calls: string[] } {
  const words = (text: string) =>
    (text.toLowerCase().match(/\p{Script=Han}|[a-z0-9]+(?:\.[0-9]+)*|[^\s\p{Script=Han}a-z0-9]/gu) ?? []).map((w) => w.replaceAll('.', ''));
  const index = Object.entries(pages).map(([url, text]) => ({ url, words: words(text), text }));
  const result = (page: (typeof index)[number], score: number): PagefindResult => ({
    id: page.url,
    score,
    data: async () => ({ url: page.url, content: page.text, meta: { title: page.url }, filters: {} }),
  });
  const calls: string[] = [];
  return {
    calls,
    async filters() {
      return {};
    },
    async search(term) {
      calls.push(term ?? '');
      if (term === null) return { results: index.map((p) => result(p, 1)) };
      const quoted = /^".*"$/.test(term);
      const terms = term.replaceAll('"', '').split(' ').filter(Boolean);
      if (quoted) {
        const hit = (p: (typeof index)[number]) => p.words.some((_, i) => terms.every((t, k) => p.words[i + k] === t));
        return { results: index.filter(hit).map((p) => result(p, 1)) };
      }
      const shorter = (t: string) => {
        const all = index.flatMap((p) => p.words).filter((w) => /^[a-z0-9]+$/.test(w) && w.length < t.length && t.startsWith(w));
        return all.sort((a, b) => b.length - a.length)[0];
      };
      const known = terms
        .map((t) => (index.some((p) => p.words.some((w) => w.startsWith(t))) ? t : (shorter(t) ?? '')))
        .filter(Boolean);
      if (!known.length) return { results: [] };
      const score = (p: (typeof index)[number]) => known.reduce((s, t) => s + p.words.filter((w) => w.startsWith(t)).length, 0);
      const hits = index.filter((p) => known.every((t) => p.words.some((w) => w.startsWith(t))));
      return { results: hits.map((p) => result(p, score(p))).sort((a, b) => b.score - a.score) };
    },
  };
}

/** Several indexes searched as one, as Pagefind's mergeIndex does: each answers for itself, results by score. */
function merged(...shards: PagefindApi[]): PagefindApi {
  return {
    async filters() {
      return {};
    },
    async search(term, options) {
      const found = await Promise.all(shards.map((s) => s.search(term, options)));
      return { results: found.flatMap((f) => f?.results ?? []).sort((a, b) => b.score - a.score) };
    },
  };
}

const ids = async (pagefind: PagefindApi, query: string) => (await findPages(pagefind, parseQuery(query))).results.map((r) => r.id);

describe('findPages', () => {
  const pagefind = fakePagefind({
    ic: '张江示范区的集成电路产业规模约1800亿元。',
    scattered: '路网建设集中在电力和成片开发。',
    circuit: '电路板与集成块。',
    chip: '兆芯发布KX-6000系列处理器，主频3.0吉赫。',
    apart: 'KX系列与6000台设备。浦东开发开放30周年。',
    g60: '长三角G60科创走廊。',
  });

  it('finds a run of characters that crosses a word boundary, and only pages that hold it', async () => {
    expect(await ids(pagefind, '成电路')).toEqual(['ic']);
    expect(await ids(pagefind, '江示范')).toEqual(['ic']);
  });

  it('finds a single character on every page that has it', async () => {
    expect((await ids(pagefind, '芯')).sort()).toEqual(['chip']);
    expect((await ids(pagefind, '电')).sort()).toEqual(['circuit', 'ic', 'scattered']);
  });

  it('requires every term of a multi-word query', async () => {
    expect((await ids(pagefind, '集成 电路')).sort()).toEqual(['circuit', 'ic']);
    expect((await ids(pagefind, '集成 规模')).sort()).toEqual(['ic']);
  });

  it('checks Latin prefixes and punctuation against the page text', async () => {
    expect(await ids(pagefind, 'G6')).toEqual(['g60']);
    expect(await ids(pagefind, 'KX-6000')).toEqual(['chip']);
    expect(await ids(pagefind, '3.0')).toEqual(['chip']);
  });

  it('puts the pages that hold a number or a Latin word as a whole word above those where it only starts one', async () => {
    // Pagefind scores these by every word they start, so the longer words would win.
    const numbers = fakePagefind({ longer: '输出技术超过3300项，成交3300亿元。', exact: '集聚了330家研发机构。', neither: '没有这个数。' });
    expect(await ids(numbers, '330')).toEqual(['exact', 'longer']);
    const words = fakePagefind({ sap: 'SAP、SAP等跨国企业。', sa: '5G独立组网（SA）。' });
    expect(await ids(words, 'SA')).toEqual(['sa', 'sap']);
    // Han phrases keep Pagefind's order.
    expect(await ids(numbers, '超过')).toEqual(['longer']);
  });

  it('keeps a Latin word to the pages that hold it when the index is split into shards that match it differently', async () => {
    // The second shard has no word starting with G6000, so it answers with the shorter word G60.
    const sharded = merged(fakePagefind({ model: '型号G6000发布。' }), fakePagefind({ g60: '长三角G60科创走廊。' }));
    expect(await ids(sharded, 'G6000')).toEqual(['model']);
    expect(await ids(sharded, 'G6')).toEqual(['model', 'g60']);
  });

  it('offers pages holding all the characters, marked partial, only when none holds the phrase', async () => {
    const found = await findPages(pagefind, parseQuery('电路集成'));
    expect(found.partial).toBe(true);
    expect(found.results.map((r) => r.id).sort()).toEqual(['circuit', 'ic', 'scattered']);
    expect((await findPages(pagefind, parseQuery('集成电路'))).partial).toBe(false);
  });

  it('returns nothing, not a partial match, when a character is on no page', async () => {
    expect(await findPages(pagefind, parseQuery('張江'))).toEqual({ results: [], partial: false });
    // Pagefind itself would drop the missing word and answer for 芯 alone.
    expect(await findPages(pagefind, parseQuery('芯 龘'))).toEqual({ results: [], partial: false });
    expect(await absentWords(pagefind, ['張', '江'])).toEqual(['張']);
  });

  it('searches nothing for a query without letters or digits', async () => {
    pagefind.calls.length = 0;
    expect(await findPages(pagefind, parseQuery('？！😀'))).toEqual({ results: [], partial: false });
    expect(pagefind.calls).toEqual([]);
  });
});
