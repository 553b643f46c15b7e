const latin = /[\x21-\x7e]/;

/** The readable text of Markdown/MDX source, one line per paragraph or item: without frontmatter, JSX tags, heading and list marks, emphasis or link targets. */
export function markdownText(source: string): string {
  return source
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)/gm, '')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** The readable text of Markdown/MDX source as one paragraph: lines joined without a space between Chinese characters, with one between Latin words. */
export function markdownParagraph(source: string): string {
  return markdownText(source)
    .replace(/(\S)[ \t]*\n\s*(?=(\S))/g, (_, a: string, b: string) => (latin.test(a) && latin.test(b) ? `${a} ` : a))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first paragraph of Markdown source as plain text, cut to about `max` characters. */
export function markdownSummary(source: string, max = 120): string {
  const first = markdownText(source).split('\n')[0] ?? '';
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

/** The readable text of rendered HTML: tags (and their attributes, such as heading ids) dropped, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(amp|lt|gt|quot|nbsp);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' })[name]!)
    .replace(/\n{2,}/g, '\n')
    .trim();
}
