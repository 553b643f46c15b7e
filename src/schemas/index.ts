export { articleSchema, articleScopes, sourceKinds } from './article.ts';
export { milestoneSchema, milestoneCategories } from './milestone.ts';
export { parkSchema, districts, adjustmentYears } from './park.ts';
export { partialDate, parsePartialDate, type PartialDate } from './partial-date.ts';
export { sourceDocumentSchema } from "./source-document.ts";
export { figureSchema, figureScopes, figureCharts, figureBounds } from './figure.ts';
