import { describe, it, expect } from 'vitest';
import { hitsIn, searchableText, type Hit, type TextRun } from '../../src/lib/search/find-hits.ts';
import { passageHits } from '../../src/lib/search/passage-hits.ts';
import { hitLink, hitQuery } from '../../src/lib/search/hit-link.ts';

/** The text each hit covers, read back from the runs as a page would show it. */
const covered = (runs: TextRun[], hits: Hit[]) => hits.map((pieces) => pieces.map((p) => runs[p.run].text.slice(p.start, p.end)).join('|'));
const runs = (...parts: [string, number][]) => parts.map(([text, block]) => ({ text, block }));

describe('finding a query in the text of a page', () => {
  it('finds every occurrence, also where a link or emphasis cuts the text into several nodes', () => {
    const page = runs(['张江的集成', 0], ['电路', 0], ['产业；集成电路设计。', 0]);
    const hits = hitsIn(searchableText(page), ['集成电路']);
    expect(covered(page, hits)).toEqual(['集成|电路', '集成电路']);
    expect(hits[0]).toEqual([{ run: 0, start: 3, end: 5 }, { run: 1, start: 0, end: 2 }]);
  });

  it('never joins two paragraphs or a heading and its text into one match', () => {
    const page = runs(['张江', 0], ['科学城', 1]);
    expect(hitsIn(searchableText(page), ['张江科学城'])).toEqual([]);
    expect(hitsIn(searchableText(runs(['张江', 0], ['科学城', 0])), ['张江科学城'])).toHaveLength(1);
  });

  it('reads a line break inside a Chinese sentence as nothing, and white space between Latin words as one space', () => {
    const page = runs(['集成\n  电路与KX\n 6000', 0]);
    expect(covered(page, hitsIn(searchableText(page), ['集成电路', 'kx 6000']))).toEqual(['集成\n  电路', 'KX\n 6000']);
  });

  it('matches full-width Latin and punctuation and any case, as the search normalises a query', () => {
    const page = runs(['长三角Ｇ６０科创走廊：起步', 0]);
    expect(covered(page, hitsIn(searchableText(page), ['g60', '走廊:']))).toEqual(['Ｇ６０', '走廊：']);
  });
});

describe('passageHits', () => {
  const page = runs(['兆芯发布KX-6000系列，', 0], ['张江的“集成电路”产业。', 1], ['电路板', 2]);

  it('marks each word of a query and quoted phrases as phrases', () => {
    expect(covered(page, passageHits(page, 'kx-6000 张江').hits)).toEqual(['KX-6000', '张江']);
    expect(covered(page, passageHits(page, '“集成电路”').hits)).toEqual(['集成电路']);
  });

  it('marks the words of a term the page does not hold as written, and says which term that was', () => {
    const found = passageHits(page, '电路集成');
    expect(found.missing).toEqual(['电路集成']);
    // Words next to each other are one mark.
    expect(covered(page, found.hits)).toEqual(['集成电路', '电路']);
  });

  it('finds nothing in punctuation alone', () => {
    expect(passageHits(page, '！？')).toEqual({ hits: [], missing: [] });
  });
});

describe('links that mark a query on the page they open', () => {
  it('carry the query in hl, and the heading in the fragment', () => {
    expect(hitLink('/articles/a/', '中微')).toBe('/articles/a/?hl=%E4%B8%AD%E5%BE%AE');
    expect(hitLink('/articles/a/', 'KX 6000', '大科学设施')).toBe(`/articles/a/?hl=KX%206000#${encodeURIComponent('大科学设施')}`);
    expect(hitLink('/a/', '  ')).toBe('/a/');
  });

  it('read back the query, whatever it holds', () => {
    const link = hitLink('/a/', '<script>&?#"张江"');
    expect(hitQuery(new URL(link, 'https://x.org').search)).toBe('<script>&?#"张江"');
    expect(hitQuery('?q=张江')).toBe('');
  });
});
