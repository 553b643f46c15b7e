import type { CiteRecord, CiteType, Creator } from './record.ts';
import { splitChineseName } from './names.ts';

const risTypes: Record<CiteType, string> = {
  webpage: 'ELEC',
  newspaper: 'NEWS',
  'web-news': 'ELEC',
  report: 'RPRT',
  chapter: 'CHAP',
  brochure: 'PAMP',
};

const pad = (n?: number) => (n === undefined ? '' : String(n).padStart(2, '0'));

/** A name as RIS writes it: "Family, Given" for a person, an organisation as one name. */
export function risName(c: Creator): string {
  const split = !c.org && splitChineseName(c.name);
  return split ? `${split.family}, ${split.given}` : c.name;
}

/** One RIS record: TY first, one AU line per author, DA as YYYY/MM/DD/ with what is known, ER last; lines end in CRLF. */
export function risRecord(r: CiteRecord): string {
  const { year, month, day } = r.date;
  const lines: [string, string | undefined][] = [
    ['TY', risTypes[r.type]],
    ['ID', r.id],
    ['TI', r.title],
    ...r.authors.map((a): [string, string] => ['AU', risName(a)]),
    ...r.editors.map((e): [string, string] => ['A2', risName(e)]),
    ['T2', r.container],
    ['SE', r.section],
    ['PY', String(year)],
    ['DA', `${year}/${pad(month)}/${pad(day)}/`],
    ['PB', r.publisher],
    ['CY', r.place],
    ['UR', r.url],
    ['LA', r.language],
  ];
  const body = lines.filter(([, v]) => v).map(([tag, v]) => `${tag}  - ${v!.replace(/\s+/g, ' ')}`);
  return [...body, 'ER  - ', ''].join('\r\n');
}
