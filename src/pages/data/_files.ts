import { siteContent } from '../../lib/content.ts';
import { contentUpdated } from '../../content-updated.ts';
import { latestDay } from '../../lib/cite/cited-pages.ts';
import { openDataFiles, type DataFile } from '../../lib/open-data/files.ts';
import { openDataRows } from '../../lib/open-data/rows.ts';
import { absoluteUrl } from '../../lib/site-urls.ts';
import { routes } from '../../lib/paths.ts';

/** Title of the open data, as cited. */
export const DATA_TITLE = '张江十年开放数据';

let built: Promise<{ files: DataFile[]; updated: string }> | undefined;

/** The open data files, built once per build from the collections (shared by /data/ and its files). */
export function siteDataFiles(site: URL): Promise<{ files: DataFile[]; updated: string }> {
  built ??= (async () => {
    const content = await siteContent();
    const url = (path: string) => absoluteUrl(site, import.meta.env.BASE_URL, path);
    const updated = latestDay([...content.milestones, ...content.parks, ...content.figures, ...content.articles].map((e) => contentUpdated(e.filePath)));
    const files = openDataFiles(openDataRows(content, url), {
      title: DATA_TITLE,
      description: '张江国家自主创新示范区（一区22园）2011—2020年的大事记、22个分园和关键数字，以及本站所据来源文献的书目记录，由张江十年整理。',
      homepage: url(routes.data()),
      updated,
      sources: content.sources.map((s) => s.data.name),
    });
    return { files, updated };
  })();
  return built;
}
