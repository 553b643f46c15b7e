// The interactive timeline: the category filter, the panel of a milestone, a deep link.
import { expect, first, has, type Check } from '../check.ts';
import { lookUntil } from '../look.ts';

/** The interactive timeline: what a reader does there and sees. */
export const timelineChecks: Check[] = [
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
      const before = await lookUntil(
        d,
        'the timeline is ready',
        { ...parts, ready: 'zj-timeline[data-ready]' },
        (s) => s.ready.count === 1,
      );
      const facilities = before.facility.count;
      const total = facilities + before.other.count;
      expect(facilities > 0 && before.facility.shown === facilities, `${before.facility.shown} of ${facilities} facility marks shown`);
      expect(has(before.chip, String(facilities)), `the chip reads “${first(before.chip)}”`);
      await d.click(parts.chip);
      const off = await lookUntil(
        d,
        'the facility marks are hidden',
        { ...parts, pressed: `${parts.chip}[aria-pressed="false"]` },
        (s) => s.pressed.count === 1 && s.facility.shown === 0,
      );
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
      const deep = await lookUntil(
        d,
        `timeline/#${linked} opens its panel`,
        { ...panel, mark: `svg[data-testid="timeline"] [data-milestone-id="${linked}"]` },
        (s) => s.title.shown === 1 && s.mark.inView === 1,
      );
      expect(first(deep.title) === title(linked), `the panel's title is “${first(deep.title)}”`);
      expect(first(deep.body).length > 20, 'the panel has no text');
    },
  },
];
