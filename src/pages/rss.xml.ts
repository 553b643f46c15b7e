import type { APIRoute } from 'astro';
import { siteContent } from '../lib/content.ts';
import { routes } from '../lib/paths.ts';
import { absoluteUrl } from '../lib/site-urls.ts';
import { contentUpdated } from '../content-updated.ts';
import { formatPartialDate } from '../lib/decade.ts';
import { markdownSummary } from '../lib/markdown-text.ts';
import { rssXml } from '../lib/feed.ts';

/** RSS 2.0 feed of every article and milestone. */
export const GET: APIRoute = async ({ site }) => {
  const { articles, milestones } = await siteContent();
  const url = (path: string) => absoluteUrl(site!, import.meta.env.BASE_URL, path);
  const xml = rssXml({
    title: '张江十年：文章与大事记',
    description: '张江国家自主创新示范区2011—2020年的文章与大事记。',
    home: url(routes.home()),
    self: url(routes.rss()),
    items: [
      ...articles.map((a) => ({
        title: a.data.title,
        url: url(routes.article(a.id)),
        date: contentUpdated(a.filePath),
        description: a.data.summary,
        category: '文章',
      })),
      ...milestones.map((m) => ({
        title: `${formatPartialDate(m.data.date)}：${m.data.title}`,
        url: url(routes.milestone(m.id)),
        date: contentUpdated(m.filePath),
        description: markdownSummary(m.body ?? '', 300),
        category: '大事记',
      })),
    ],
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
