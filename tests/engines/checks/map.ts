// The park map: the stepper through the adjustments, the panel of a park, a deep link.
import { expect, first, has, type Check } from '../check.ts';
import { lookUntil } from '../look.ts';

/** The park map: what a reader does there and sees. */
export const mapChecks: Check[] = [
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
      await lookUntil(
        d,
        'the map starts on 2020 with 22 parks',
        { ...parts('2020'), ready: 'zj-park-map[data-step]' },
        (s) => s.ready.count === 1 && s.parks.shown === 22 && first(s.count) === '22',
      );
      // Each step shows the parks in the zone, plus 紫竹园, whose joining year is unknown and which stays on the map.
      for (const [year, members, shown, lingang, text] of [
        ['2011', '12', 13, 0, '来源未载'],
        ['2012', '18', 19, 1, '470.5'],
        ['2014', null, 22, 1, '531'],
      ] as const) {
        await d.click(`button[data-step="${year}"]`);
        const seen = await lookUntil(
          d,
          `step ${year} shows ${shown} parks`,
          parts(year),
          (s) => s.pressed.count === 1 && s.parks.shown === shown && s.lingang.shown === lingang,
        );
        expect(members === null || first(seen.count) === members, `step ${year} counts ${first(seen.count)} parks, not ${members}`);
        expect(seen.summary.shown === 1 && has(seen.summary, text), `step ${year}'s summary does not say ${text}`);
      }
    },
  },
  {
    name: 'map: clicking a park opens its panel and address, the close button closes it; a deep link opens one',
    async run(d) {
      const panel = (id: string) => ({
        section: `aside[aria-label="园区详情"] section[data-panel-for="${id}"]`,
        title: `section[data-panel-for="${id}"] h2`,
      });
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
      const deep = await lookUntil(
        d,
        'map/#jinshan opens 金山园',
        { ...panel('jinshan'), mark: '[data-park-id="jinshan"].selected' },
        (s) => s.section.shown === 1 && s.mark.count === 1,
      );
      expect(first(deep.title) === '金山园', `the panel's title is “${first(deep.title)}”`);
    },
  },
];
