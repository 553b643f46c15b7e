import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { markdownEntries } from './loaders/markdown-entries.ts';
import { articleSchema } from './schemas/article.ts';
import { milestoneSchema } from './schemas/milestone.ts';
import { parkSchema } from './schemas/park.ts';
import { sourceDocumentSchema } from './schemas/source-document.ts';
import { figureSchema } from './schemas/figure.ts';
import { historySchema } from './schemas/history.ts';
import { config } from './config.ts';

const root = config.contentDir;

const articles = defineCollection({
  // Article pages measure their length on the rendered HTML; milestone pages summarise their Markdown body.
  loader: markdownEntries({ base: `${root}/articles`, retainBody: false }),
  schema: articleSchema,
});

const milestones = defineCollection({
  loader: markdownEntries({ base: `${root}/milestones` }),
  schema: milestoneSchema,
});

const parks = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/parks` }),
  schema: parkSchema,
});

const sources = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/sources` }),
  schema: sourceDocumentSchema,
});

const figures = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/figures` }),
  schema: figureSchema,
});

// The long-form history: like articles, rendered to HTML while the content layer syncs; its notes are GFM footnotes.
const history = defineCollection({
  loader: markdownEntries({ base: `${root}/history`, retainBody: false }),
  schema: historySchema,
});

export const collections = { articles, milestones, parks, sources, figures, history };
