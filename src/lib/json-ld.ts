import type { ArticleData } from '../schemas/article.ts';
import type { PartialDate } from '../schemas/partial-date.ts';
import { SITE_AUTHOR } from './citation.ts';

type Thing = Record<string, unknown>;

const sourceTypes: Record<ArticleData['source']['kind'], string> = {
  newspaper: 'NewsArticle',
  'web-news': 'NewsArticle',
  report: 'Report',
  brochure: 'CreativeWork',
};

const organization = (name: string, url?: string): Thing => ({ '@type': 'Organization', name, ...(url && { url }) });

/** The document an article is rewritten from, as schema.org isBasedOn. */
function basedOn(source: ArticleData['source']): Thing {
  const people = source.kind === 'newspaper' || source.kind === 'web-news';
  return {
    '@type': sourceTypes[source.kind],
    name: source.originalTitle,
    datePublished: source.date.iso,
    publisher: organization(source.publication),
    ...(source.authors.length && {
      author: source.authors.map((name) => (people ? { '@type': 'Person', name } : organization(name))),
    }),
  };
}

/** schema.org Article for one of our articles. */
export function articleJsonLd(a: { title: string; summary: string; url: string; updated: string; home: string; topics: string[]; source: ArticleData['source'] }): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.summary,
    inLanguage: 'zh-CN',
    url: a.url,
    mainEntityOfPage: a.url,
    dateModified: a.updated,
    keywords: a.topics.join(','),
    author: organization(SITE_AUTHOR, a.home),
    publisher: organization(SITE_AUTHOR, a.home),
    isBasedOn: basedOn(a.source),
  };
}

/** schema.org Event for a milestone: its date at the precision known, where it happened, the articles that report it. */
export function milestoneJsonLd(m: { title: string; description: string; url: string; date: PartialDate; places: string[]; articles: { title: string; url: string }[] }): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: m.title,
    description: m.description,
    url: m.url,
    startDate: m.date.iso,
    inLanguage: 'zh-CN',
    location: (m.places.length ? m.places : ['上海']).map((name) => ({
      '@type': 'Place',
      name,
      address: { '@type': 'PostalAddress', addressLocality: '上海', addressCountry: 'CN' },
    })),
    subjectOf: m.articles.map((a) => ({ '@type': 'Article', headline: a.title, url: a.url })),
  };
}
