import { describe, it, expect } from 'vitest';
import { rssXml } from '../../src/lib/feed.ts';
import { sitemapXml } from '../../src/lib/sitemap.ts';
import { escapeXml } from '../../src/lib/xml.ts';

const feed = {
  title: '张江十年',
  description: '说明',
  home: 'https://x.org/',
  self: 'https://x.org/rss.xml',
  items: [
    { title: '旧的 <一篇> & “引号”', url: 'https://x.org/a/', date: '2026-01-02', description: 'A&B', category: '文章' },
    { title: '新的', url: 'https://x.org/b/', date: '2026-03-04', description: '摘要', category: '大事记' },
  ],
};

describe('rssXml', () => {
  const xml = rssXml(feed);
  it('escapes markup in titles and descriptions', () => {
    expect(xml).toContain('<title>旧的 &lt;一篇&gt; &amp; “引号”</title>');
    expect(xml).toContain('<description>A&amp;B</description>');
  });
  it('lists the newest entry first, with RFC 822 dates and permalink guids', () => {
    expect(xml.indexOf('https://x.org/b/')).toBeLessThan(xml.indexOf('https://x.org/a/'));
    expect(xml).toContain('<pubDate>Wed, 04 Mar 2026 00:00:00 GMT</pubDate>');
    expect(xml).toContain('<guid isPermaLink="true">https://x.org/a/</guid>');
  });
  it('links to itself', () => {
    expect(xml).toContain('<atom:link href="https://x.org/rss.xml" rel="self" type="application/rss+xml"/>');
  });
});

describe('sitemapXml and escapeXml', () => {
  it('lists each address once with its lastmod when known', () => {
    const xml = sitemapXml([{ url: 'https://x.org/?a=1&b=2' }, { url: 'https://x.org/p/', lastmod: '2026-01-01' }]);
    expect(xml).toContain('<url><loc>https://x.org/?a=1&amp;b=2</loc></url>');
    expect(xml).toContain('<url><loc>https://x.org/p/</loc><lastmod>2026-01-01</lastmod></url>');
  });
  it('drops characters XML does not allow', () => {
    expect(escapeXml('a\u0001b\u000bc')).toBe('abc');
  });
});
