/** A BibTeX entry as read back: type, key and fields with their outer braces removed. */
export interface BibEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
}

/** Reads BibTeX entries (fields as {…} or bare macros such as month = apr); throws on unbalanced braces. */
export function parseBibtex(text: string): BibEntry[] {
  const entries: BibEntry[] = [];
  const head = /@(\w+)\s*\{\s*([^,\s]+)\s*,/g;
  let m: RegExpExecArray | null;
  while ((m = head.exec(text))) {
    const fields: Record<string, string> = {};
    let i = head.lastIndex;
    for (;;) {
      const field = /\s*(\w+)\s*=\s*/y;
      field.lastIndex = i;
      const f = field.exec(text);
      if (!f) break;
      i = field.lastIndex;
      let value: string;
      if (text[i] === '{') {
        let depth = 0;
        const start = i;
        for (; i < text.length; i++) {
          // As BibTeX does, every brace counts, escaped or not.
          if (text[i] === '{') depth++;
          else if (text[i] === '}' && --depth === 0) break;
        }
        if (depth !== 0) throw new Error(`unbalanced braces in ${f[1]} of ${m[2]}`);
        value = text.slice(start + 1, i);
        i++;
      } else {
        const bare = /[\w-]+/y;
        bare.lastIndex = i;
        value = bare.exec(text)![0];
        i = bare.lastIndex;
      }
      fields[f[1].toLowerCase()] = value;
      const comma = /\s*,/y;
      comma.lastIndex = i;
      if (comma.exec(text)) i = comma.lastIndex;
    }
    const close = /\s*\}/y;
    close.lastIndex = i;
    if (!close.exec(text)) throw new Error(`entry ${m[2]} is not closed`);
    head.lastIndex = close.lastIndex;
    entries.push({ type: m[1].toLowerCase(), key: m[2], fields });
  }
  return entries;
}

/** Names of a BibTeX name list, split on "and" outside braces, each with its outer braces kept. */
export function bibNames(value: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '{') depth++;
    else if (value[i] === '}') depth--;
    else if (depth === 0 && value.startsWith(' and ', i)) {
      names.push(value.slice(start, i));
      start = i + 5;
    }
  }
  return [...names, value.slice(start)];
}

/** Required fields by entry type: BibTeX's (btxdoc) and, for @online, biblatex's. "a|b" means either. */
export const requiredFields: Record<string, string[]> = {
  article: ['author', 'title', 'journal', 'year'],
  booklet: ['title'],
  incollection: ['author', 'title', 'booktitle', 'publisher', 'year'],
  techreport: ['author', 'title', 'institution', 'year'],
  online: ['author|editor', 'title', 'year|date', 'url'],
  misc: [],
};

/** Required fields an entry lacks; a missing author is allowed when `key` stands in for it (btxdoc: key is for alphabetizing when the author is missing). */
export function missingFields(entry: BibEntry): string[] {
  return (requiredFields[entry.type] ?? ['?']).filter((req) => {
    const alternatives = req.split('|');
    if (alternatives.some((f) => entry.fields[f])) return false;
    return !(alternatives.includes('author') && entry.type !== 'online' && entry.fields.key);
  });
}
