import type { ArticleData } from '../../schemas/article.ts';
import { parsePartialDate, type PartialDate } from '../../schemas/partial-date.ts';
import { SITE_AUTHOR } from '../citation.ts';

/** What is cited: a page of this site, or one of the kinds of source document it is written from. */
export type CiteType = 'webpage' | 'newspaper' | 'web-news' | 'report' | 'chapter' | 'brochure';

/** A person or, with `org`, an organisation (written as one name, never split). */
export interface Creator {
  name: string;
  org?: boolean;
}

/** One bibliographic record, from which the BibTeX, RIS and CSL-JSON exports are written. */
export interface CiteRecord {
  /** Citation key, e.g. zjsn-article-zhangjiang-hardcore-tech. */
  id: string;
  type: CiteType;
  title: string;
  authors: Creator[];
  /** The responsible body of the whole a chapter belongs to (GB/T 7714: the 析出文献's host). */
  editors: Creator[];
  /** The website, newspaper, outlet or report the item is part of. */
  container?: string;
  /** Column or section of a newspaper. */
  section?: string;
  publisher?: string;
  place?: string;
  date: PartialDate;
  url?: string;
  /** BCP 47 language tag. */
  language: string;
  /** GB/T 7714-2015 type code, e.g. N, EB/OL. */
  gbtCode: string;
}

/** A page of this site as cited (GB/T 7714 [EB/OL], APA web page by a group author). */
export function pageRecord(page: { id: string; title: string; url: string; updated: string }): CiteRecord {
  const date = parsePartialDate(page.updated);
  if (!date) throw new Error(`not a date: ${page.updated}`);
  const site = { name: SITE_AUTHOR, org: true };
  return { id: page.id, type: 'webpage', title: page.title, authors: [site], editors: [], container: SITE_AUTHOR, date, url: page.url, language: 'zh-CN', gbtCode: 'EB/OL' };
}

const gbtCodes = { newspaper: 'N', 'web-news': 'EB/OL', report: 'R', chapter: 'R', brochure: 'Z' } as const;

/** The document an article is written from, as gbtSource cites it: newspaper [N], online news [EB/OL], report or report chapter [R], brochure [Z]. */
export function sourceRecord(id: string, source: ArticleData['source']): CiteRecord {
  const news = source.kind === 'newspaper' || source.kind === 'web-news';
  const type: CiteType = source.kind === 'report' && source.column ? 'chapter' : source.kind;
  // As in json-ld.ts: reporters are people; the authors of reports and brochures are bodies.
  const authors = source.authors.map((name) => ({ name, org: !news }));
  const common = { id, type, title: source.originalTitle, authors, editors: [], date: source.date, language: 'zh-CN', gbtCode: gbtCodes[type] };
  if (news) return { ...common, container: source.publication, section: source.column };
  if (type === 'chapter')
    return { ...common, container: source.column, editors: [{ name: source.publication, org: true }], publisher: source.publication, place: source.place };
  return { ...common, publisher: source.publication, place: source.place };
}
