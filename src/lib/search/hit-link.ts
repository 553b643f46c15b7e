/** The search parameter that carries a query to a page, where it is marked: ?hl=集成电路. */
export const hitParam = 'hl';

/** A link to the page at `url` (at its element `anchor`, if given) with `query` marked there. */
export function hitLink(url: string, query: string, anchor?: string): string {
  const q = query.trim();
  const [path, hash = ''] = url.split('#');
  const search = q ? `${path.includes('?') ? '&' : '?'}${hitParam}=${encodeURIComponent(q)}` : '';
  const target = anchor ? `#${encodeURIComponent(anchor)}` : hash && `#${hash}`;
  return `${path}${search}${target}`;
}

/** The query a page was opened to mark (its `hl` parameter), or "" for none. */
export const hitQuery = (search: string) => (new URLSearchParams(search).get(hitParam) ?? '').slice(0, 2000).trim();
