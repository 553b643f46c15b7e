import { describe, it, expect } from 'vitest';
import { articleSource } from '../../src/schemas/article.ts';
import { pageRecord, sourceRecord } from '../../src/lib/cite/record.ts';
import { bibtexEntry, bibEscape } from '../../src/lib/cite/bibtex.ts';
import { risRecord } from '../../src/lib/cite/ris.ts';
import { cslItem } from '../../src/lib/cite/csl.ts';
import { splitChineseName } from '../../src/lib/cite/names.ts';
import { gbtPage, gbtSource } from '../../src/lib/citation.ts';
import { bibNames, missingFields, parseBibtex } from '../parse/bibtex.ts';
import { parseRis, risValues } from '../parse/ris.ts';

const page = pageRecord({ id: 'zjsn-article-x', title: '十年之后再出发：5G与AI', url: 'https://example.org/articles/x/', updated: '2026-03-05' });
const source = (over: Record<string, unknown>) =>
  articleSource.parse({ seed: '000_d58ff43d179b9ab9.txt', kind: 'newspaper', publication: '科技日报', originalTitle: '《张江示范区：瞄准硬核科技》', date: '2021-04', ...over });
const newspaper = sourceRecord('s1', source({ authors: ['侯树文', '王春'], column: '园镜头' }));
const webNews = sourceRecord('s2', source({ kind: 'web-news', publication: '界面新闻', authors: ['杨舒鸿吉'], date: '2019-05' }));
const chapter = sourceRecord('s3', source({ kind: 'report', publication: '上海市科学技术委员会', place: '上海', originalTitle: '《1.1 聚焦张江》', column: '2020上海科技进步报告', date: '2021-01-25' }));
const brochure = sourceRecord('s4', source({ kind: 'brochure', publication: '甲办公室与乙管委会', originalTitle: '《你好，张江》', date: '2021', authors: [] }));
const unsigned = sourceRecord('s5', source({ authors: [] }));
const all = { page, newspaper, webNews, chapter, brochure, unsigned };

describe('BibTeX', () => {
  const entries = Object.fromEntries(Object.entries(all).map(([k, r]) => [k, parseBibtex(bibtexEntry(r))]));

  it('writes one entry per record, with the record key and every required field of its entry type', () => {
    for (const [name, parsed] of Object.entries(entries)) {
      expect(parsed, name).toHaveLength(1);
      expect(parsed[0].key).toBe(all[name as keyof typeof all].id);
      expect(missingFields(parsed[0]), name).toEqual([]);
    }
  });
  it('a page of the site is @online by the site as an organisation in braces, never split into names', () => {
    const [e] = entries.page;
    expect(e.type).toBe('online');
    expect(e.fields.author).toBe('{张江十年}');
    expect(e.fields.title).toBe('{十年之后再出发：5G与AI}');
    expect(e.fields.url).toBe('https://example.org/articles/x/');
    expect([e.fields.year, e.fields.month, e.fields.date]).toEqual(['2026', 'mar', '2026-03-05']);
    expect([e.fields.mark, e.fields.medium]).toEqual(['EB', 'OL']);
  });
  it('a newspaper piece is @article in a newspaper with one name per reporter, at the date’s precision', () => {
    const [e] = entries.newspaper;
    expect([e.type, e.fields.entrysubtype, e.fields.journal, e.fields.mark]).toEqual(['article', 'newspaper', '科技日报', 'N']);
    expect(bibNames(e.fields.author)).toEqual(['侯树文', '王春']);
    expect([e.fields.year, e.fields.month, e.fields.date]).toEqual(['2021', 'apr', '2021-04']);
  });
  it('a report chapter names the issuing body (in braces) for the whole report, as GB/T’s //', () => {
    const [e] = entries.chapter;
    expect([e.type, e.fields.booktitle, e.fields.editor, e.fields.publisher, e.fields.address]).toEqual(['incollection', '2020上海科技进步报告', '{上海市科学技术委员会}', '上海市科学技术委员会', '上海']);
    expect(gbtSource({ ...source({ kind: 'report', publication: '上海市科学技术委员会', place: '上海', originalTitle: '《1.1 聚焦张江》', column: '2020上海科技进步报告', date: '2021-01-25' }) })).toContain('[R]//上海市科学技术委员会. 2020上海科技进步报告');
  });
  it('a brochure is a @booklet by its issuing bodies; an unsigned piece sorts by its title', () => {
    expect(entries.brochure[0].type).toBe('booklet');
    expect(entries.brochure[0].fields.publisher).toBe('甲办公室与乙管委会');
    expect(entries.unsigned[0].fields.author).toBeUndefined();
    expect(entries.unsigned[0].fields.key).toBe('张江示范区：瞄准硬核科技');
  });
  it('escapes the characters TeX treats specially', () => {
    expect(bibEscape('50%与R&D_#$~^\\')).toBe('50\\%与R\\&D\\_\\#\\$\\textasciitilde{}\\textasciicircum{}\\textbackslash{}');
    // BibTeX counts escaped braces too: a lone brace in a title must not unbalance the entry.
    const [e] = parseBibtex(bibtexEntry({ ...page, title: '括号}不成对{' }));
    expect(e.fields.url).toBe(page.url);
  });
});

describe('RIS', () => {
  it('starts with TY, ends with ER, one AU per author, every line "TAG  - value" ending in CRLF', () => {
    for (const [name, r] of Object.entries(all)) {
      const text = risRecord(r);
      expect(text.startsWith('TY  - '), name).toBe(true);
      expect(text.endsWith('ER  - \r\n'), name).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const [record] = parseRis(text);
      expect(risValues(record, 'AU'), name).toHaveLength(r.authors.length);
      expect(risValues(record, 'TI'), name).toEqual([r.title]);
    }
  });
  it('a page is ELEC by the site, with its website, date, address and language', () => {
    const [r] = parseRis(risRecord(page));
    expect(Object.fromEntries(r)).toMatchObject({ TY: 'ELEC', AU: '张江十年', T2: '张江十年', PY: '2026', DA: '2026/03/05/', UR: 'https://example.org/articles/x/', LA: 'zh-CN' });
  });
  it('writes people as "Family, Given" and bodies whole; a month-only date leaves the day empty', () => {
    const [n] = parseRis(risRecord(newspaper));
    expect(risValues(n, 'AU')).toEqual(['侯, 树文', '王, 春']);
    expect(Object.fromEntries(n)).toMatchObject({ TY: 'NEWS', T2: '科技日报', SE: '园镜头', DA: '2021/04//' });
    const [c] = parseRis(risRecord(chapter));
    expect(Object.fromEntries(c)).toMatchObject({ TY: 'CHAP', A2: '上海市科学技术委员会', T2: '2020上海科技进步报告', PB: '上海市科学技术委员会', CY: '上海' });
    expect(parseRis(risRecord(brochure))[0][0]).toEqual(['TY', 'PAMP']);
  });
});

describe('CSL-JSON', () => {
  const cslTypes = ['webpage', 'article-newspaper', 'report', 'chapter', 'pamphlet'];
  it('has id, a CSL type, title and issued date-parts at the date’s precision', () => {
    for (const [name, r] of Object.entries(all)) {
      const item = cslItem(r);
      expect(item.id, name).toBe(r.id);
      expect(cslTypes, name).toContain(item.type);
      expect(item.title, name).toBe(r.title);
    }
    expect(cslItem(page).issued).toEqual({ 'date-parts': [[2026, 3, 5]] });
    expect(cslItem(newspaper).issued).toEqual({ 'date-parts': [[2021, 4]] });
    expect(cslItem(brochure).issued).toEqual({ 'date-parts': [[2021]] });
  });
  it('writes organisations as literal names and people as family and given', () => {
    expect(cslItem(page)).toMatchObject({ type: 'webpage', author: [{ literal: '张江十年' }], 'container-title': '张江十年', URL: 'https://example.org/articles/x/', language: 'zh-CN' });
    expect(cslItem(newspaper).author).toEqual([{ family: '侯', given: '树文' }, { family: '王', given: '春' }]);
    expect(cslItem(webNews)).toMatchObject({ type: 'webpage', 'container-title': '界面新闻', author: [{ family: '杨', given: '舒鸿吉' }] });
    expect(cslItem(chapter)).toMatchObject({ type: 'chapter', editor: [{ literal: '上海市科学技术委员会' }], 'container-title': '2020上海科技进步报告', 'publisher-place': '上海' });
    expect(cslItem(unsigned).author).toBeUndefined();
  });
});

describe('agreeing with the GB/T 7714 text', () => {
  it('title, date and address of a page are those of gbtPage', () => {
    const text = gbtPage({ title: page.title, url: page.url!, updated: page.date.iso, accessed: '2026-11-23' });
    const [e] = parseBibtex(bibtexEntry(page));
    expect(text).toBe(`${e.fields.title.slice(1, -1)}[EB/OL]. (${e.fields.date})[2026-11-23]. ${e.fields.url}.`);
  });
});

describe('Chinese personal names', () => {
  it('take the first character as surname, or a two-character compound surname', () => {
    expect(splitChineseName('张萍')).toEqual({ family: '张', given: '萍' });
    expect(splitChineseName('欧阳修')).toEqual({ family: '欧阳', given: '修' });
    expect(splitChineseName('司马')).toEqual({ family: '司', given: '马' });
    expect(splitChineseName('John Smith')).toBeNull();
  });
});
