/** One page of each type, as measured by `npm run bench` and `npm run bench:bytes`. */
export const benchPages = {
  home: './',
  article: 'articles/zhangjiang-hardcore-tech/',
  milestone: 'milestones/2016-zhangjiang-science-center/',
  park: 'parks/lingang/',
  timeline: 'timeline/',
  map: 'map/',
  search: 'search/?q=集成电路',
};
