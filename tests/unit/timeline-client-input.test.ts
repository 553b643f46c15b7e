import { describe, expect, it } from 'vitest';
import { timelineRecords } from '../../src/lib/timeline/records.ts';
import { chartEntries } from '../../src/lib/timeline/chart-entries.ts';
import { horizontal, layoutHorizontal } from '../../src/lib/timeline/horizontal-layout.ts';
import { layoutVertical } from '../../src/lib/timeline/vertical-layout.ts';
import { timelineClientInput, type TimelineClientInput } from '../../src/lib/timeline/client-input.ts';
import { scriptJson } from '../../src/lib/script-json.ts';
import { textWidth } from '../../src/lib/text-width.ts';
import { categoryLabels } from '../../src/lib/labels.ts';
import { parsePartialDate } from '../../src/schemas/partial-date.ts';
import type { MilestoneData } from '../../src/schemas/milestone.ts';
import { seeded } from './timeline-random.ts';

const categories = Object.keys(categoryLabels) as MilestoneData['category'][];

/** A crowded synthetic decade, in time order, as Timeline.astro gets it: every precision and category, short and long titles. */
function syntheticEntries(n: number) {
  const random = seeded(17);
  const pad = (v: number) => String(v).padStart(2, '0');
  const dates = Array.from({ length: n }, () => {
    const year = 2011 + Math.floor(random() * 10), month = 1 + Math.floor(random() * 12), day = 1 + Math.floor(random() * 28);
    const p = random();
    return p < 0.3 ? `${year}` : p < 0.7 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  }).sort();
  const milestones = dates.map((date, i) => ({
    id: `m${i}`,
    data: {
      id: `m${i}`, date: parsePartialDate(date)!, category: categories[i % categories.length], official: random() < 0.2,
      title: i % 3 ? `第${i}件大事：示范区的${'一项很长的'.repeat(1 + (i % 4))}改革` : `第${i}件 <短> 事`,
      articles: [], parks: [], sources: [{ seed: 's.txt', passage: '某处' }],
    } as MilestoneData,
  }));
  const records = timelineRecords({ milestones, articleTitle: String, parkName: String, sourceName: String, href: String });
  return chartEntries(records);
}

describe('timelineClientInput: the JSON island the timeline script starts from', () => {
  const entries = syntheticEntries(150);
  const layout = layoutHorizontal(entries, categories);
  const input = timelineClientInput(entries, layout);
  const island = JSON.parse(scriptJson(input)) as TimelineClientInput;

  it('has the milestones the components print, in their order, where the build laid them out', () => {
    expect(island.marks.map((m) => m.id)).toEqual(entries.map((e) => e.id));
    expect(island.horizontal.extents).toEqual(layout.extents);
    expect(island.horizontal.y).toEqual(layout.y);
    expect(island.horizontal.rows).toEqual(layout.rows);
    expect(island.horizontal).toMatchObject({ width: horizontal.designWidth, height: layout.height, plot: layout.plot, rowCounts: layout.rowCounts });
    expect(island.horizontal.rowCounts.map((r) => r.category)).toEqual(categories);
  });

  it('gives each label the texts its widths were measured for, the full title first', () => {
    island.marks.forEach((m, i) => {
      expect(m.labelTexts[0]).toBe(entries[i].title);
      expect(m.labelTexts.map((t) => textWidth(t, horizontal.labelFont))).toEqual(m.labelWidths);
    });
  });

  it('is enough for the same layouts again: the script laying it out gets what the build printed', () => {
    const again = layoutHorizontal(island.marks, categories);
    expect(again.extents).toEqual(layout.extents);
    expect(again.y).toEqual(layout.y);
    expect(again.labels).toEqual(layout.labels);
    expect(layoutVertical(island.marks)).toEqual(layoutVertical(entries));
    const hidden = (c: string) => c !== 'policy';
    expect(layoutVertical(island.marks, (i) => hidden(island.marks[i].category))).toEqual(layoutVertical(entries, (i) => hidden(entries[i].category)));
  });

  it('reads back as it was written, and no title can end its script element', () => {
    expect(island).toEqual(input);
    const text = scriptJson(input);
    expect(text).not.toContain('<');
    expect(island.marks[0].labelTexts[0]).toContain('<短>');
  });
});
