import { describe, it, expect, vi } from 'vitest';
import { parseQuery, indexWords, normalizeQuery, maxQueryLength } from '../../src/lib/search/query.ts';

describe('indexWords', () => {
  it('makes every Han character a word and keeps Latin and digit runs whole', () => {
    expect(indexWords('集成电路')).toEqual([['集', '成', '电', '路']]);
    expect(indexWords('2016年')).toEqual([['2016', '年']]);
    expect(indexWords('5G芯片')).toEqual([['5G', '芯', '片']]);
    expect(indexWords('T7520')).toEqual([['T7520']]);
  });

  it('ends a group at punctuation, which the index does not hold', () => {
    expect(indexWords('KX-6000系列')).toEqual([['KX'], ['6000', '系', '列']]);
    expect(indexWords('科创板”的')).toEqual([['科', '创', '板'], ['的']]);
  });

  it('reads letters and digits as words even where the browser’s segmenter says they are none, as Firefox does for Traditional text', async () => {
    const Real = Intl.Segmenter;
    class NoWords extends Real {
      segment(text: string) {
        return [...super.segment(text)].map((s) => ({ ...s, isWordLike: false })) as unknown as Intl.Segments;
      }
    }
    vi.stubGlobal('Intl', { ...Intl, Segmenter: NoWords });
    vi.resetModules();
    try {
      const fresh = await import('../../src/lib/search/query.ts');
      expect(fresh.indexWords('集成電路')).toEqual([['集', '成', '電', '路']]);
      expect(fresh.indexWords('KX-6000，張江')).toEqual([['KX'], ['6000'], ['張', '江']]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps a decimal number as one word without its point, as Pagefind indexes it', () => {
    expect(indexWords('21.217')).toEqual([['21217']]);
  });
});

describe('parseQuery', () => {
  it('splits bare words into terms that must all be on a page', () => {
    expect(parseQuery('张江  集成电路').map((t) => t.text)).toEqual(['张江', '集成电路']);
  });

  it('normalises full-width Latin and case, so Ｇ６０ and g60 are the same query', () => {
    expect(parseQuery('Ｇ６０')).toEqual(parseQuery('g60'));
    expect(parseQuery('G60')[0].groups).toEqual([['g60']]);
  });

  it('treats quoted text (straight or Chinese quotes) as one phrase of whole words', () => {
    const [term] = parseQuery('“张江 示范区”');
    expect(term).toMatchObject({ text: '张江示范区', quoted: true, groups: [['张', '江', '示', '范', '区']] });
    expect(parseQuery('"kx 6000"')[0]).toMatchObject({ quoted: true, groups: [['kx', '6000']] });
  });

  it('marks terms whose punctuation the index cannot check as lossy', () => {
    expect(parseQuery('KX-6000')[0].lossy).toBe(true);
    expect(parseQuery('3.0')[0].lossy).toBe(true);
    expect(parseQuery('集成电路')[0].lossy).toBe(false);
    expect(parseQuery('2016年')[0].lossy).toBe(false);
  });

  it('finds nothing to search in punctuation, emoji or an empty box', () => {
    expect(parseQuery('！？。……')).toEqual([]);
    expect(parseQuery('😀🚀')).toEqual([]);
    expect(parseQuery('   ')).toEqual([]);
  });

  it('cuts very long queries and survives markup and regex metacharacters', () => {
    expect([...normalizeQuery('张'.repeat(2000))]).toHaveLength(maxQueryLength);
    expect(parseQuery('<script>alert(1)</script>').flatMap((t) => t.groups.flat())).toEqual(['script', 'alert', '1', 'script']);
    expect(() => parseQuery('.*+?^${}()|[]\\')).not.toThrow();
  });
});
