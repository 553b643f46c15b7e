import { hanCharacter } from './han.ts';

/**
 * The Traditional forms of the Han characters in `chars` that differ from them, as one string: what a query in
 * Traditional Chinese for this site's Simplified text can hold. `converters` turn Simplified text into Traditional.
 */
export function traditionalForms(chars: Iterable<string>, converters: ((text: string) => string)[]): string {
  const forms = new Set<string>();
  for (const ch of chars) {
    if (!hanCharacter.test(ch)) continue;
    for (const convert of converters) for (const t of convert(ch)) if (t !== ch && hanCharacter.test(t)) forms.add(t);
  }
  return [...forms].sort().join('');
}

/** The characters of a query that are among the Traditional forms. */
export const traditionalIn = (query: string, forms: string) => [...new Set(query)].filter((ch) => hanCharacter.test(ch) && forms.includes(ch));
