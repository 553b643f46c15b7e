import { describe, it, expect } from 'vitest';
import { readState, writeState, selectionOf } from '../../src/lib/search/url-state.ts';
import { facetCounts, narrow, type FacetIndex } from '../../src/lib/search/facets.ts';
import { searchSummary } from '../../src/lib/search/summary.ts';

describe('search state in the address', () => {
  it('round-trips query and filters', () => {
    const search = '?q=%E5%BC%A0%E6%B1%9F&type=milestone&year=2016&source=000';
    expect(readState(search)).toEqual({ q: '张江', type: 'milestone', year: '2016', source: '000' });
    expect(writeState(readState(search))).toBe(search);
  });

  it('drops values that are not well formed and writes nothing for an empty state', () => {
    expect(readState('?type=<script>&year=20166&source=abc')).toEqual({ q: '', type: undefined, year: undefined, source: undefined });
    expect(readState('?type=constructor').type).toBeUndefined();
    expect(writeState({ q: '  ' })).toBe('');
  });

  it('maps the type key to the label the index stores', () => {
    expect(selectionOf({ q: '', type: 'park', year: '2011' })).toEqual({ type: '园区', year: '2011' });
  });
});

describe('facets', () => {
  const index: FacetIndex = new Map([
    ['type', new Map([['文章', new Set(['a1', 'a2'])], ['大事记', new Set(['m1', 'm2', 'm3'])]])],
    ['year', new Map([['2016', new Set(['a1', 'm1'])], ['2020', new Set(['a2', 'm2', 'm3'])]])],
  ]);
  const found = ['m1', 'a1', 'm2', 'a2'];

  it('keeps the order of the results while narrowing to every chosen filter', () => {
    expect(narrow(found, { type: '大事记' }, index)).toEqual(['m1', 'm2']);
    expect(narrow(found, { type: '大事记', year: '2016' }, index)).toEqual(['m1']);
  });

  it('counts each value among the results the other chosen filters leave', () => {
    const counts = facetCounts(found, { type: '大事记' }, index);
    expect(counts.get('type')).toEqual(new Map([['文章', 2], ['大事记', 2]]));
    expect(counts.get('year')).toEqual(new Map([['2016', 1], ['2020', 1]]));
  });
});

describe('searchSummary', () => {
  const base = { query: '集成电路', terms: 1, found: 14, shown: 14, partial: false };

  it('gives the count, and the count after filtering', () => {
    expect(searchSummary(base)).toBe('“集成电路”：共 14 个页面。');
    expect(searchSummary({ ...base, shown: 6 })).toBe('“集成电路”：共 14 个页面，筛选后 6 个。');
  });

  it('says when it searched the Simplified form of a Traditional query', () => {
    expect(searchSummary({ ...base, query: '集成電路', converted: { from: '集成電路', to: '集成电路' } })).toBe(
      '已把繁体“集成電路”转换为简体“集成电路”搜索。“集成电路”：共 14 个页面。',
    );
  });

  it('explains empty, partial, unsearchable and over-long queries', () => {
    expect(searchSummary({ ...base, found: 0, shown: 0 })).toBe('没有找到包含“集成电路”的页面。');
    expect(searchSummary({ ...base, query: '电路集成', partial: true, found: 3, shown: 3 })).toContain('没有页面包含完整的“电路集成”');
    expect(searchSummary({ ...base, query: '😀', terms: 0, found: 0, shown: 0 })).toBe('“😀”里没有可以搜索的文字或数字。');
    expect(searchSummary({ ...base, query: '张'.repeat(100), found: 0, shown: 0 })).toMatch(/^查询太长，只搜索了前 64 个字。/);
  });
});
