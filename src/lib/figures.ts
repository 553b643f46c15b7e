import type { FigureData, figureScopes } from '../schemas/figure.ts';
import { formatFigure } from './format-figure.ts';

type Scope = (typeof figureScopes)[number];
type Source = NonNullable<FigureData['source']>;

/** Chinese labels of the figure scopes, in the order the figures page shows them. */
export const figureScopeLabels: Record<Scope, string> = {
  zone: '张江示范区（一区22园）',
  'science-city': '张江科学城（核心园）',
  shanghai: '上海全市',
};

/** One quantitative fact with everything a reader needs: what, how much, when, whose and from where. */
export interface Fact {
  metric: string;
  /** Short label for a chart. */
  label: string;
  value: number;
  unit: string;
  /** The value as printed, with its qualifier and unit. */
  text: string;
  year: number;
  period?: string;
  scope: Scope;
  source: Source;
}

/** The facts of a figure, each with its metric, unit, scope and source filled in from the figure where the point leaves them out. */
export function figureFacts(figure: FigureData): Fact[] {
  return figure.points.map((p) => {
    const metric = 'metric' in p ? p.metric : (figure as Extract<FigureData, { chart: 'line' }>).metric;
    const unit = 'unit' in p ? p.unit : (figure as Exclude<FigureData, { chart: 'list' }>).unit;
    return {
      metric,
      label: p.label ?? (figure.chart === 'line' ? `${p.year}年` : metric),
      value: p.value,
      unit,
      text: formatFigure({ value: p.value, unit, bound: p.bound, shown: p.shown }),
      year: p.year,
      period: p.period,
      scope: figure.scope,
      source: (p.source ?? figure.source)!,
    };
  });
}

/** The distinct sources of some facts, in first-seen order, each with the passages cited from it. */
export function factSources(facts: Fact[]): { seed: string; article: string; passages: string[] }[] {
  const bySource = new Map<string, { seed: string; article: string; passages: string[] }>();
  for (const { source } of facts) {
    const key = `${source.seed} ${source.article}`;
    const entry = bySource.get(key) ?? { seed: source.seed, article: source.article, passages: [] };
    if (!entry.passages.includes(source.passage)) entry.passages.push(source.passage);
    bySource.set(key, entry);
  }
  return [...bySource.values()];
}

/** What the facts of a figure refer to in time, when they all share it (2020年, 截至2020年底累计…); undefined when they differ. */
export function sharedTime(facts: Fact[]): string | undefined {
  const times = new Set(facts.map((f) => f.period ?? `${f.year}年`));
  return times.size === 1 ? [...times][0] : undefined;
}

/** What each scope covers, for the figures page. */
export const figureScopeNotes: Record<Scope, string> = {
  zone: '“一区22园”全部园区合计的数字，多出自2021年的十周年宣传册和科技日报报道，反映2020年或“十三五”期间的情况。',
  'science-city': '示范区的核心园，位于浦东，面积约95平方公里；这里的数字只算科学城，不是整个示范区。',
  shanghai: '上海全市的数字，出自2019年的市政府发布会报道和市科委的2020年度报告；它们不是示范区口径，不能与上面两节的数字直接比较。',
};
