import { z } from 'astro/zod';
import { partialDate } from './partial-date.ts';
import { seedFile, slug } from './source-ref.ts';

/** The fixed set of milestone categories (keys; labels live in lib/categories). */
export const milestoneCategories = ['policy', 'space', 'facility', 'industry', 'platform', 'visit', 'finance'] as const;

/** A milestone's fact from one of the source documents (the seeds). */
export const seedSource = z.strictObject({
  /** Source document file under the seeds folder. */
  seed: seedFile,
  /** Our article written from that document, when there is one. */
  article: slug.optional(),
  /** Which passage holds the fact, described in our own words. */
  passage: z.string().min(4),
});

/** A milestone's fact from a public document outside the seeds (an official page or major media), e.g. a date the seeds leave out. */
export const externalSource = z.strictObject({
  /** Title of the page or document, as published. */
  title: z.string().min(1),
  /** Issuing body or medium, e.g. 上海证券交易所, 新华社. */
  publisher: z.string().min(1),
  /** Address of the page. */
  url: z.url({ protocol: /^https?$/ }),
  /** Publication date of the page, when it shows one. */
  date: partialDate.optional(),
  /** What the document says that the milestone uses, in our own words. */
  passage: z.string().min(4),
});

/** Where a milestone's fact comes from: a seed passage or an outside document. */
export const milestoneSource = z.union([seedSource, externalSource]);

export type MilestoneSource = z.output<typeof milestoneSource>;

/** Frontmatter of a milestone in content/milestones. */
export const milestoneSchema = z.strictObject({
  /** Stable id used in URLs; must equal the file name. */
  id: slug,
  /** Short headline in our own words. */
  title: z.string().min(1),
  /** When it happened, as precisely as the sources allow (2011–2020). */
  date: partialDate,
  /** One of the fixed categories. */
  category: z.enum(milestoneCategories),
  /** True for the entries of the official chronology (历史沿革) in the ten-year brochure. */
  official: z.boolean().default(false),
  /** Ids of articles that report it. */
  articles: z.array(slug).default([]),
  /** Ids of parks it concerns. */
  parks: z.array(slug).default([]),
  /** At least one source passage. */
  sources: z.array(milestoneSource).min(1),
});

export type MilestoneData = z.output<typeof milestoneSchema>;
