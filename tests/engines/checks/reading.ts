// The reading pages: the home page, an article, passage marking from a search (?hl=) and the theme toggle.
import { expect, first, has, q, type Check } from '../check.ts';
import { look, lookUntil } from '../look.ts';

const DARK_PAPER = 'rgb(22, 21, 19)';
const LIGHT_PAPER = 'rgb(251, 250, 247)';

/** The reading pages: what a reader does there and sees. */
export const readingChecks: Check[] = [
  {
    name: 'home: title, the 531 km² and every section in the navigation',
    async run(d) {
      await d.goto('./');
      const nav = ['文章', '大事记', '时间线', '园区', '地图', '来源'];
      const seen = await lookUntil(
        d,
        'the home page is drawn',
        { h1: 'h1', main: 'main', nav: 'nav[aria-label="主导航"] a', decade: 'section:has(#decade) li' },
        (s) => s.h1.shown === 1,
      );
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
      await lookUntil(
        d,
        `the section ${href} is scrolled into view`,
        { heading: `[id="${quoted.slice(1)}"]` },
        (s) => decodeURIComponent(new URL(s.url).hash) === href && s.heading.inView === 1,
      );
    },
  },
  {
    name: 'passage marking: ?hl= marks the words on the page with a counter; Escape removes the marks',
    async run(d) {
      await d.goto(`articles/zhangjiang-hardcore-tech/?hl=${q('中微')}`);
      const parts = { hits: 'main mark[data-hit]', bar: '[data-hit-bar]' };
      const seen = await lookUntil(d, '中微 is marked in the article', parts, (s) => s.hits.count > 0);
      expect(
        seen.hits.texts.every((t) => t.includes('中微')),
        `marks read ${seen.hits.texts.join('、')}`,
      );
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
