// The smoke checks, written once against the Driver interface: what a reader does on each kind of page, and what
// they would see. They follow tests/e2e (the Chromium suite), which checks the same features in depth.
import type { Driver } from './driver.ts';
import { look, lookUntil, type Found } from './look.ts';

/** One smoke check: a name for the report and what it does. */
export interface Check {
  name: string;
  run(driver: Driver): Promise<void>;
}

const DARK_PAPER = 'rgb(22, 21, 19)';
const LIGHT_PAPER = 'rgb(251, 250, 247)';
const has = (found: Found, text: string) => found.texts.some((t) => t.includes(text));
const first = (found: Found) => found.texts[0] ?? '';
const q = (text: string) => encodeURIComponent(text);

/** Fails with `message` unless `ok`. */
function expect(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

const search = {
  status: 'zj-search [role="status"]',
  results: '[data-testid="search-results"] ol > li',
  firstMark: '[data-testid="search-results"] ol > li:first-child mark',
  kinds: '[data-testid="search-results"] .result-meta .kind',
};
const pages = (status: string) => Number(status.match(/共 (\d+) 个页面/)?.[1] ?? NaN);

export const checks: Check[] = [
  {
    name: 'home: title, the 531 km² and every section in the navigation',
    async run(d) {
      await d.goto('./');
      const nav = ['文章', '大事记', '时间线', '园区', '地图', '来源'];
      const seen = await lookUntil(d, 'the home page is drawn', { h1: 'h1', main: 'main', nav: 'nav[aria-label="主导航"] a', decade: 'section:has(#decade) li' }, (s) => s.h1.shown === 1);
      expect(has(seen.h1, '张江国家自主创新示范区'), `h1 is “${first(seen.h1)}”`);
      expect(has(seen.main, '531平方公里'), 'the home page does not give the 531 km²');
      const missing = nav.filter((name) => !seen.nav.texts.includes(name));
      expect(!missing.length && seen.nav.shown >= nav.length, `navigation lacks ${missing.join('、') || 'visible links'}`);
      expect(seen.decade.count === 10, `${seen.decade.count} official chronology entries, not 10`);
    },
  },
  {
    name: 'article: source box, body, and a contents link that scrolls to its section',
    async run(d) {
      await d.goto('articles/zhangjiang-hardcore-tech/');
      const seen = await look(d, { h1: 'h1', source: 'aside.source-box', prose: '.prose', toc: 'nav.toc a[href^="#"]' });
      expect(seen.h1.shown === 1 && first(seen.h1).length > 0, 'no visible title');
      for (const text of ['科技日报', '王春']) expect(has(seen.source, text), `the source box does not name ${text}`);
      expect(has(seen.prose, '中微'), 'the body does not mention 中微');
      expect(seen.toc.shown > 1, `${seen.toc.shown} contents links shown`);
      // The last link, whose section is furthest down the page; its href holds the id as written (Chinese).
      const href = await d.evaluate(() => [...document.querySelectorAll('nav.toc a[href^="#"]')].at(-1)!.getAttribute('href')!);
      const quoted = href.replace(/["\\]/g, '\\$&');
      await d.click(`nav.toc a[href="${quoted}"]`);
      await lookUntil(d, `the section ${href} is scrolled into view`, { heading: `[id="${quoted.slice(1)}"]` }, (s) => decodeURIComponent(new URL(s.url).hash) === href && s.heading.inView === 1);
    },
  },
  {
    name: 'search: typing a Chinese query lists and marks the pages holding it',
    async run(d) {
      await d.goto('search/');
      await d.type('#search-q', '集成电路');
      // The first page of results arrives one result a frame.
      const seen = await lookUntil(d, 'the status line counts the pages for “集成电路” and ten are listed', search, (s) => has(s.status, '“集成电路”：共') && s.results.shown === 10);
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
      const seen = await lookUntil(d, 'Enter shows the results for “上海光源”', search, (s) => has(s.status, '“上海光源”：共') && s.results.shown > 0);
      expect(seen.url.endsWith(`/search/?q=${q('上海光源')}`), `the address is ${seen.url}`);
      expect(has(await look(d, { title: `${search.results}:first-child .result-title` }).then((s) => s.title), '上海光源'), 'the first result is not about 上海光源');
    },
  },
  {
    name: 'search: the 文章 filter narrows the results and says how many it leaves; 清除筛选 undoes it',
    async run(d) {
      await d.goto(`search/?q=${q('集成电路')}`);
      const filter = '[data-search-filters] a[href*="type=article"]';
      const before = await lookUntil(d, 'results and filters for “集成电路”', { ...search, filter }, (s) => has(s.status, '共') && s.filter.shown === 1);
      const all = pages(first(before.status));
      const count = Number(first(before.filter).match(/(\d+)$/)?.[1]);
      expect(count > 0 && count < all, `the 文章 filter says ${count} of ${all}`);
      await d.click(filter);
      const listed = Math.min(count, 10);
      const after = await lookUntil(d, `the status says 筛选后 ${count} 个 and ${listed} are listed`, search, (s) => has(s.status, `共 ${all} 个页面，筛选后 ${count} 个`) && s.results.shown === listed);
      expect(after.url.includes('type=article'), `the address is ${after.url}`);
      expect(after.kinds.texts.every((k) => k === '文章'), `kinds shown: ${after.kinds.texts.join('、')}`);
      await d.click('[data-search-filters] a.clear');
      const cleared = await lookUntil(d, '清除筛选 restores every result', search, (s) => first(s.status) === `“集成电路”：共 ${all} 个页面。`);
      expect(!cleared.url.includes('type='), `the address still filters: ${cleared.url}`);
    },
  },
  {
    name: 'search: a Traditional query finds the Simplified text and says so',
    async run(d) {
      await d.goto('search/');
      await d.type('#search-q', '科創板');
      const seen = await lookUntil(d, 'the status says it searched 科创板 for 科創板', search, (s) => has(s.status, '已把繁体“科創板”转换为简体“科创板”搜索') && s.results.shown > 0);
      expect(first(seen.firstMark) === '科创板', `the first result marks “${first(seen.firstMark)}”`);
    },
  },
  {
    name: 'timeline: a category chip hides its milestones, lives in the address, 全选 brings them back',
    async run(d) {
      await d.goto('timeline/');
      const parts = {
        facility: 'svg[data-testid="timeline"] [data-milestone-id][data-category="facility"]',
        other: 'svg[data-testid="timeline"] [data-milestone-id]:not([data-category="facility"])',
        chip: 'button.tl-chip[data-category="facility"]',
        status: '.tl-status',
      };
      const before = await lookUntil(d, 'the timeline is ready', { ...parts, ready: 'zj-timeline[data-ready]' }, (s) => s.ready.count === 1);
      const facilities = before.facility.count;
      const total = facilities + before.other.count;
      expect(facilities > 0 && before.facility.shown === facilities, `${before.facility.shown} of ${facilities} facility marks shown`);
      expect(has(before.chip, String(facilities)), `the chip reads “${first(before.chip)}”`);
      await d.click(parts.chip);
      const off = await lookUntil(d, 'the facility marks are hidden', { ...parts, pressed: `${parts.chip}[aria-pressed="false"]` }, (s) => s.pressed.count === 1 && s.facility.shown === 0);
      const cat = new URL(off.url).searchParams.get('cat')?.split(',').sort();
      expect(cat?.join(',') === 'finance,industry,platform,policy,space,visit', `the address says cat=${cat}`);
      expect(first(off.status) === `显示 ${total - facilities} 件（共 ${total} 件）`, `the status says “${first(off.status)}”`);
      expect(off.other.shown > 0, 'the other milestones went too');
      await d.click('button[data-all]');
      const on = await lookUntil(d, '全选 shows the facilities again', parts, (s) => s.facility.shown === facilities);
      expect(!new URL(on.url).searchParams.has('cat'), `the address still filters: ${on.url}`);
    },
  },
  {
    name: 'timeline: clicking a milestone opens its panel, Escape closes it; a deep link opens one',
    async run(d) {
      const panel = { title: 'dialog.tl-panel[open] h2', body: 'dialog.tl-panel[open] .tl-panel-body' };
      await d.goto('timeline/');
      await lookUntil(d, 'the timeline is ready', { ready: 'zj-timeline[data-ready]' }, (s) => s.ready.count === 1);
      const records: { id: string; title: string }[] = await d.evaluate(async () => (await (await fetch('data.json')).json()).records);
      const title = (id: string) => records.find((r) => r.id === id)?.title ?? `(${id} missing from data.json)`;
      const clicked = '2016-comprehensive-innovation-reform-plan';
      await d.click(`svg[data-testid="timeline"] [data-milestone-id="${clicked}"]`);
      const open = await lookUntil(d, `the panel shows ${clicked}`, panel, (s) => s.title.shown === 1);
      expect(first(open.title) === title(clicked), `the panel's title is “${first(open.title)}”`);
      expect(new URL(open.url).hash === `#${clicked}`, `the address is ${open.url}`);
      await d.press('Escape');
      await lookUntil(d, 'Escape closes the panel and clears the address', panel, (s) => s.title.count === 0 && !s.url.includes('#'));

      const linked = '2016-zhangjiang-science-center';
      await d.goto('about:blank');
      await d.goto(`timeline/#${linked}`);
      const deep = await lookUntil(d, `timeline/#${linked} opens its panel`, { ...panel, mark: `svg[data-testid="timeline"] [data-milestone-id="${linked}"]` }, (s) => s.title.shown === 1 && s.mark.inView === 1);
      expect(first(deep.title) === title(linked), `the panel's title is “${first(deep.title)}”`);
      expect(first(deep.body).length > 20, 'the panel has no text');
    },
  },
  {
    name: 'map: the stepper counts 12 parks in 2011 and 18 in 2012, and all 22 are on the map from 2014',
    async run(d) {
      await d.goto('map/');
      const parts = (year: string) => ({
        parks: 'svg[data-testid="park-map"] [data-park-id]',
        lingang: 'svg[data-testid="park-map"] [data-park-id="lingang"]',
        pressed: `button[data-step="${year}"][aria-pressed="true"]`,
        count: `[data-step-summary="${year}"] [data-step-count]`,
        summary: `[data-step-summary="${year}"]`,
      });
      await lookUntil(d, 'the map starts on 2020 with 22 parks', { ...parts('2020'), ready: 'zj-park-map[data-step]' }, (s) => s.ready.count === 1 && s.parks.shown === 22 && first(s.count) === '22');
      // Each step shows the parks in the zone, plus 紫竹园, whose joining year is unknown and which stays on the map.
      for (const [year, members, shown, lingang, text] of [
        ['2011', '12', 13, 0, '来源未载'],
        ['2012', '18', 19, 1, '470.5'],
        ['2014', null, 22, 1, '531'],
      ] as const) {
        await d.click(`button[data-step="${year}"]`);
        const seen = await lookUntil(d, `step ${year} shows ${shown} parks`, parts(year), (s) => s.pressed.count === 1 && s.parks.shown === shown && s.lingang.shown === lingang);
        expect(members === null || first(seen.count) === members, `step ${year} counts ${first(seen.count)} parks, not ${members}`);
        expect(seen.summary.shown === 1 && has(seen.summary, text), `step ${year}'s summary does not say ${text}`);
      }
    },
  },
  {
    name: 'map: clicking a park opens its panel and address, the close button closes it; a deep link opens one',
    async run(d) {
      const panel = (id: string) => ({ section: `aside[aria-label="园区详情"] section[data-panel-for="${id}"]`, title: `section[data-panel-for="${id}"] h2` });
      await d.goto('map/');
      await lookUntil(d, 'the map is ready', { ready: 'zj-park-map[data-step]' }, (s) => s.ready.count === 1);
      await d.click('svg[data-testid="park-map"] [data-park-id="zhangjiang"] .dot');
      const open = await lookUntil(d, 'the 张江核心园 panel opens', panel('zhangjiang'), (s) => s.section.shown === 1);
      expect(first(open.title) === '张江核心园', `the panel's title is “${first(open.title)}”`);
      for (const text of ['浦东新区', '79.7']) expect(has(open.section, text), `the panel does not say ${text}`);
      expect(open.url.endsWith('map/#zhangjiang'), `the address is ${open.url}`);
      await d.click('section[data-panel-for="zhangjiang"] [data-panel-close]');
      await lookUntil(d, 'the close button closes the panel', panel('zhangjiang'), (s) => s.section.shown === 0);

      await d.goto('about:blank');
      await d.goto('map/#jinshan');
      const deep = await lookUntil(d, 'map/#jinshan opens 金山园', { ...panel('jinshan'), mark: '[data-park-id="jinshan"].selected' }, (s) => s.section.shown === 1 && s.mark.count === 1);
      expect(first(deep.title) === '金山园', `the panel's title is “${first(deep.title)}”`);
    },
  },
  {
    name: 'passage marking: ?hl= marks the words on the page with a counter; Escape removes the marks',
    async run(d) {
      await d.goto(`articles/zhangjiang-hardcore-tech/?hl=${q('中微')}`);
      const parts = { hits: 'main mark[data-hit]', bar: '[data-hit-bar]' };
      const seen = await lookUntil(d, '中微 is marked in the article', parts, (s) => s.hits.count > 0);
      expect(seen.hits.texts.every((t) => t.includes('中微')), `marks read ${seen.hits.texts.join('、')}`);
      expect(seen.bar.shown === 1 && has(seen.bar, '第 1 /') && has(seen.bar, '处'), `the counter reads “${first(seen.bar)}”`);
      await d.press('Escape');
      await lookUntil(d, 'Escape removes every mark', parts, (s) => s.hits.count === 0);
    },
  },
  {
    name: 'theme: the 深色模式 toggle darkens the paper, is remembered across reloads and pages, and switches back',
    async run(d) {
      const toggle = { on: 'zj-theme-toggle button[aria-pressed="true"]', off: 'zj-theme-toggle button[aria-pressed="false"]' };
      await d.goto('articles/');
      await d.evaluate(() => localStorage.removeItem('zj-theme'));
      await d.reload();
      await lookUntil(d, 'the light theme, toggle shown and off', toggle, (s) => s.off.shown === 1 && s.paper === LIGHT_PAPER);
      await d.click(toggle.off);
      await lookUntil(d, 'the toggle turns the paper dark', toggle, (s) => s.on.shown === 1 && s.paper === DARK_PAPER);
      await d.reload();
      await lookUntil(d, 'the dark theme survives a reload', toggle, (s) => s.on.shown === 1 && s.paper === DARK_PAPER);
      await d.goto('figures/');
      await lookUntil(d, 'the dark theme holds on another page', toggle, (s) => s.on.shown === 1 && s.paper === DARK_PAPER);
      await d.click(toggle.on);
      await lookUntil(d, 'switching back gives the light paper', toggle, (s) => s.off.shown === 1 && s.paper === LIGHT_PAPER);
      const saved = await d.evaluate(() => localStorage.getItem('zj-theme'));
      expect(saved === null, `the choice of the system's theme is still saved as ${saved}`);
    },
  },
];
