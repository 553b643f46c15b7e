import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../lib/content.ts';
import { contentUpdated } from '../../../content-updated.ts';
import { citedPages, type CitedPage } from '../../../lib/cite/cited-pages.ts';
import { citeFormatKeys, citeFormats, type CiteFormat } from '../../../lib/cite/formats.ts';
import { sourceRecord } from '../../../lib/cite/record.ts';

/** articles/<slug>/source.bib, .ris and .json: the original document an article is written from. */
export const getStaticPaths = (async () => {
  const { articles } = await siteContent();
  const pages = citedPages({ articles, milestones: [], parks: [], figures: [] }, contentUpdated);
  return articles.flatMap((a, i) => citeFormatKeys.map((format) => ({ params: { slug: a.id, format }, props: { source: pages[i].source! } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: NonNullable<CitedPage['source']> }, { slug: string; format: CiteFormat }> = ({ props: { source }, params }) => {
  const format = citeFormats[params.format];
  return new Response(format.render(sourceRecord(source.key, source.data)), { headers: { 'Content-Type': `${format.mediaType}; charset=utf-8` } });
};
