/** Joins the site base (e.g. "/" or "/zhangjiang/") and a site path (e.g. "articles/x/"), with one slash between. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** Site paths of each kind of page, relative to the base. */
export const routes = {
  home: () => '',
  history: () => 'history/',
  articles: () => 'articles/',
  article: (id: string) => `articles/${id}/`,
  milestones: () => 'milestones/',
  milestone: (id: string) => `milestones/${id}/`,
  parks: () => 'parks/',
  park: (id: string) => `parks/${id}/`,
  sources: () => 'sources/',
  source: (seed: string) => `sources/#${seedAnchor(seed)}`,
  timeline: () => 'timeline/',
  map: () => 'map/',
  search: () => 'search/',
  figures: () => 'figures/',
  figure: (id: string) => `figures/#${id}`,
  cite: () => 'cite/',
  data: () => 'data/',
  /** A file of the open data, e.g. milestones.csv or figures/zone-growth.csv. */
  dataFile: (name: string) => `data/${name}`,
  rss: () => 'rss.xml',
  sitemap: () => 'sitemap.xml',
};

/** Anchor id of a source document on /sources/, e.g. "source-000". */
export function seedAnchor(seed: string): string {
  return `source-${seed.slice(0, 3)}`;
}
