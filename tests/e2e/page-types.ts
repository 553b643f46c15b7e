/** One page of each type, as site paths relative to the base. */
export const pageTypes = {
  home: './',
  history: 'history/',
  articleList: 'articles/',
  article: 'articles/zhangjiang-hardcore-tech/',
  milestoneList: 'milestones/',
  milestone: 'milestones/2016-zhangjiang-science-center/',
  parkList: 'parks/',
  park: 'parks/lingang/',
  sources: 'sources/',
  timeline: 'timeline/',
  map: 'map/',
  figures: 'figures/',
  data: 'data/',
  cite: 'cite/',
  search: 'search/?q=集成电路',
  notFound: 'no-such-page/',
} as const;
