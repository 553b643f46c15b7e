import { test, expect, type Page } from '@playwright/test';
import { pageTypes } from './page-types.ts';
import { parseBibtex, missingFields } from '../parse/bibtex.ts';
import { parseRis, risValues } from '../parse/ris.ts';

// Each kind of cited page: its head tags, its visible citation and its downloads must say the same thing.
const cited = { history: pageTypes.history, article: pageTypes.article, milestone: pageTypes.milestone, park: pageTypes.park, figures: pageTypes.figures };

/** What a page shows and declares about its own citation. */
async function citationOf(page: Page) {
  return page.evaluate(() => {
    const meta = (name: string) => [...document.head.querySelectorAll(`meta[name="${name}"]`)].map((m) => m.getAttribute('content'));
    return {
      meta: Object.fromEntries(
        ['citation_title', 'citation_author', 'citation_publication_date', 'citation_public_url', 'citation_language', 'DC.title', 'DC.creator', 'DC.date', 'DC.identifier', 'DC.language', 'DCTERMS.modified', 'z.itemType'].map((n) => [n, meta(n)]),
      ),
      journal: document.head.querySelectorAll('meta[name$="citation_journal_title"], meta[name$="citation_conference_title"], meta[name$="citation_book_title"]').length,
      schemas: [...document.head.querySelectorAll('link[rel^="schema."]')].map((l) => `${l.getAttribute('rel')} ${l.getAttribute('href')}`),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      siteName: document.head.querySelector('meta[property="og:site_name"]')?.getAttribute('content'),
      gbt: document.getElementById('cite-gbt')?.textContent ?? '',
      apa: document.getElementById('cite-apa')?.textContent ?? '',
      source: document.getElementById('cite-source')?.textContent ?? '',
      downloads: [...document.querySelectorAll('.citation a[download]')].map((a) => (a as HTMLAnchorElement).href),
    };
  });
}

for (const [type, path] of Object.entries(cited)) {
  test(`${type} page: citation tags agree with the visible GB/T 7714 and APA citation`, async ({ page }) => {
    await page.goto(path);
    const c = await citationOf(page);
    const gbt = /^(.+)\[EB\/OL\]\. \((\d{4}-\d{2}-\d{2})\)\[\d{4}-\d{2}-\d{2}\]\. (\S+)\.$/.exec(c.gbt);
    expect(gbt, c.gbt).not.toBeNull();
    const [, title, updated, url] = gbt!;
    expect(c.meta.citation_title).toEqual([title]);
    expect(c.meta['DC.title']).toEqual([title]);
    expect(c.meta.citation_publication_date).toEqual([updated.replaceAll('-', '/')]);
    expect(c.meta['DC.date']).toEqual([updated]);
    expect(c.meta['DCTERMS.modified']).toEqual([updated]);
    expect(c.meta.citation_public_url).toEqual([url]);
    expect(c.meta['DC.identifier']).toEqual([url]);
    expect(c.canonical).toBe(url);
    expect(c.apa.startsWith(`${c.meta.citation_author[0]}. (${updated.slice(0, 4)}, `)).toBe(true);
    expect(c.meta['DC.creator']).toEqual(c.meta.citation_author);
    expect(c.meta.citation_language).toEqual(['zh-CN']);
    expect(c.meta['DC.language']).toEqual(['zh-CN']);
    // What makes Zotero's Embedded Metadata translator save a web page (see src/lib/cite/meta-tags.ts).
    expect(c.meta['z.itemType']).toEqual(['webpage']);
    expect(c.journal).toBe(0);
    expect(c.siteName).toBe(c.meta.citation_author[0]);
    expect(c.schemas).toEqual(['schema.DC http://purl.org/dc/elements/1.1/', 'schema.DCTERMS http://purl.org/dc/terms/']);
  });

  test(`${type} page: BibTeX, RIS and CSL-JSON downloads parse and match the visible citation`, async ({ page, request }) => {
    await page.goto(path);
    const c = await citationOf(page);
    const [, title, updated, url] = /^(.+)\[EB\/OL\]\. \((\S+)\)\[\S+\]\. (\S+)\.$/.exec(c.gbt)!;
    const own = c.downloads.filter((d) => /\/cite\.(bib|ris|json)$/.test(d));
    expect(own.map((d) => d.split('.').pop())).toEqual(['bib', 'ris', 'json']);
    const text = async (u: string) => {
      const r = await request.get(u);
      expect(r.status(), u).toBe(200);
      return r.text();
    };
    const [bib] = parseBibtex(await text(own[0]));
    expect(missingFields(bib)).toEqual([]);
    expect(bib.type).toBe('online');
    expect(bib.fields).toMatchObject({ author: '{张江十年}', title: `{${title}}`, date: updated, url });
    const [ris] = parseRis(await text(own[1]));
    expect(Object.fromEntries(ris)).toMatchObject({ TY: 'ELEC', TI: title, AU: '张江十年', DA: `${updated.replaceAll('-', '/')}/`, UR: url });
    const [csl] = JSON.parse(await text(own[2]));
    expect(csl).toMatchObject({ type: 'webpage', title, author: [{ literal: '张江十年' }], URL: url, issued: { 'date-parts': [updated.split('-').map(Number)] } });
  });
}

test('article page: the source document downloads match its GB/T 7714 source citation', async ({ page, request }) => {
  await page.goto(cited.article);
  const c = await citationOf(page);
  const files = c.downloads.filter((d) => /\/source\.(bib|ris|json)$/.test(d));
  expect(files).toHaveLength(3);
  const [bib] = parseBibtex(await (await request.get(files[0])).text());
  expect(missingFields(bib)).toEqual([]);
  const title = bib.fields.title.slice(1, -1);
  expect(c.source).toContain(`${title}[`);
  for (const name of (bib.fields.author ?? '').split(' and ').filter(Boolean)) expect(c.source).toContain(name.replace(/[{}]/g, ''));
  const [ris] = parseRis(await (await request.get(files[1])).text());
  expect(risValues(ris, 'TI')).toEqual([title]);
  expect(risValues(ris, 'AU')).toHaveLength(bib.fields.author ? bib.fields.author.split(' and ').length : 0);
  const [csl] = JSON.parse(await (await request.get(files[2])).text());
  expect(csl.title).toBe(title);
  expect(c.source).toContain(String(csl.issued['date-parts'][0][0]));
});

test('the downloads are plain links, there with scripting off', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(cited.article);
  await expect(page.locator('.citation a[download]')).toHaveCount(6);
  await expect(page.locator('.citation a[href$="/cite/"]')).toHaveCount(1);
  await context.close();
});

test('/cite/ shows GB/T 7714 examples for the site, a year, a milestone, an article and its source, and the data', async ({ page, request }) => {
  await page.goto('cite/');
  const examples = await page.locator('.example p').allTextContents();
  expect(examples).toHaveLength(6);
  for (const e of examples.filter((x) => x.includes('/OL]'))) expect(e).toMatch(/\[(EB|DS)\/OL\]\. \(\d{4}-\d{2}-\d{2}\)\[\d{4}-\d{2}-\d{2}\]\. https?:\/\/\S+\.$/);
  const year = /大事记：(\d{4})年\[EB\/OL\].*#y(\d{4})\.$/.exec(examples[1]);
  expect(year?.[1]).toBe(year?.[2]);
  // The milestone example is the page's own citation, word for word but for the access date.
  const milestoneUrl = /(https?:\/\/\S+\/milestones\/[^/]+\/)\.$/.exec(examples[2])![1];
  await page.goto(new URL(milestoneUrl).pathname);
  const own = await page.locator('#cite-gbt').textContent();
  expect(own!.replace(/\)\[[\d-]+\]/, '')).toBe(examples[2].replace(/\)\[[\d-]+\]/, ''));
  expect((await request.get(new URL(milestoneUrl).pathname)).status()).toBe(200);
});
