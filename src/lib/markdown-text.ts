/** The readable text of Markdown/MDX source: without frontmatter, JSX tags, heading and list marks, emphasis or link targets. */
export function markdownText(source: string): string {
  return source
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<[^>\n]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)/gm, '')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .replace(/\n{2,}/g, '\n')
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
