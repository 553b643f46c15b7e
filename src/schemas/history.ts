import { z } from 'astro/zod';
import { seedFile, slug } from './source-ref.ts';

/** Frontmatter of the long-form history in content/history: one essay that weaves every source, with numbered notes. */
export const historySchema = z.strictObject({
  /** Our own title. */
  title: z.string().min(1),
  /** One paragraph saying what the essay tells, in our own words. */
  summary: z.string().min(40),
  /** The source documents it draws on (each note links the page that carries the fact). */
  seeds: z.array(seedFile).min(1),
  /** Ids of parks in content/parks the essay names. */
  parks: z.array(slug).default([]),
});

export type HistoryData = z.output<typeof historySchema>;
