import type { APIRoute } from 'astro';
import { loadTimelineRecords } from '../../lib/timeline/load-records.ts';
import { href } from '../../href.ts';

/** The timeline's data as JSON (/timeline/data.json): one record per milestone, in time order. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ records: await loadTimelineRecords(href) }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
