import type { APIRoute } from 'astro';
import { routes } from '../lib/paths.ts';
import { absoluteUrl } from '../lib/site-urls.ts';

/** Allows every crawler and points it to the sitemap. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site!, import.meta.env.BASE_URL, routes.sitemap())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
