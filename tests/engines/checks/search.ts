// The search page: a Chinese query, the header box, the filters, a Traditional query.
import { expect, first, has, q, type Check } from '../check.ts';
import { look, lookUntil } from '../look.ts';

const parts = {
  status: 'zj-search [role="status"]',
  results: '[data-testid="search-results"] ol > li',
  firstMark: '[data-testid="search-results"] ol > li:first-child mark',
  kinds: '[data-testid="search-results"] .result-meta .kind',
};
const pages = (status: string) => Number(status.match(/共 (\d+) 个页面/)?.[1] ?? NaN);

/** The search page: what a reader does there and sees. */
export const searchChecks: Check[] = [
  {
    name: 'search: typing a Chinese query lists and marks the pages holding it',
    async run(d) {
      await d.goto('search/');
      await d.type('#search-q', '集成电路');
      // The first page of results arrives one result a frame.
      const seen = await lookUntil(
        d,
        'the status line counts the pages for “集成电路” and ten are listed',
        parts,
        (s) => has(s.status, '“集成电路”：共') && s.results.shown === 10,
      );
      expect(pages(first(seen.status)) >= 10, `only ${first(seen.status)}`);
      expect(first(seen.firstMark) === '集成电路', `the first result marks “${first(seen.firstMark)}”`);
      expect(seen.url.endsWith(`/search/?q=${q('集成电路')}`), `the address is ${seen.url}`);
    },
  },
  {
    name: 'search: / focuses the header box, Enter opens the search page with the results',
    async run(d) {
      await d.goto('articles/');
      await d.press('/');
      await lookUntil(d, '/ puts the focus in the header search box', {}, (s) => s.focus === 'input#site-search');
      await d.type('#site-search', '上海光源');
      await d.press('Enter');
      const seen = await lookUntil(
        d,
        'Enter shows the results for “上海光源”',
        parts,
        (s) => has(s.status, '“上海光源”：共') && s.results.shown > 0,
      );
      expect(seen.url.endsWith(`/search/?q=${q('上海光源')}`), `the address is ${seen.url}`);
      expect(
        has(await look(d, { title: `${parts.results}:first-child .result-title` }).then((s) => s.title), '上海光源'),
        'the first result is not about 上海光源',
      );
    },
  },
  {
    name: 'search: the 文章 filter narrows the results and says how many it leaves; 清除筛选 undoes it',
    async run(d) {
      await d.goto(`search/?q=${q('集成电路')}`);
      const filter = '[data-search-filters] a[href*="type=article"]';
      const before = await lookUntil(
        d,
        'results and filters for “集成电路”',
        { ...parts, filter },
        (s) => has(s.status, '共') && s.filter.shown === 1,
      );
      const all = pages(first(before.status));
      const count = Number(first(before.filter).match(/(\d+)$/)?.[1]);
      expect(count > 0 && count < all, `the 文章 filter says ${count} of ${all}`);
      await d.click(filter);
      const listed = Math.min(count, 10);
      const after = await lookUntil(
        d,
        `the status says 筛选后 ${count} 个 and ${listed} are listed`,
        parts,
        (s) => has(s.status, `共 ${all} 个页面，筛选后 ${count} 个`) && s.results.shown === listed,
      );
      expect(after.url.includes('type=article'), `the address is ${after.url}`);
      expect(
        after.kinds.texts.every((k) => k === '文章'),
        `kinds shown: ${after.kinds.texts.join('、')}`,
      );
      await d.click('[data-search-filters] a.clear');
      const cleared = await lookUntil(
        d,
        '清除筛选 restores every result',
        parts,
        (s) => first(s.status) === `“集成电路”：共 ${all} 个页面。`,
      );
      expect(!cleared.url.includes('type='), `the address still filters: ${cleared.url}`);
    },
  },
  {
    name: 'search: a Traditional query finds the Simplified text and says so',
    async run(d) {
      await d.goto('search/');
      await d.type('#search-q', '科創板');
      const seen = await lookUntil(
        d,
        'the status says it searched 科创板 for 科創板',
        parts,
        (s) => has(s.status, '已把繁体“科創板”转换为简体“科创板”搜索') && s.results.shown > 0,
      );
      expect(first(seen.firstMark) === '科创板', `the first result marks “${first(seen.firstMark)}”`);
    },
  },
];
