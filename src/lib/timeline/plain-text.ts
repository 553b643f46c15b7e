const latin = /[\x21-\x7e]/;

/** The reading text of a short Markdown/MDX body: no markup, paragraphs joined, whitespace collapsed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    // Lines join without a space between Chinese characters, with one between Latin words.
    .replace(/(\S)[ \t]*\n\s*(?=(\S))/g, (_, a: string, b: string) => (latin.test(a) && latin.test(b) ? `${a} ` : a))
    .replace(/\s+/g, ' ')
    .trim();
}
