import { z } from 'astro/zod';
import { partialDate } from './partial-date.ts';
import { seedFile, slug } from './source-ref.ts';

/** The fixed set of milestone categories (keys; labels live in lib/categories). */
export const milestoneCategories = ['policy', 'space', 'facility', 'industry', 'platform', 'visit', 'finance'] as const;

/** Where a milestone's fact comes from. */
export const milestoneSource = z.strictObject({
  /** Source document file under the seeds folder. */
  seed: seedFile,
  /** Our article written from that document, when there is one. */
  article: slug.optional(),
  /** Which passage holds the fact, described in our own words. */
  passage: z.string().min(4),
});

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
