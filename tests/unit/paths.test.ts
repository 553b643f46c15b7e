import { describe, it, expect } from 'vitest';
import { withBase, routes } from '../../src/lib/paths.ts';
import { isCurrent } from '../../src/lib/nav.ts';

describe('withBase', () => {
  it('joins the base and a site path with exactly one slash', () => {
    expect(withBase('/', routes.article('x'))).toBe('/articles/x/');
    expect(withBase('/zhangjiang/', routes.article('x'))).toBe('/zhangjiang/articles/x/');
    expect(withBase('/zhangjiang', '/map/')).toBe('/zhangjiang/map/');
    expect(withBase('/zhangjiang/', routes.home())).toBe('/zhangjiang/');
  });
});

describe('isCurrent', () => {
  it('marks a section for its pages but the home entry only for home', () => {
    expect(isCurrent('articles/', 'articles/x/')).toBe(true);
    expect(isCurrent('', 'articles/')).toBe(false);
    expect(isCurrent('', '')).toBe(true);
  });
});
