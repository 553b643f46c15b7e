import { SITE_AUTHOR } from '../citation.ts';

/** A <meta name content> pair. */
export interface MetaTag {
  name: string;
  content: string;
}

/** The Dublin Core schema links that declare the DC. and DCTERMS. prefixes. */
export const metaSchemas = [
  { rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' },
  { rel: 'schema.DCTERMS', href: 'http://purl.org/dc/terms/' },
];

/**
 * Highwire Press and Dublin Core tags for a page of this site, agreeing with its GB/T 7714 and APA citation:
 * the page title, the site as group author and publisher, the update date, Chinese, the canonical address.
 *
 * Zotero's Embedded Metadata translator guesses "journalArticle" from citation_title alone, and any of
 * citation_journal_title, _conference_title, _book_title, _dissertation_institution or _technical_report_institution
 * forces that type over everything else, so none of those is written. The DC tags send the page through the RDF
 * translator, whose detectType takes z:itemType first of all ("webpage", a Zotero item type); og:type "article" is
 * only a guess there, ranked below. A dc:type would also work but is copied into the item's Website Type, which
 * CSL styles print as a genre ("[webpage]"), so there is none. og:site_name, on every page, becomes the website title.
 */
export function citationMetaTags(page: { title: string; url: string; updated: string }): MetaTag[] {
  const tags: [string, string][] = [
    ['citation_title', page.title],
    ['citation_author', SITE_AUTHOR],
    ['citation_publication_date', page.updated.replaceAll('-', '/')],
    ['citation_language', 'zh-CN'],
    ['citation_public_url', page.url],
    ['DC.title', page.title],
    ['DC.creator', SITE_AUTHOR],
    ['DC.publisher', SITE_AUTHOR],
    ['DC.date', page.updated],
    ['DC.format', 'text/html'],
    ['DC.language', 'zh-CN'],
    ['DC.identifier', page.url],
    ['DCTERMS.modified', page.updated],
    ['z.itemType', 'webpage'],
  ];
  return tags.map(([name, content]) => ({ name, content }));
}
