import type { FigureData } from '../schemas/figure.ts';
import type { ContentIssue } from './content/raw-content.ts';

/** What the figures check needs to know about the rest of the content. */
export interface FigureContext {
  /** Article id → the seed file it is written from. */
  articleSeeds: Map<string, string>;
  /** Known seed files. */
  seeds: Set<string>;
}

/** Checks a parsed figure's references (article, seed, and that the article is written from that seed) and, for lines, that no year repeats. */
export function validateFigure(file: string, figure: FigureData, known: FigureContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const checkSource = (field: string, source: FigureData['source']) => {
    if (!source) return;
    if (!known.seeds.has(source.seed))
      issues.push({ file, field: `${field}.seed`, message: `未知的源文件「${source.seed}」：content/sources 中没有它` });
    const articleSeed = known.articleSeeds.get(source.article);
    if (articleSeed === undefined) issues.push({ file, field: `${field}.article`, message: `未知的文章 id「${source.article}」` });
    else if (articleSeed !== source.seed)
      issues.push({ file, field: `${field}.article`, message: `文章「${source.article}」写自 ${articleSeed}，与 seed ${source.seed} 不符` });
  };
  checkSource('source', figure.source);
  figure.points.forEach((p, i) => checkSource(`points.${i}.source`, p.source));

  if (figure.chart === 'line') {
    const seen = new Set<number>();
    figure.points.forEach((p, i) => {
      if (seen.has(p.year)) issues.push({ file, field: `points.${i}.year`, message: `折线中 ${p.year} 年出现了两次` });
      seen.add(p.year);
    });
  }
  return issues;
}
