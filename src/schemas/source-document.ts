import { z } from 'astro/zod';
import { sourceKinds } from './article.ts';

/** Data of a source document in content/sources (file name = seed file name without .txt). */
export const sourceDocumentSchema = z.strictObject({
  /** How we refer to the document, e.g. 科技日报 2021年4月 一版面. */
  name: z.string().min(1),
  /** Kind of document. */
  kind: z.enum(sourceKinds),
  /** What the document holds, in our own words. */
  contents: z.string().min(1),
  /** How the text is laid out and what had to be untangled (interleaved columns, repeats, OCR damage). */
  condition: z.string().min(1),
});

export type SourceDocumentData = z.output<typeof sourceDocumentSchema>;
