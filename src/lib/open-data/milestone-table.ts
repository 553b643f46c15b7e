import type { MilestoneData } from '../../schemas/milestone.ts';
import { milestoneCategories } from '../../schemas/milestone.ts';
import { precisions } from '../../schemas/partial-date.ts';
import { categoryLabels } from '../labels.ts';
import type { Table } from './table.ts';

/** A milestone as exported: its data, its text in plain words and the address of its page. */
export interface MilestoneRow {
  id: string;
  data: MilestoneData;
  text: string;
  url: string;
}

type Source = MilestoneData['sources'][number];
const seedOf = (s: Source) => ('seed' in s ? s.seed : null);
const urlOf = (s: Source) => ('url' in s ? s.url : null);
const present = <T>(list: (T | null | undefined)[]) => [...new Set(list.filter((x): x is T => x != null))];

/** The milestones (大事记) table: one row per milestone, in time order. */
export const milestoneTable: Table<MilestoneRow> = {
  name: 'milestones',
  title: '大事记',
  description: '每行一条2011—2020年的大事，按时间排列。',
  primaryKey: 'id',
  columns: [
    { name: 'id', type: 'string', required: true, title: '标识', description: '大事记的唯一标识，也是它在本站的网址末段。', value: (r) => r.id },
    { name: 'date', type: 'string', required: true, title: '日期', description: '事件日期，按来源能确定的精度写作YYYY、YYYY-MM或YYYY-MM-DD。', value: (r) => r.data.date.iso },
    { name: 'precision', type: 'string', required: true, values: precisions, title: '日期精度', description: 'year、month或day：日期精确到年、月或日。', value: (r) => r.data.date.precision },
    { name: 'year', type: 'integer', required: true, title: '年份', description: '事件所在年份。', value: (r) => r.data.date.year },
    { name: 'title', type: 'string', required: true, title: '标题', description: '本站为这条大事拟的标题。', value: (r) => r.data.title },
    { name: 'category', type: 'string', required: true, values: milestoneCategories, title: '类别代码', description: '类别的英文代码，与category_label一一对应。', value: (r) => r.data.category },
    { name: 'category_label', type: 'string', required: true, values: milestoneCategories.map((c) => categoryLabels[c]), title: '类别', description: '类别的中文名：政策规划、空间布局、科学设施、平台机构、产业企业、金融资本、考察指示。', value: (r) => categoryLabels[r.data.category] },
    { name: 'official', type: 'boolean', required: true, title: '官方历史沿革', description: 'true表示出自十周年宣传册《你好，张江》所列的“历史沿革”。', value: (r) => r.data.official },
    { name: 'parks', type: 'list', title: '涉及园区', description: '所涉园区的标识（见parks表的id），可有多个或没有。', value: (r) => r.data.parks },
    { name: 'articles', type: 'list', title: '相关文章', description: '报道它的本站文章的标识，可有多个或没有。', value: (r) => present([...r.data.articles, ...r.data.sources.map((s) => ('article' in s ? s.article : null))]) },
    { name: 'seeds', type: 'list', title: '来源文件', description: '所据来源文件的文件名（见sources.json的note）。', value: (r) => present(r.data.sources.map(seedOf)) },
    { name: 'external_sources', type: 'list', title: '外部来源', description: '来源文件以外所据公开网页的网址，多为官方文件或主流媒体报道。', value: (r) => present(r.data.sources.map(urlOf)) },
    {
      name: 'sources',
      type: 'objects',
      title: '出处明细',
      description: '仅见于JSON：每个出处一项，来源文件给出seed（文件名）、article（本站文章）和passage（所据段落的概述），外部网页给出title、publisher、url、date和passage。',
      value: (r) => r.data.sources.map((s) => ({ ...s, ...('date' in s && s.date ? { date: s.date.iso } : {}) })),
    },
    { name: 'text', type: 'string', required: true, title: '说明', description: '本站撰写的说明正文（纯文本）。', value: (r) => r.text },
    { name: 'url', type: 'string', required: true, title: '网址', description: '这条大事记在本站的页面。', value: (r) => r.url },
  ],
};
