import { describe, it, expect } from 'vitest';
import { apaPage, gbtPage, gbtSource, isoDay, citationText } from '../../src/lib/citation.ts';
import { articleSource } from '../../src/schemas/article.ts';

const page = { title: '十年之后再出发', url: 'https://example.org/articles/x/', updated: '2026-03-05', accessed: '2026-11-23' };
const source = (over: Record<string, unknown>) =>
  articleSource.parse({ seed: '000_d58ff43d179b9ab9.txt', publication: '科技日报', originalTitle: '《原题》', date: '2021-04', ...over });

describe('citing a page of this site', () => {
  it('GB/T 7714-2015 electronic resource: title[EB/OL]. (updated)[accessed]. URL.', () => {
    expect(gbtPage(page)).toBe('十年之后再出发[EB/OL]. (2026-03-05)[2026-11-23]. https://example.org/articles/x/.');
  });
  it('APA 7: group author, (Year, Month Day), italic title, URL', () => {
    const parts = apaPage(page);
    expect(citationText(parts)).toBe('张江十年. (2026, March 5). 十年之后再出发. https://example.org/articles/x/');
    expect(parts.filter((p) => p.em).map((p) => p.text)).toEqual(['十年之后再出发.']);
  });
  it('does not double the full stop after a title ending in a question mark', () => {
    expect(citationText(apaPage({ ...page, title: '五年来进展如何？' }))).toContain('五年来进展如何？ https://');
  });
  it('writes the access date as the reader’s local day', () => {
    expect(isoDay(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });
});

describe('citing the source documents (GB/T 7714-2015)', () => {
  it('newspaper article [N]: authors, title, paper, date', () => {
    expect(gbtSource(source({ kind: 'newspaper', authors: ['侯树文', '王春'], originalTitle: '《张江示范区：瞄准硬核科技》' }))).toBe(
      '侯树文, 王春. 张江示范区：瞄准硬核科技[N]. 科技日报, 2021-04.',
    );
  });
  it('lists at most three authors, then 等', () => {
    expect(gbtSource(source({ kind: 'newspaper', authors: ['甲', '乙', '丙', '丁'] }))).toMatch(/^甲, 乙, 丙, 等\. 原题\[N\]/);
  });
  it('online news [EB/OL] with the outlet and the date at its precision', () => {
    expect(gbtSource(source({ kind: 'web-news', publication: '界面新闻', authors: ['杨舒鸿吉'], date: '2019-05' }))).toBe(
      '杨舒鸿吉. 原题[EB/OL]. 界面新闻, 2019-05.',
    );
  });
  it('a report chapter [R] as 析出文献 of the whole report by the issuing body, year only', () => {
    const report = source({ kind: 'report', publication: '上海市科学技术委员会', place: '上海', originalTitle: '《1.1 聚焦张江》', column: '2020上海科技进步报告', date: '2021-01-25' });
    expect(gbtSource(report)).toBe('1.1 聚焦张江[R]//上海市科学技术委员会. 2020上海科技进步报告. 上海: 上海市科学技术委员会, 2021.');
    expect(gbtSource({ ...report, column: undefined, authors: ['某研究组'] })).toBe('某研究组. 1.1 聚焦张江[R]. 上海: 上海市科学技术委员会, 2021.');
  });
  it('a brochure [Z] with its issuing bodies as publisher, and [出版地不详] when no place is known', () => {
    const brochure = source({ kind: 'brochure', publication: '某办公室与某管委会', originalTitle: '《你好，张江》', date: '2021' });
    expect(gbtSource(brochure)).toBe('你好，张江[Z]. [出版地不详]: 某办公室与某管委会, 2021.');
    expect(gbtSource({ ...brochure, place: '上海' })).toBe('你好，张江[Z]. 上海: 某办公室与某管委会, 2021.');
  });
  it('starts with the title when a newspaper piece names no author', () => {
    expect(gbtSource(source({ kind: 'newspaper', authors: [] }))).toBe('原题[N]. 科技日报, 2021-04.');
  });
});
