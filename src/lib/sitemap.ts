import { escapeXml } from './xml.ts';

/** A page listed in the sitemap. */
export interface SitemapEntry {
  /** Absolute address. */
  url: string;
  /** YYYY-MM-DD, when known. */
  lastmod?: string;
}

/** A sitemaps.org XML sitemap of the given pages. */
export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = entries.map(
    (e) => `<url><loc>${escapeXml(e.url)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`,
  );
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}
