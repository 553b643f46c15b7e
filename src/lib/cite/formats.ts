import { bibtexEntry } from './bibtex.ts';
import { cslItem, cslJson } from './csl.ts';
import type { CiteRecord } from './record.ts';
import { risRecord } from './ris.ts';

/** The download formats of a citation: file extension, name shown, media type, and the file's text. */
export const citeFormats = {
  bib: { label: 'BibTeX', mediaType: 'application/x-bibtex', render: (r: CiteRecord) => bibtexEntry(r) },
  ris: { label: 'RIS', mediaType: 'application/x-research-info-systems', render: (r: CiteRecord) => risRecord(r) },
  json: { label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json', render: (r: CiteRecord) => cslJson([cslItem(r)]) },
} as const;

export type CiteFormat = keyof typeof citeFormats;
export const citeFormatKeys = Object.keys(citeFormats) as CiteFormat[];
