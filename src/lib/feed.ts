import { escapeXml } from './xml.ts';

/** One entry of the feed. */
export interface FeedItem {
  title: string;
  /** Absolute address, also used as the guid. */
  url: string;
  /** YYYY-MM-DD. */
  date: string;
  description: string;
  category: string;
}

/** The feed and its entries. */
export interface Feed {
  title: string;
  description: string;
  /** Absolute address of the site's home page. */
  home: string;
  /** Absolute address of the feed itself. */
  self: string;
  items: FeedItem[];
}

/** A day as an RFC 822 date, which RSS 2.0 requires. */
const rfc822 = (day: string) => new Date(`${day}T00:00:00Z`).toUTCString();

/** RSS 2.0 XML for a feed, newest entries first, with an atom:link to itself. */
export function rssXml(feed: Feed): string {
  const items = [...feed.items].sort((a, b) => b.date.localeCompare(a.date));
  const el = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    el('title', feed.title),
    el('link', feed.home),
    el('description', feed.description),
    el('language', 'zh-CN'),
    `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    items.length ? el('lastBuildDate', rfc822(items[0].date)) : '',
    ...items.map((i) =>
      [
        '<item>',
        el('title', i.title),
        el('link', i.url),
        `<guid isPermaLink="true">${escapeXml(i.url)}</guid>`,
        el('pubDate', rfc822(i.date)),
        el('category', i.category),
        el('description', i.description),
        '</item>',
      ].join(''),
    ),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
