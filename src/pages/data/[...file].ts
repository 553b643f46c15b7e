import type { APIRoute, GetStaticPaths } from 'astro';
import type { DataFile } from '../../lib/open-data/files.ts';
import { siteDataFiles } from './_files.ts';

/** data/milestones.csv, parks.geojson, datapackage.json, figures/<id>.csv …: every file of the open data. */
export const getStaticPaths = (async () => {
  // getStaticPaths has no Astro.site; the addresses inside the files need it, so it is read from the config here.
  const { files } = await siteDataFiles(new URL(import.meta.env.SITE));
  return files.map((file) => ({ params: { file: file.path }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = ({ props: { file } }) =>
  new Response(file.body, { headers: { 'Content-Type': `${file.mediaType}; charset=utf-8` } });
