import type { z } from 'astro/zod';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { milestoneSchema, type MilestoneData } from '../schemas/milestone.ts';
import { parkSchema, type ParkData } from '../schemas/park.ts';
import { sourceDocumentSchema } from '../schemas/source-document.ts';
import { figureSchema } from '../schemas/figure.ts';
import { validateFigure } from './validate-figures.ts';
import { validatePark } from './validate-parks.ts';
import { historySchema } from '../schemas/history.ts';
import { validateReaderText } from './validate-text.ts';
import type { ContentIssue, RawContent, RawEntry } from './content/raw-content.ts';
import { FIRST_YEAR, LAST_YEAR } from './decade.ts';


function parseAll<S extends z.ZodType>(entries: RawEntry[], schema: S, issues: ContentIssue[]) {
  const valid: { entry: RawEntry; data: z.output<S> }[] = [];
  for (const entry of entries) {
    if (entry.parseError) {
      issues.push({ file: entry.file, field: '(frontmatter)', message: entry.parseError });
      continue;
    }
    const result = schema.safeParse(entry.data);
    if (result.success) valid.push({ entry, data: result.data });
    else
      for (const issue of result.error.issues)
        issues.push({ file: entry.file, field: issue.path.join('.') || '(frontmatter)', message: issue.message });
  }
  return valid;
}

// A straight double quote touching Chinese text. Markdown renders quotes as typed (the site turns smartypants off:
// it does nothing for text already written with “” and costs a tenth of the build), so the source must hold “”.
const straightQuote = /(?<!=)"(?=\p{Script=Han})|(?<=\p{Script=Han})"/u;

function checkQuotes(entries: RawEntry[], issues: ContentIssue[]) {
  for (const { file, body, bodyLine = 1 } of entries) {
    // MDX import/export lines and JSX tags keep their ASCII quotes.
    const line = body?.split('\n').findIndex((l) => !/^\s*(<|import |export )/.test(l) && straightQuote.test(l)) ?? -1;
    if (line >= 0) issues.push({ file, field: '正文', message: `第 ${bodyLine + line} 行有紧挨中文的直引号 "，请改用中文引号“”` });
  }
}

function checkUnique(entries: RawEntry[], issues: ContentIssue[]) {
  const seen = new Map<string, string>();
  for (const { id, file } of entries) {
    const first = seen.get(id);
    if (first) issues.push({ file, field: 'id', message: `重复的 id「${id}」，已在 ${first} 中使用` });
    else seen.set(id, file);
  }
}

/** Checks every entry against its schema, ids for uniqueness, references (parks, articles, source files) for existence, and milestone dates for the 2011–2020 range. */
export function validateContent(content: RawContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const list of Object.values(content)) checkUnique(list, issues);
  checkQuotes([...content.articles, ...content.milestones, ...(content.history ?? [])], issues);
  validateReaderText(content, issues);

  const articles = parseAll<typeof articleSchema>(content.articles, articleSchema, issues);
  const milestones = parseAll<typeof milestoneSchema>(content.milestones, milestoneSchema, issues);
  const parks = parseAll<typeof parkSchema>(content.parks, parkSchema, issues);
  parseAll<typeof sourceDocumentSchema>(content.sources, sourceDocumentSchema, issues);
  const figures = parseAll<typeof figureSchema>(content.figures ?? [], figureSchema, issues);
  const histories = parseAll<typeof historySchema>(content.history ?? [], historySchema, issues);

  const articleIds = new Set(content.articles.map((e) => e.id));
  const parkIds = new Set(content.parks.map((e) => e.id));
  const seeds = new Set(content.sources.map((e) => `${e.id}.txt`));
  const seedRef = (file: string, field: string, seed: string) => {
    if (!seeds.has(seed)) issues.push({ file, field, message: `未知的源文件「${seed}」：content/sources 中没有它` });
  };
  const refs = (file: string, field: string, ids: string[], known: Set<string>, kind: string) =>
    ids.forEach((id, i) => {
      if (!known.has(id)) issues.push({ file, field: `${field}.${i}`, message: `未知的${kind} id「${id}」` });
    });

  for (const { entry, data } of articles) {
    refs(entry.file, 'parks', data.parks, parkIds, '园区');
    seedRef(entry.file, 'source.seed', data.source.seed);
  }
  for (const { entry, data } of histories) {
    refs(entry.file, 'parks', data.parks, parkIds, '园区');
    data.seeds.forEach((seed, i) => seedRef(entry.file, `seeds.${i}`, seed));
  }
  for (const { entry, data } of milestones) {
    if (data.id !== entry.id)
      issues.push({ file: entry.file, field: 'id', message: `id「${data.id}」应与文件名「${entry.id}」一致` });
    const { year } = data.date;
    if (year < FIRST_YEAR || year > LAST_YEAR)
      issues.push({ file: entry.file, field: 'date', message: `日期 ${data.date.iso} 不在 ${FIRST_YEAR}–${LAST_YEAR} 年之内` });
    refs(entry.file, 'articles', data.articles, articleIds, '文章');
    refs(entry.file, 'parks', data.parks, parkIds, '园区');
    data.sources.forEach((s, i) => {
      if (!('seed' in s)) return;
      seedRef(entry.file, `sources.${i}.seed`, s.seed);
      if (s.article && !articleIds.has(s.article))
        issues.push({ file: entry.file, field: `sources.${i}.article`, message: `未知的文章 id「${s.article}」` });
    });
  }
  const articleSeeds = new Map(articles.map(({ entry, data }) => [entry.id, data.source.seed]));
  for (const { entry, data } of figures) issues.push(...validateFigure(entry.file, data, { articleSeeds, seeds }));
  for (const { entry, data } of parks) {
    issues.push(...validatePark(entry.file, data));
    data.sources.forEach((s, i) => s.seed && seedRef(entry.file, `sources.${i}.seed`, s.seed));
  }
  return issues;
}

/** Formats issues as lines "file: field: message". */
export function formatIssues(issues: ContentIssue[]): string {
  return issues.map((i) => `${i.file}: ${i.field}: ${i.message}`).join('\n');
}

export type { ArticleData, MilestoneData, ParkData };
