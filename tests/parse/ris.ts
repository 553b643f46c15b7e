/** One RIS record as read back: tags in order with their values. */
export type RisRecord = [tag: string, value: string][];

/** Reads RIS records; throws if a line is not "TAG  - value" or a record does not start with TY and end with ER. */
export function parseRis(text: string): RisRecord[] {
  const records: RisRecord[] = [];
  let current: RisRecord | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const m = /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(line);
    if (!m) throw new Error(`not a RIS line: ${line}`);
    const [, tag, value] = m;
    if (tag === 'TY') {
      if (current) throw new Error('TY before the previous record ended');
      current = [[tag, value]];
    } else if (!current) throw new Error(`${tag} outside a record`);
    else if (tag === 'ER') {
      records.push(current);
      current = null;
    } else current.push([tag, value]);
  }
  if (current) throw new Error('record without ER');
  return records;
}

/** The values of one tag in a record. */
export const risValues = (r: RisRecord, tag: string) => r.filter(([t]) => t === tag).map(([, v]) => v);
