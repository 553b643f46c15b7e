import type { ArticleData } from '../schemas/article.ts';

/** A page of this site as it is cited: dates as YYYY-MM-DD. */
export interface CitedPage {
  title: string;
  /** Absolute, canonical address. */
  url: string;
  /** When the page's content last changed. */
  updated: string;
  /** When the reader consulted it. */
  accessed: string;
}

/** A run of citation text; emphasised runs are set in italics (APA titles). */
export interface CitationPart {
  text: string;
  em?: boolean;
}

/** The group author of every page of the site. */
export const SITE_AUTHOR = '张江十年';

/** GB/T 7714-2015 document type codes for our kinds of source. */
export const gbtTypeCodes: Record<ArticleData['source']['kind'], string> = {
  newspaper: 'N',
  'web-news': 'EB/OL',
  report: 'R',
  brochure: 'Z',
};

/** A date as YYYY-MM-DD in the local calendar (the reader's day, for 引用日期). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** GB/T 7714-2015, electronic resource: 题名[EB/OL]. (更新日期)[引用日期]. URL. */
export function gbtPage(page: CitedPage): string {
  return `${page.title}[EB/OL]. (${page.updated})[${page.accessed}]. ${page.url}.`;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** APA (7th edition), web page by a group author that is also the site: Author. (Year, Month Day). *Title*. URL */
export function apaPage(page: CitedPage): CitationPart[] {
  const [y, m, d] = page.updated.split('-').map(Number);
  const title = /[.?!。？！]$/.test(page.title) ? page.title : `${page.title}.`;
  return [{ text: `${SITE_AUTHOR}. (${y}, ${months[m - 1]} ${d}). ` }, { text: title, em: true }, { text: ` ${page.url}` }];
}

/** The plain text of citation parts, as copied. */
export const citationText = (parts: CitationPart[]) => parts.map((p) => p.text).join('');

/** Up to three responsible persons or bodies, then 等 (GB/T 7714-2015 8.1.2). */
function responsible(names: string[]): string {
  return names.length > 3 ? `${names.slice(0, 3).join(', ')}, 等` : names.join(', ');
}

/** GB/T 7714-2015 reference to a source document: newspaper [N], online news [EB/OL], report [R] (a chapter as 析出文献), brochure [Z]. With no named author it starts with the title; the issuing body then appears as publisher. */
export function gbtSource(source: ArticleData['source']): string {
  const { kind, authors, publication, originalTitle, column, date, place = '[出版地不详]' } = source;
  const head = `${authors.length ? `${responsible(authors)}. ` : ''}${originalTitle}[${gbtTypeCodes[kind]}]`;
  if (kind === 'newspaper' || kind === 'web-news') return `${head}. ${publication}, ${date.iso}.`;
  const imprint = `${place}: ${publication}, ${date.year}.`;
  if (kind === 'report' && column) return `${head}//${publication}. ${column}. ${imprint}`;
  return `${head}. ${imprint}`;
}

/** GB/T 7714-2015, online dataset [DS/OL]: 题名[DS/OL]. (更新日期)[引用日期]. URL. */
export function gbtDataset(data: CitedPage): string {
  return `${data.title}[DS/OL]. (${data.updated})[${data.accessed}]. ${data.url}.`;
}
