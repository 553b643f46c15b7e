import { describe, expect, it } from 'vitest';
import { timelineRecords } from '../../src/lib/timeline/records.ts';
import { chartEntries, labelPriority, maxLabelChars } from '../../src/lib/timeline/chart-entries.ts';
import { parsePartialDate } from '../../src/schemas/partial-date.ts';
import type { MilestoneData } from '../../src/schemas/milestone.ts';

const milestone = (id: string, date: string, extra: Partial<MilestoneData> = {}) => ({
  id,
  body: '这是**说明**。\n第二句。',
  data: {
    id, title: `${id} 的标题，写得相当长，长过了标签能放下的字数`, date: parsePartialDate(date)!, category: 'policy' as const,
    official: false, articles: [], parks: ['zhangjiang'],
    sources: [{ seed: '001_x.txt', article: 'brochure', passage: '宣传册某处' }],
    ...extra,
  },
});

describe('timelineRecords: the build step from milestones to timeline data', () => {
  const records = timelineRecords({
    milestones: [milestone('a', '2011-01', { official: true }), milestone('b', '2019-05-21', { articles: ['report'] })],
    articleTitle: (id) => `文章${id}`,
    parkName: () => '张江核心园',
    sourceName: () => '你好，张江',
    href: (path) => `/zhangjiang/${path}`,
  });

  it('keeps id, date and precision, category, text, and links under the base path', () => {
    expect(records[0]).toMatchObject({
      id: 'a', date: '2011-01', precision: 'month', dateText: '2011年1月', categoryLabel: '政策规划', official: true,
      text: '这是说明。第二句。', href: '/zhangjiang/milestones/a/', timelineHref: '/zhangjiang/timeline/#a',
    });
    expect(records[0].parks).toEqual([{ id: 'zhangjiang', label: '张江核心园', href: '/zhangjiang/parks/zhangjiang/' }]);
    expect(records[0].sources[0]).toMatchObject({ passage: '宣传册某处', document: { label: '你好，张江' }, article: { href: '/zhangjiang/articles/brochure/' } });
  });
  it('relates the articles named by the milestone and by its sources, once each', () => {
    expect(records[1].articles.map((a) => a.id)).toEqual(['report', 'brochure']);
  });
  it('gives the chart a span, a short label with its width, and official dates first', () => {
    const [a, b] = chartEntries(records);
    expect(a.precision).toBe('month');
    expect([...a.label].length).toBe(maxLabelChars);
    expect(a.labelWidths).toHaveLength(2);
    expect(a.labelWidths[0]).toBeGreaterThan(a.labelWidths[1]);
    expect(a.priority).toBeLessThan(b.priority);
    expect(labelPriority(false, 'day')).toBeLessThan(labelPriority(false, 'year'));
  });
});
