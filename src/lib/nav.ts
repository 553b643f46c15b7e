import { routes } from './paths.ts';

/** The main navigation, in order. */
export const mainNav = [
  { label: '首页', path: routes.home() },
  { label: '十年史', path: routes.history() },
  { label: '文章', path: routes.articles() },
  { label: '大事记', path: routes.milestones() },
  { label: '时间线', path: routes.timeline() },
  { label: '园区', path: routes.parks() },
  { label: '地图', path: routes.map() },
  { label: '数说张江', path: routes.figures() },
  { label: '来源', path: routes.sources() },
];

/** True if the page at `current` (a site path) belongs to the nav entry at `path`. */
export function isCurrent(path: string, current: string): boolean {
  return path === '' ? current === '' : current.startsWith(path);
}
