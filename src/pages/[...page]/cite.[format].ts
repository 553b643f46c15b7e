import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../lib/content.ts';
import { contentUpdated } from '../../content-updated.ts';
import { citedPages, type CitedPage } from '../../lib/cite/cited-pages.ts';
import { citeFormatKeys, citeFormats, type CiteFormat } from '../../lib/cite/formats.ts';
import { pageRecord } from '../../lib/cite/record.ts';
import { absoluteUrl } from '../../lib/site-urls.ts';

/** <page>/cite.bib, cite.ris and cite.json: the citation of every page that has a citation block. */
export const getStaticPaths = (async () => {
  const pages = citedPages(await siteContent(), contentUpdated);
  return pages.flatMap((page) => citeFormatKeys.map((format) => ({ params: { page: page.path.replace(/\/$/, ''), format }, props: { page } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: CitedPage }, { format: CiteFormat }> = ({ props: { page }, params, site }) => {
  const format = citeFormats[params.format];
  const record = pageRecord({ id: page.key, title: page.title, updated: page.updated, url: absoluteUrl(site!, import.meta.env.BASE_URL, page.path) });
  return new Response(format.render(record), { headers: { 'Content-Type': `${format.mediaType}; charset=utf-8` } });
};
