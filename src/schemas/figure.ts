import { z } from 'astro/zod';
import { seedFile, slug } from './source-ref.ts';

/** Whose number it is: the zone (一区22园), its core Zhangjiang Science City, or all Shanghai. */
export const figureScopes = ['zone', 'science-city', 'shanghai'] as const;

/** How a group of figures is drawn: bars (one per point), a line over years, or a list of numbers. */
export const figureCharts = ['bar', 'line', 'list'] as const;

/** Qualifiers the sources put on a number: 约, 超过 (also 余/多), 近. */
export const figureBounds = ['about', 'over', 'nearly'] as const;

/** Where a number comes from. */
export const figureSource = z.strictObject({
  /** Source document file under the seeds folder. */
  seed: seedFile,
  /** Our article written from that document. */
  article: slug,
  /** Which passage holds the number, described in our own words. */
  passage: z.string().min(4),
});

const point = {
  /** The number, in the unit of the figure (10000 rather than 1万). */
  value: z.number().nonnegative(),
  /** Qualifier the source puts on the number. */
  bound: z.enum(figureBounds).optional(),
  /** The number as the source states it when it is a ratio, e.g. 1/7 (value then holds the percentage). */
  shown: z.string().optional(),
  /** The year the number describes (the last year of a period). */
  year: z.int().min(2000).max(2035),
  /** The period or reference date when it is not simply that year, e.g. “十三五”期间, 1—11月, 截至年底累计. */
  period: z.string().optional(),
  /** Short label on the chart; defaults to the metric (bars) or the year (lines). */
  label: z.string().optional(),
  /** The source, when it differs from the figure's. */
  source: figureSource.optional(),
};

const common = {
  /** Heading of the chart or list. */
  title: z.string().min(1),
  /** Whose number it is; one scope per figure, so that no series mixes two. */
  scope: z.enum(figureScopes),
  /** A caveat for readers, in our own words. */
  note: z.string().optional(),
  /** Position among the figures of the same scope (smaller first). */
  order: z.int().default(100),
  /** Source of every point that does not name its own. */
  source: figureSource.optional(),
};

/** One bar per metric, all in the same unit. */
const barFigure = z.strictObject({
  ...common,
  chart: z.literal('bar'),
  /** Unit of every bar, e.g. 家, 亿元, %. */
  unit: z.string().min(1),
  points: z.array(z.strictObject({ ...point, metric: z.string().min(1) })).min(1),
});

/** One metric over several years. */
const lineFigure = z.strictObject({
  ...common,
  chart: z.literal('line'),
  /** What is measured, the same at every point. */
  metric: z.string().min(1),
  /** Unit of every point. */
  unit: z.string().min(1),
  points: z.array(z.strictObject(point)).min(2),
});

/** Separate numbers with their own units, shown as a list. */
const listFigure = z.strictObject({
  ...common,
  chart: z.literal('list'),
  points: z.array(z.strictObject({ ...point, metric: z.string().min(1), unit: z.string().min(1) })).min(1),
});

/** Data of a figure in content/figures: quantitative facts from the sources, with scope, unit and source. */
export const figureSchema = z
  .discriminatedUnion('chart', [barFigure, lineFigure, listFigure])
  .superRefine((figure, ctx) => {
    figure.points.forEach((p, i) => {
      if (!p.source && !figure.source)
        ctx.issues.push({ code: 'custom', input: p, path: ['points', i, 'source'], message: '缺少出处：请在此处或图表顶层写 source' });
    });
  });

export type FigureData = z.output<typeof figureSchema>;
