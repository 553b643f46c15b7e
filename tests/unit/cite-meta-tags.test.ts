import { describe, it, expect } from 'vitest';
import { citationMetaTags, metaSchemas, type MetaTag } from '../../src/lib/cite/meta-tags.ts';
import { apaPage, gbtPage, citationText } from '../../src/lib/citation.ts';

const page = { title: '张江示范区瞄准硬核科技', url: 'https://example.org/articles/x/', updated: '2026-03-05' };
const tags = citationMetaTags(page);
const value = (name: string) => tags.filter((t) => t.name === name).map((t) => t.content);

// Namespaces Zotero's Embedded Metadata.js knows without a schema link (its _prefixes), for the prefixes used here.
const prefixes: Record<string, string> = { dc: 'http://purl.org/dc/elements/1.1/', dcterms: 'http://purl.org/dc/terms/', z: 'http://www.zotero.org/namespaces/export#', og: 'http://ogp.me/ns#' };
const zoteroTypes = ['webpage', 'journalArticle', 'newspaperArticle', 'report'];

/**
 * How Zotero picks the item type for these tags: Embedded Metadata.js init() (Highwire hwType / hwTypeGuess, and
 * namespaced tags passed to the RDF translator with defaultUnknownType = hwTypeGuess || … || "webpage"), then
 * RDF.js detectType(): itemType = t.zotero || t.bib || t.prism || t.eprints || t.og || t.dc || t.so ||
 * defaultUnknownType || … || t.ogGuess || t.dcGuess. Only the branches our tags can reach are written out.
 */
function zoteroItemType(meta: MetaTag[]): string | undefined {
  let hwType: string | undefined;
  let hwTypeGuess: string | undefined;
  const rdf = new Map<string, string>();
  for (const { name, content } of meta) {
    const [prefix] = name.split(/[.:_]/);
    const ns = prefixes[prefix.toLowerCase()];
    if (ns) {
      const prop = name.slice(prefix.length + 1);
      const key = ns + prop.charAt(0).toLowerCase() + prop.slice(1);
      if (!rdf.has(key)) rdf.set(key, content);
      continue;
    }
    const short = name.slice(name.lastIndexOf('citation_'));
    if (short === 'citation_journal_title') hwType = 'journalArticle';
    else if (short === 'citation_technical_report_institution') hwType = 'report';
    else if (short === 'citation_conference_title' || short === 'citation_conference') hwType = 'conferencePaper';
    else if (short === 'citation_book_title' || short === 'citation_inbook_title') hwType = 'bookSection';
    else if (short === 'citation_dissertation_institution') hwType = 'thesis';
    else if (short === 'citation_title' || short === 'citation_series_title') hwTypeGuess ??= 'journalArticle';
  }
  if (!rdf.size) return hwType || hwTypeGuess;
  if (hwType) return hwType; // "hwTypes are generally most accurate"
  const t: Record<string, string | undefined> = {};
  const z = rdf.get(prefixes.z + 'itemType');
  if (z && zoteroTypes.includes(z)) t.zotero = z;
  const dc = rdf.get(prefixes.dc + 'type') ?? rdf.get(prefixes.dcterms + 'type');
  if (dc && zoteroTypes.includes(dc)) t.dc = dc;
  else if (dc?.toLowerCase() === 'text') t.dcGuess = 'journalArticle';
  const og = rdf.get(prefixes.og + 'type');
  if (og === 'website') t.og = 'webpage';
  if (og === 'article') t.ogGuess = 'journalArticle';
  // defaultUnknownType is hwTypeGuess, else "webpage" since there are RDF statements: the guesses after it never decide.
  return t.zotero || t.og || t.dc || hwTypeGuess || 'webpage';
}

describe('citation meta tags', () => {
  it('agree with the page’s GB/T 7714 and APA citation: title, group author, update date, address', () => {
    const gbt = gbtPage({ ...page, accessed: '2026-11-23' });
    expect(gbt.startsWith(`${value('citation_title')[0]}[EB/OL]. (${value('DC.date')[0]})`)).toBe(true);
    expect(gbt.endsWith(`${value('citation_public_url')[0]}.`)).toBe(true);
    expect(citationText(apaPage({ ...page, accessed: '2026-11-23' })).startsWith(`${value('citation_author')[0]}. (2026, March 5)`)).toBe(true);
    expect(value('citation_publication_date')).toEqual(['2026/03/05']);
    expect(value('DC.title')).toEqual([page.title]);
    expect(value('DC.creator')).toEqual(value('citation_author'));
    expect(value('DC.language')).toEqual(['zh-CN']);
    expect(value('DC.identifier')).toEqual([page.url]);
  });
  it('declare the Dublin Core prefixes they use', () => {
    const used = new Set(tags.map((t) => t.name.split('.')[0]).filter((p) => p.startsWith('DC')));
    expect(metaSchemas.map((s) => s.rel.replace('schema.', '')).sort()).toEqual([...used].sort());
  });
  it('make Zotero save a web page, also beside og:type article', () => {
    const og = [{ name: 'og:type', content: 'article' }, { name: 'og:site_name', content: '张江十年' }];
    expect(zoteroItemType([...tags, ...og])).toBe('webpage');
    // What the translator would do without the type tag, or with a journal title.
    expect(zoteroItemType([...tags.filter((t) => t.name !== 'z.itemType'), ...og])).toBe('journalArticle');
    expect(zoteroItemType([...tags, { name: 'citation_journal_title', content: '张江十年' }])).toBe('journalArticle');
  });
  it('carry no dc:type, which Zotero would copy into the Website Type that styles print as a genre', () => {
    expect(tags.map((t) => t.name.toLowerCase())).not.toContain('dc.type');
    expect(tags.map((t) => t.name.toLowerCase())).not.toContain('dcterms.type');
  });
});
