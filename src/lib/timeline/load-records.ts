import { siteContent } from '../content.ts';
import { timelineRecords, type TimelineRecord } from './records.ts';

/**
 * The timeline's records from the site's collections (the one impure step: it reads the content). `href` prefixes a
 * site path with the base the site is built for (`src/href.ts`).
 */
export async function loadTimelineRecords(href: (path: string) => string): Promise<TimelineRecord[]> {
  const { milestones, article, park, source } = await siteContent();
  return timelineRecords({
    milestones,
    articleTitle: (id) => article.get(id)?.data.title ?? id,
    parkName: (id) => park.get(id)?.data.name ?? id,
    sourceName: (seed) => source.get(seed)?.data.name ?? seed,
    href,
  });
}
