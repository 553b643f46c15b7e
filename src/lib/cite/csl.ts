import type { CiteRecord, CiteType, Creator } from './record.ts';
import { splitChineseName } from './names.ts';

/** A CSL-JSON name: family and given for a person, literal for an organisation or a name that cannot be split. */
export type CslName = { family: string; given: string } | { literal: string };

/** A CSL-JSON item (Citation Style Language 1.0.2 input data), with the variables this site uses. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  editor?: CslName[];
  'container-title'?: string;
  section?: string;
  publisher?: string;
  'publisher-place'?: string;
  issued: { 'date-parts': [number[]] };
  URL?: string;
  language: string;
  note?: string;
}

const cslTypes: Record<CiteType, string> = {
  webpage: 'webpage',
  newspaper: 'article-newspaper',
  'web-news': 'webpage',
  report: 'report',
  chapter: 'chapter',
  brochure: 'pamphlet',
};

/** One name as CSL writes it. */
export function cslName(c: Creator): CslName {
  return (!c.org && splitChineseName(c.name)) || { literal: c.name };
}

/** The record as a CSL-JSON item; dates keep their precision (date-parts of one, two or three numbers). */
export function cslItem(r: CiteRecord, note?: string): CslItem {
  const parts = [r.date.year, r.date.month, r.date.day].filter((n): n is number => n !== undefined);
  const item: CslItem = { id: r.id, type: cslTypes[r.type], title: r.title, issued: { 'date-parts': [parts] }, language: r.language };
  if (r.authors.length) item.author = r.authors.map(cslName);
  if (r.editors.length) item.editor = r.editors.map(cslName);
  if (r.container) item['container-title'] = r.container;
  if (r.section) item.section = r.section;
  if (r.publisher) item.publisher = r.publisher;
  if (r.place) item['publisher-place'] = r.place;
  if (r.url) item.URL = r.url;
  if (note) item.note = note;
  return item;
}

/** A CSL-JSON file: an array of items. */
export const cslJson = (items: CslItem[]) => `${JSON.stringify(items, null, 2)}\n`;
