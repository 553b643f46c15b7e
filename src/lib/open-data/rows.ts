import type { ArticleData } from '../../schemas/article.ts';
import type { FigureData } from '../../schemas/figure.ts';
import type { MilestoneData } from '../../schemas/milestone.ts';
import type { ParkData } from '../../schemas/park.ts';
import { cslItem, type CslItem } from '../cite/csl.ts';
import { sourceKey } from '../cite/cited-pages.ts';
import { sourceRecord } from '../cite/record.ts';
import { figureFacts } from '../figures.ts';
import { routes } from '../paths.ts';
import { markdownParagraph } from '../markdown-text.ts';
import type { FigureRow } from './figure-table.ts';
import type { MilestoneRow } from './milestone-table.ts';
import type { ParkRow } from './park-table.ts';

/** The collections the open data is made from, in the order the site shows them. */
export interface OpenDataContent {
  articles: readonly { id: string; data: { source: ArticleData['source'] } }[];
  milestones: readonly { id: string; body?: string; data: MilestoneData }[];
  parks: readonly { id: string; data: ParkData }[];
  figures: readonly { id: string; data: FigureData }[];
}

/** The rows of every table, and the bibliographic records of the articles' source documents. `url` makes a site path absolute. */
export function openDataRows(content: OpenDataContent, url: (path: string) => string) {
  const milestones: MilestoneRow[] = content.milestones.map((m) => ({ id: m.id, data: m.data, text: markdownParagraph(m.body ?? ''), url: url(routes.milestone(m.id)) }));
  const parks: ParkRow[] = content.parks.map((p) => ({ id: p.id, data: p.data, url: url(routes.park(p.id)) }));
  const figures: FigureRow[] = content.figures.flatMap((f) =>
    figureFacts(f.data).map((fact, i) => ({ figure: f, fact, point: f.data.points[i], n: i + 1, url: url(routes.figure(f.id)) })),
  );
  const sources: CslItem[] = content.articles.map((a) =>
    cslItem(sourceRecord(sourceKey(a.id), a.data.source), `源文件${a.data.source.seed}；本站据此撰写的文章：${url(routes.article(a.id))}`),
  );
  return { milestones, parks, figures, sources };
}

export type OpenDataRows = ReturnType<typeof openDataRows>;
