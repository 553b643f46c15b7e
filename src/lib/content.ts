import { getCollection, type CollectionEntry } from 'astro:content';
import { compareDates } from './decade.ts';
import { districts } from '../schemas/park.ts';
import { figureScopes } from '../schemas/figure.ts';

export type Article = CollectionEntry<'articles'>;
export type Milestone = CollectionEntry<'milestones'>;
export type Park = CollectionEntry<'parks'>;
export type SourceDocument = CollectionEntry<'sources'>;
export type Figure = CollectionEntry<'figures'>;
export type History = CollectionEntry<'history'>;

export interface SiteContent {
  /** Articles, newest source first. */
  articles: Article[];
  /** Milestones in time order. */
  milestones: Milestone[];
  /** Parks by district order, then name. */
  parks: Park[];
  /** Source documents by file name. */
  sources: SourceDocument[];
  /** Key figures by scope (zone, science city, Shanghai), then their order. */
  figures: Figure[];
  /** The long-form histories (today one, the decade's). */
  histories: History[];
  article: Map<string, Article>;
  park: Map<string, Park>;
  source: Map<string, SourceDocument>;
}

let loaded: Promise<SiteContent> | undefined;

async function load(): Promise<SiteContent> {
  const [articles, milestones, parks, sources, figures, histories] = await Promise.all([
    getCollection('articles'),
    getCollection('milestones'),
    getCollection('parks'),
    getCollection('sources'),
    getCollection('figures'),
    getCollection('history'),
  ]);
  articles.sort((a, b) => compareDates(b.data.source.date, a.data.source.date) || a.id.localeCompare(b.id));
  milestones.sort((a, b) => compareDates(a.data.date, b.data.date) || a.id.localeCompare(b.id));
  parks.sort(
    (a, b) =>
      districts.indexOf(a.data.district) - districts.indexOf(b.data.district) ||
      a.data.name.localeCompare(b.data.name, 'zh-CN'),
  );
  sources.sort((a, b) => a.id.localeCompare(b.id));
  figures.sort(
    (a, b) =>
      figureScopes.indexOf(a.data.scope) - figureScopes.indexOf(b.data.scope) || a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
  return {
    articles,
    milestones,
    parks,
    sources,
    figures,
    histories,
    article: new Map(articles.map((a) => [a.id, a])),
    park: new Map(parks.map((p) => [p.id, p])),
    source: new Map(sources.map((s) => [`${s.id}.txt`, s])),
  };
}

/** Loads every collection once per build, sorted, with lookup maps. */
export function siteContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

/** Milestones that name an article or a park. */
export function milestonesFor(all: Milestone[], ref: { article?: string; park?: string }): Milestone[] {
  return all.filter(
    (m) =>
      (ref.article && (m.data.articles.includes(ref.article) || m.data.sources.some((s) => 'article' in s && s.article === ref.article))) ||
      (ref.park && m.data.parks.includes(ref.park)),
  );
}
