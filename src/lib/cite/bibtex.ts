import type { CiteRecord, CiteType } from './record.ts';

/** Entry types: @online (biblatex; Zotero reads it as a web page), @article with entrysubtype newspaper, @incollection, @techreport, @booklet. */
const entryTypes: Record<CiteType, string> = {
  webpage: 'online',
  newspaper: 'article',
  'web-news': 'article',
  report: 'techreport',
  chapter: 'incollection',
  brochure: 'booklet',
};

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const specials: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // BibTeX counts every brace, escaped or not, so each one is balanced by a \vphantom of its partner (as Zotero does).
  '{': '\\{\\vphantom{\\}}',
  '}': '\\vphantom{\\{}\\}',
};

/** Escapes the characters BibTeX and LaTeX treat specially. */
export function bibEscape(text: string): string {
  return text.replace(/[\\~^{}]/g, (c) => specials[c]).replace(/([&%$#_])/g, '\\$1');
}

/** Names joined by "and"; an organisation in an extra pair of braces so that it is never split into given and family name. */
const names = (list: CiteRecord['authors']) => list.map((c) => (c.org ? `{${bibEscape(c.name)}}` : bibEscape(c.name))).join(' and ');

/**
 * One BibTeX entry. Classic fields (year, month) for BibTeX styles, date for biblatex, and the gbt7714 package's
 * mark/medium so that its styles print the same type code as our GB/T 7714 text. With no author, `key` (the title)
 * stands in for sorting, as btxdoc prescribes.
 */
export function bibtexEntry(r: CiteRecord): string {
  const [code, medium] = r.gbtCode.split('/');
  const news = r.type === 'newspaper' || r.type === 'web-news';
  const fields: [string, string | undefined][] = [
    ['author', r.authors.length ? names(r.authors) : undefined],
    ['key', r.authors.length ? undefined : bibEscape(r.title)],
    // Doubled braces keep Latin letters in a title (5G, AI) as written.
    ['title', `{${bibEscape(r.title)}}`],
    ['editor', r.editors.length ? names(r.editors) : undefined],
    [news ? 'journal' : r.type === 'chapter' ? 'booktitle' : 'organization', r.container && bibEscape(r.container)],
    ['entrysubtype', news ? 'newspaper' : undefined],
    ['note', r.section && `栏目：${bibEscape(r.section)}`],
    [r.type === 'report' ? 'institution' : 'publisher', r.publisher && bibEscape(r.publisher)],
    ['howpublished', r.type === 'brochure' ? r.publisher && bibEscape(r.publisher) : r.url && `\\url{${r.url}}`],
    ['address', r.place && bibEscape(r.place)],
    ['year', String(r.date.year)],
    ['month', r.date.month ? months[r.date.month - 1] : undefined],
    ['date', r.date.iso],
    ['url', r.url],
    ['mark', code],
    ['medium', medium],
  ];
  const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = ${k === 'month' ? v : `{${v}}`}`);
  return `@${entryTypes[r.type]}{${r.id},\n${body.join(',\n')}\n}\n`;
}
