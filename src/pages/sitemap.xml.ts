import type { APIRoute } from 'astro';
import { siteContent } from '../lib/content.ts';
import { routes } from '../lib/paths.ts';
import { absoluteUrl } from '../lib/site-urls.ts';
import { contentUpdated } from '../content-updated.ts';
import { sitemapXml } from '../lib/sitemap.ts';

// Section pages; search and 404 are left out on purpose.
const sections = [routes.home(), routes.articles(), routes.milestones(), routes.timeline(), routes.parks(), routes.map(), routes.figures(), routes.sources()];

/** sitemaps.org sitemap of every section, article, milestone and park page. */
export const GET: APIRoute = async ({ site }) => {
  const { articles, milestones, parks } = await siteContent();
  const url = (path: string) => absoluteUrl(site!, import.meta.env.BASE_URL, path);
  const xml = sitemapXml([
    ...sections.map((path) => ({ url: url(path) })),
    ...articles.map((a) => ({ url: url(routes.article(a.id)), lastmod: contentUpdated(a.filePath) })),
    ...milestones.map((m) => ({ url: url(routes.milestone(m.id)), lastmod: contentUpdated(m.filePath) })),
    ...parks.map((p) => ({ url: url(routes.park(p.id)), lastmod: contentUpdated(p.filePath) })),
  ]);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
