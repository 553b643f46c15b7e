import { z } from 'astro/zod';
import { partialDate } from './partial-date.ts';
import { seedFile, slug } from './source-ref.ts';

/** What a source document is, which decides how it is cited. */
export const sourceKinds = ['newspaper', 'web-news', 'brochure', 'report'] as const;

/** Where the article's subject lies. */
export const articleScopes = ['zone', 'shanghai', 'elsewhere'] as const;

/** The original publication an article is written from. */
export const articleSource = z.strictObject({
  /** Source document file under the seeds folder. */
  seed: seedFile,
  /** Kind of document: newspaper, web news, brochure or report. */
  kind: z.enum(sourceKinds),
  /** Publication or issuing body, e.g. 科技日报. */
  publication: z.string().min(1),
  /** Place of publication of a report or brochure (GB/T 7714 出版地), e.g. 上海. */
  place: z.string().min(1).optional(),
  /** Title as the source prints it, written inside 《》 like any title in Chinese text (the marks are dropped). */
  originalTitle: z.string().regex(/^《.+》$/, '原标题请写在《》内').transform((t) => t.slice(1, -1)),
  /** Column or series the piece ran in, if any. */
  column: z.string().optional(),
  /** Authors and reporters as credited; empty when none is named. */
  authors: z.array(z.string().min(1)).default([]),
  /** Publication date, as precisely as the source allows. */
  date: partialDate,
  /** How the date was established, when the source does not print it. */
  dateNote: z.string().optional(),
  /** Reprint or copyright notice the source carries. */
  rights: z.string().optional(),
});

/** Frontmatter of an article in content/articles. */
export const articleSchema = z.strictObject({
  /** Our own title for the article. */
  title: z.string().min(1),
  /** One paragraph, in our own words. */
  summary: z.string().min(20),
  /** zone: about the Zhangjiang zone; shanghai: Shanghai-wide; elsewhere: a park outside Shanghai. */
  scope: z.enum(articleScopes),
  /** Subjects, for the article list. */
  topics: z.array(z.string().min(1)).min(1),
  /** Ids of parks in content/parks the article is about. */
  parks: z.array(slug).default([]),
  /** The document this article is written from. */
  source: articleSource,
});

export type ArticleData = z.output<typeof articleSchema>;
