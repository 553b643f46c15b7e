import type { FigureData } from '../../schemas/figure.ts';
import { figureBounds, figureCharts, figureScopes } from '../../schemas/figure.ts';
import { figureScopeLabels, type Fact } from '../figures.ts';
import type { Table } from './table.ts';

/** One number of 数说张江, with the figure it belongs to and the address of that figure. */
export interface FigureRow {
  figure: { id: string; data: FigureData };
  fact: Fact;
  /** The point as the source gives it (bound, ratio as printed). */
  point: FigureData['points'][number];
  /** Its position in the figure, from 1. */
  n: number;
  url: string;
}

/** The figures (数说张江) table: one row per number, figure after figure as the page shows them. */
export const figureTable: Table<FigureRow> = {
  name: 'figures',
  title: '数说张江',
  description: '每行一个数字（图表中的一个点），依次属于“数说张江”页的各组图表。',
  primaryKey: 'point_id',
  columns: [
    { name: 'point_id', type: 'string', required: true, title: '标识', description: '数字的唯一标识：图表标识加序号，如zone-growth-1。', value: (r) => `${r.figure.id}-${r.n}` },
    { name: 'figure_id', type: 'string', required: true, title: '图表标识', description: '所属图表的标识，也是它在“数说张江”页上的锚点。', value: (r) => r.figure.id },
    { name: 'figure_title', type: 'string', required: true, title: '图表标题', description: '所属图表的标题。', value: (r) => r.figure.data.title },
    { name: 'chart', type: 'string', required: true, values: figureCharts, title: '图表形式', description: 'bar（条形图）、line（折线图）或list（数字列表）。', value: (r) => r.figure.data.chart },
    { name: 'scope', type: 'string', required: true, values: figureScopes, title: '口径代码', description: 'zone（张江示范区，一区22园）、science-city（张江科学城）或shanghai（上海全市）。不同口径的数字不能直接比较。', value: (r) => r.fact.scope },
    { name: 'scope_label', type: 'string', required: true, values: figureScopes.map((s) => figureScopeLabels[s]), title: '口径', description: '口径的中文名。', value: (r) => figureScopeLabels[r.fact.scope] },
    { name: 'metric', type: 'string', required: true, title: '指标', description: '所计量的指标，如集成电路产业规模。', value: (r) => r.fact.metric },
    { name: 'value', type: 'number', required: true, title: '数值', description: '数值本身，以unit为单位（1万写作10000）；比例按百分数记。', value: (r) => r.fact.value },
    { name: 'unit', type: 'string', required: true, title: '单位', description: '数值的单位，如亿元、家、%。', value: (r) => r.fact.unit },
    { name: 'bound', type: 'string', values: figureBounds, title: '限定', description: '来源对数字的限定：about（约）、over（超过、余、多）、nearly（近）；空为来源未加限定。', value: (r) => r.point.bound ?? null },
    { name: 'value_text', type: 'string', required: true, title: '展示写法', description: '本站展示的写法，含限定词与单位，如约1800亿元；比例按来源写法，如1/7。', value: (r) => r.fact.text },
    { name: 'year', type: 'integer', required: true, title: '年份', description: '数字所指的年份（一个时期的最后一年）。', value: (r) => r.fact.year },
    { name: 'period', type: 'string', title: '时期', description: '不只是某一年时的时期或时点，如“十三五”期间、截至年底累计；空为该年全年或年末。', value: (r) => r.fact.period ?? null },
    { name: 'seed', type: 'string', required: true, title: '来源文件', description: '数字所据来源文件的文件名。', value: (r) => r.fact.source.seed },
    { name: 'article', type: 'string', required: true, title: '相关文章', description: '据该来源文件写成的本站文章的标识。', value: (r) => r.fact.source.article },
    { name: 'passage', type: 'string', required: true, title: '出处段落', description: '数字在来源中的位置，用本站的话概述。', value: (r) => r.fact.source.passage },
    { name: 'note', type: 'string', title: '注', description: '本站对这组数字的提示，空为没有。', value: (r) => r.figure.data.note ?? null },
    { name: 'url', type: 'string', required: true, title: '网址', description: '这组图表在“数说张江”页上的位置。', value: (r) => r.url },
  ],
};
