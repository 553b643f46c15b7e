import type { MilestoneData } from '../../schemas/milestone.ts';
import type { Precision } from '../../schemas/partial-date.ts';
import { routes } from '../paths.ts';
import { categoryLabels } from '../labels.ts';
import { formatPartialDate } from '../decade.ts';
import { markdownParagraph } from '../markdown-text.ts';
import { citedTitle } from '../document-title.ts';

/** A link the timeline shows: where it goes and what it says. */
export interface TimelineLink {
  id: string;
  label: string;
  href: string;
}

/** One milestone as the timeline uses it: everything the chart, the detail panel and the list show. */
export interface TimelineRecord {
  id: string;
  /** The date as written (YYYY, YYYY-MM or YYYY-MM-DD); its length is its precision. */
  date: string;
  precision: Precision;
  /** The date in Chinese at its precision. */
  dateText: string;
  category: MilestoneData['category'];
  categoryLabel: string;
  official: boolean;
  title: string;
  /** Our explanation, as plain text. */
  text: string;
  /** The milestone's own page. */
  href: string;
  /** Its deep link on the timeline. */
  timelineHref: string;
  articles: TimelineLink[];
  parks: TimelineLink[];
  sources: { passage: string; document: TimelineLink; article?: TimelineLink }[];
}

/** What the records are made from: milestones (in time order) and names for the ids they use. */
export interface RecordInput {
  milestones: readonly { id: string; body?: string; data: MilestoneData }[];
  articleTitle: (id: string) => string;
  parkName: (id: string) => string;
  sourceName: (seed: string) => string;
  /** Turns a site path into a link (adds the base). */
  href: (path: string) => string;
}

/** The timeline's data: one record per milestone, in the given order. */
export function timelineRecords({ milestones, articleTitle, parkName, sourceName, href }: RecordInput): TimelineRecord[] {
  const article = (id: string): TimelineLink => ({ id, label: articleTitle(id), href: href(routes.article(id)) });
  return milestones.map(({ id, body = '', data }) => ({
    id,
    date: data.date.iso,
    precision: data.date.precision,
    dateText: formatPartialDate(data.date),
    category: data.category,
    categoryLabel: categoryLabels[data.category],
    official: data.official,
    title: data.title,
    text: markdownParagraph(body),
    href: href(routes.milestone(id)),
    timelineHref: href(`${routes.timeline()}#${id}`),
    articles: [...new Set([...data.articles, ...data.sources.flatMap((s) => ('article' in s && s.article ? [s.article] : []))])].map(article),
    parks: data.parks.map((p) => ({ id: p, label: parkName(p), href: href(routes.park(p)) })),
    sources: data.sources.map((s) =>
      'seed' in s
        ? {
            passage: s.passage,
            document: { id: s.seed, label: sourceName(s.seed), href: href(routes.source(s.seed)) },
            article: s.article ? article(s.article) : undefined,
          }
        : { passage: s.passage, document: { id: s.url, label: `${s.publisher}：${citedTitle(s.title)}`, href: s.url } },
    ),
  }));
}
