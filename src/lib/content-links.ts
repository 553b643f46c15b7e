// Links written in content bodies are relative to the page they appear on (so they hold at the root and under a
// sub-path). This resolves them to site paths and says which id each one needs.

/** What a site path points at: a page kind and an id, or a page that needs none. */
export type LinkTarget =
  | { kind: 'article' | 'milestone' | 'park' | 'figure' | 'source'; id: string }
  | { kind: 'page'; id: string };

const patterns: [RegExp, LinkTarget['kind']][] = [
  [/^articles\/([a-z0-9-]+)\/(?:#.*)?$/, 'article'],
  [/^milestones\/([a-z0-9-]+)\/(?:#.*)?$/, 'milestone'],
  [/^parks\/([a-z0-9-]+)\/(?:#.*)?$/, 'park'],
  [/^figures\/#([a-z0-9-]+)$/, 'figure'],
  [/^sources\/#(source-\d{3})$/, 'source'],
];
const pages = new Set(['', 'history/', 'articles/', 'milestones/', 'parks/', 'figures/', 'sources/', 'timeline/', 'map/', 'search/']);

/** The site path (no leading slash) a relative link leads to from `pagePath` (e.g. "history/"), or null if it leaves the site. */
export function resolveLink(pagePath: string, link: string): string | null {
  const parts = pagePath.split('/').filter(Boolean);
  const [path, hash] = link.split(/(?=#)/);
  for (const segment of path.split('/')) {
    if (segment === '..') {
      if (!parts.length) return null;
      parts.pop();
    } else if (segment && segment !== '.') parts.push(segment);
  }
  const trailing = path === '' || path.endsWith('/') ? '/' : '';
  return `${parts.join('/')}${parts.length ? trailing : ''}${hash ?? ''}`;
}

/** What a site path points at, or null when it is no page of the site. */
export function linkTarget(sitePath: string): LinkTarget | null {
  for (const [pattern, kind] of patterns) {
    const m = pattern.exec(sitePath);
    if (m) return { kind, id: m[1] } as LinkTarget;
  }
  const page = sitePath.replace(/#.*$/, '');
  return pages.has(page) ? { kind: 'page', id: page } : null;
}

/** Markdown links in a body whose address is relative (no scheme, no leading slash), with their 1-based line. */
export function relativeLinks(markdown: string): { line: number; url: string }[] {
  const found: { line: number; url: string }[] = [];
  markdown.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) if (!/^(?:[a-z]+:|\/|#)/i.test(m[1])) found.push({ line: i + 1, url: m[1] });
  });
  return found;
}
