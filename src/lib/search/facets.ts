/** The filters a search can be narrowed by, in display order, with their headings. */
export const facets = [
  { key: 'type', label: '类型' },
  { key: 'year', label: '年份' },
  { key: 'source', label: '来源文件' },
] as const;

export type FacetKey = (typeof facets)[number]['key'];

/** Chosen filter values, as stored in the index (type: 文章/大事记/园区, year: 2016, source: 000). */
export type Selection = Partial<Record<FacetKey, string>>;

/** Page ids for each value of each filter. */
export type FacetIndex = Map<FacetKey, Map<string, Set<string>>>;

/** The page types, keyed as in URLs (?type=milestone), with the label the index and the page show. */
export const pageTypes = { article: '文章', milestone: '大事记', park: '园区' } as const;

export type PageTypeKey = keyof typeof pageTypes;

const inSelection = (index: FacetIndex, selection: Selection, except?: FacetKey) => (id: string) =>
  Object.entries(selection).every(([key, value]) => key === except || index.get(key as FacetKey)?.get(value!)?.has(id));

/** The ids that pass every chosen filter. */
export function narrow(ids: string[], selection: Selection, index: FacetIndex): string[] {
  return ids.filter(inSelection(index, selection));
}

/** For each filter value, how many of the ids it would leave, given the other filters chosen. */
export function facetCounts(ids: string[], selection: Selection, index: FacetIndex): Map<FacetKey, Map<string, number>> {
  const counts = new Map<FacetKey, Map<string, number>>();
  for (const [key, values] of index) {
    const pool = ids.filter(inSelection(index, selection, key));
    counts.set(key, new Map([...values].map(([value, set]) => [value, pool.filter((id) => set.has(id)).length])));
  }
  return counts;
}
