import { test, expect, type Page } from '@playwright/test';
import { apaPage, gbtPage, gbtSource, isoDay, plainText } from '../../src/lib/citation.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { readContent } from '../../src/lib/content/read-content.ts';

// Reader features: citations, dark mode, print, feeds, charts, sharing and CJK typography.
const articles = readContent('content').articles.map((e) => ({ id: e.id, data: articleSchema.parse(e.data) }));
const citedPages = ['articles/zhangjiang-hardcore-tech/', 'milestones/2016-zhangjiang-science-center/', 'parks/lingang/'];
const DARK_PAPER = 'rgb(22, 21, 19)';
const LIGHT_PAPER = 'rgb(251, 250, 247)';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('citing a page', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  });

  for (const path of citedPages) {
    test(`${path}: the copy buttons put the formatter's GB/T and APA citations on the clipboard, by keyboard`, async ({ page }) => {
      await page.goto(path);
      const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
      const url = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
      const { updated } = JSON.parse((await page.locator('zj-citation').getAttribute('data-page'))!);
      expect(updated, 'page update date').toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const cited = { title, url, updated, accessed: isoDay(new Date()) };

      const gbt = page.getByRole('button', { name: '复制GB/T 7714 格式的引用' });
      await gbt.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => clipboard(page)).toBe(gbtPage(cited));
      await expect(page.locator('zj-copy[data-target="cite-gbt"] [role="status"]')).toHaveText('已复制GB/T 7714 格式的引用');
      await expect(page.locator('#cite-gbt')).toHaveText(gbtPage(cited));

      await page.getByRole('button', { name: '复制APA 格式的引用' }).focus();
      await page.keyboard.press('Space');
      await expect.poll(() => clipboard(page)).toBe(plainText(apaPage(cited)));
      await expect(page.locator('#cite-apa i')).toHaveText(title.endsWith('？') ? title : `${title}.`);
    });
  }

  test('every article cites its source document in GB/T 7714 form, as the formatter does for its kind', async ({ page }) => {
    test.setTimeout(120_000);
    const kinds = new Set<string>();
    for (const { id, data } of articles) {
      await page.goto(`articles/${id}/`);
      await expect(page.locator('#cite-source')).toHaveText(gbtSource(data.source));
      kinds.add(data.source.kind);
    }
    expect([...kinds].sort()).toEqual(['brochure', 'newspaper', 'report', 'web-news']);
  });
});

test.describe('dark mode', () => {
  test('follows the system when the reader has not chosen', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('articles/');
      expect(await background(page)).toBe(colorScheme === 'dark' ? DARK_PAPER : LIGHT_PAPER);
      await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', String(colorScheme === 'dark'));
    }
  });

  test('the toggle switches, is remembered across pages and reloads, and switching back follows the system again', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('articles/');
    const toggle = page.getByRole('button', { name: '深色模式' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).toBe(DARK_PAPER);

    await page.reload();
    expect(await background(page)).toBe(DARK_PAPER);
    await page.goto('figures/');
    expect(await background(page)).toBe(DARK_PAPER);
    await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: '深色模式' }).click();
    expect(await background(page)).toBe(LIGHT_PAPER);
    expect(await page.evaluate(() => localStorage.getItem('zj-theme'))).toBeNull();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(page)).toBe(DARK_PAPER);
  });

  test('a saved dark theme is in place before the body is parsed and at the first frame (no flash)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => {
      localStorage.setItem('zj-theme', 'dark');
      const w = window as unknown as Record<string, string>;
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        w.themeAtBody = document.documentElement.dataset.theme ?? 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
      requestAnimationFrame(() => (w.paperAtFirstFrame = getComputedStyle(document.documentElement).backgroundColor));
    });
    await page.goto('articles/zhangjiang-hardcore-tech/');
    expect(await page.evaluate(() => (window as unknown as Record<string, string>).themeAtBody)).toBe('dark');
    await expect.poll(() => page.evaluate(() => (window as unknown as Record<string, string>).paperAtFirstFrame)).toBe(DARK_PAPER);
  });
});

test.describe('feeds and sitemap', () => {
  async function listed(page: Page) {
    await page.goto('articles/');
    const articlePaths = await page.locator('.card h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.goto('milestones/');
    const milestonePaths = await page.locator('[data-milestone-id] .what > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(articlePaths.length).toBe(articles.length);
    expect(milestonePaths.length).toBeGreaterThanOrEqual(30);
    return { articlePaths, milestonePaths };
  }
  async function parseXml(page: Page, text: string, selector: string) {
    return page.evaluate(
      ({ text, selector }) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.querySelector('parsererror')) return null;
        return [...doc.querySelectorAll(selector)].map((e) => new URL(e.textContent!).pathname);
      },
      { text, selector },
    );
  }

  test('the RSS feed is valid XML, linked from every page, and lists every article and milestone once', async ({ page, request }) => {
    const { articlePaths, milestonePaths } = await listed(page);
    const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
    const response = await request.get(new URL(feedHref!, page.url()).href);
    expect(response.status()).toBe(200);
    const links = await parseXml(page, await response.text(), 'channel > item > link');
    expect(links, 'feed parses as XML').not.toBeNull();
    expect([...links!].sort()).toEqual([...articlePaths, ...milestonePaths].sort());
  });

  test('the sitemap is valid XML, lists every article, milestone and park, and every address in it exists', async ({ page, request }) => {
    test.setTimeout(120_000);
    const { articlePaths, milestonePaths } = await listed(page);
    await page.goto('parks/');
    const parkPaths = await page.locator('[data-park-id] > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const locs = await parseXml(page, await (await request.get('sitemap.xml')).text(), 'url > loc');
    expect(locs, 'sitemap parses as XML').not.toBeNull();
    expect(locs).toEqual(expect.arrayContaining([...articlePaths, ...milestonePaths, ...parkPaths, '/figures/']));
    expect(new Set(locs).size).toBe(locs!.length);
    for (const path of locs!) expect((await request.get(path.slice(1))).status(), path).toBe(200);
    expect(await (await request.get('robots.txt')).text()).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  });
});

test.describe('metadata for sharing and search engines', () => {
  test('an article has canonical URL, Open Graph and Article JSON-LD that agree with the page', async ({ page }) => {
    await page.goto('articles/zhangjiang-ten-years-brochure/');
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe('/articles/zhangjiang-ten-years-brochure/');
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', new RegExp(`^${title}`));
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data).toMatchObject({ '@type': 'Article', headline: title, url: canonical, isBasedOn: { name: '你好，张江' } });
  });

  test('a milestone has Event JSON-LD with its date at the precision known', async ({ page }) => {
    await page.goto('milestones/2016-zhangjiang-science-center/');
    const datetime = await page.locator('main time').first().getAttribute('datetime');
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data).toMatchObject({ '@type': 'Event', name: await page.getByRole('heading', { level: 1 }).innerText(), startDate: datetime });
    expect(data.subjectOf.length).toBeGreaterThan(0);
    await expect(page.locator('meta[name="description"]')).not.toHaveAttribute('content', /一区22园）2011—2020年的文章、大事记/);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the theme toggle, which needs the script, is not offered; the system theme applies', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: '深色模式' })).toBeHidden();
    await expect(page.getByRole('searchbox').first()).toBeVisible();
  });

  test('数说张江 is in the main navigation and its charts are drawn, one scope per chart, each with its sources', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('./');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '数说张江' }).click();
    await expect(page).toHaveURL(/\/figures\/$/);
    const figures = page.locator('figure.fig');
    expect(await figures.count()).toBeGreaterThanOrEqual(20);
    const total = await figures.evaluateAll((fs) => fs.reduce((n, f) => n + Number((f as HTMLElement).dataset.facts), 0));
    await expect(page.locator('.lead')).toContainText(`${total} 个数字`);

    for (const figure of await figures.all()) {
      const scope = (await figure.getAttribute('data-scope'))!;
      const name = await figure.locator('h3').innerText();
      // One scope per chart: the chart sits in its scope's section and states that scope once.
      expect(await figure.evaluate((f) => f.closest('section')!.id), name).toBe(`scope-${scope}`);
      await expect(figure.locator('.scope'), name).toHaveCount(1);
      await expect(figure.locator('.scope'), name).toHaveText(await page.locator(`#scope-${scope}-t`).innerText());
      // Every number names the article that reports it and the source document.
      expect(await figure.locator('.sources a[href*="/articles/"]').count(), name).toBeGreaterThan(0);
      expect(await figure.locator('.sources a[href*="/sources/#source-"]').count(), name).toBeGreaterThan(0);

      const chart = await figure.getAttribute('data-chart');
      const facts = Number(await figure.getAttribute('data-facts'));
      if (chart === 'list') {
        await expect(figure.locator('.fact-list data')).toHaveCount(facts);
        continue;
      }
      const svg = figure.locator('svg.chart');
      expect((await svg.boundingBox())!.height, name).toBeGreaterThan(40);
      await expect(svg.locator('.value')).toHaveCount(facts);
      for (const text of await svg.locator('.value').allTextContents()) expect(text.trim(), name).not.toBe('');
      if (chart === 'bar') {
        // Longer bars for larger values.
        const bars = await svg.locator('g.bar').evaluateAll((gs) =>
          gs.map((g) => ({ value: Number((g as SVGGElement).dataset.value), width: (g.querySelector('rect') as SVGRectElement).width.baseVal.value })),
        );
        const byValue = [...bars].sort((a, b) => a.value - b.value);
        for (let i = 1; i < byValue.length; i++) expect(byValue[i].width, name).toBeGreaterThanOrEqual(byValue[i - 1].width);
      } else {
        await expect(svg.locator('path.series')).toHaveAttribute('d', /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
        await expect(svg.locator('circle')).toHaveCount(facts);
      }
    }
  });

  test('citations are readable and the back-to-top link is there without JavaScript', async ({ page }) => {
    await page.goto('articles/zhangjiang-hardcore-tech/');
    await expect(page.locator('#cite-gbt')).toContainText('[EB/OL]. (');
    await expect(page.locator('#cite-source')).toContainText('[N]. 科技日报');
    await expect(page.getByRole('link', { name: '回到顶部' })).toBeVisible();
  });

  test('every milestone links the article and source document it comes from, or the outside page that states it', async ({ request }) => {
    test.setTimeout(120_000);
    const sitemap = await (await request.get('sitemap.xml')).text();
    const milestones = [...sitemap.matchAll(/<loc>[^<]*?(\/milestones\/[^<]+\/)<\/loc>/g)].map((m) => m[1]);
    expect(milestones.length).toBeGreaterThanOrEqual(30);
    for (const path of milestones) {
      const html = await (await request.get(path.slice(1))).text();
      const sources = html.slice(html.indexOf('id="sources-title"'), html.indexOf('</section>', html.indexOf('id="sources-title"')));
      const fromSeed = /href="[^"]*\/articles\/[^"]+\/"/.test(sources) && /href="[^"]*\/sources\/#source-\d{3}"/.test(sources);
      const fromOutside = /<a href="https?:\/\/[^"]+" rel="external noreferrer"/.test(sources);
      expect(fromSeed || fromOutside, `${path} cites an article and its source document, or an outside page`).toBe(true);
    }
  });

  test('the sources page lists the figures drawn from each document', async ({ page }) => {
    await page.goto('sources/');
    const brochure = page.locator('#source-001');
    await expect(brochure.getByRole('heading', { name: /取自它的数据/ })).toBeVisible();
    const link = brochure.locator('a[href*="/figures/#"]').first();
    const id = (await link.getAttribute('href'))!.split('#')[1];
    await link.click();
    await expect(page.locator(`figure[id="${id}"] .sources`)).toContainText('《你好，张江》');
  });
});

test.describe('print', () => {
  test('an article prints without navigation, with the address of each link written out', async ({ page, baseURL }) => {
    await page.goto('articles/zhangjiang-hardcore-tech/');
    await page.evaluate(() => localStorage.setItem('zj-theme', 'dark'));
    await page.reload();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      page.getByRole('navigation', { name: '主导航' }),
      page.getByRole('navigation', { name: '面包屑' }),
      page.getByRole('navigation', { name: '上一篇与下一篇' }),
      page.getByRole('navigation', { name: '本文目录' }),
      page.getByRole('contentinfo'),
      page.getByRole('button', { name: '深色模式' }),
      page.getByRole('button', { name: '复制GB/T 7714 格式的引用' }),
      page.getByRole('link', { name: '回到顶部' }),
    ])
      await expect(hidden).toBeHidden();
    await expect(page.locator('.prose')).toBeVisible();
    await expect(page.locator('#cite-gbt')).toBeVisible();
    expect(await background(page), 'white paper even with the dark theme chosen').toBe('rgb(255, 255, 255)');
    const after = await page
      .locator('.source-box a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(`${new URL(baseURL!).origin}/sources/#source-000`);
  });

  test('the chronology prints its entries with their addresses and without navigation', async ({ page, baseURL }) => {
    await page.goto('milestones/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: '按年份跳转' })).toBeHidden();
    const first = page.locator('[data-milestone-id] .what > a').first();
    await expect(first).toBeVisible();
    expect(await first.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(`${new URL(baseURL!).origin}/milestones/`);
  });
});

test.describe('sharing and navigation', () => {
  test('each section heading of an article has a button that copies a link to it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.goto('articles/zhangjiang-ten-years-brochure/');
    const heading = page.locator('.prose h2[id]').first();
    const text = await heading.innerText();
    await expect(page.getByRole('heading', { name: text, exact: true })).toBeVisible();
    await page.getByRole('button', { name: `复制本节链接：${text}` }).click();
    const copied = await clipboard(page);
    expect(decodeURIComponent(new URL(copied).hash.slice(1))).toBe(await heading.getAttribute('id'));
    await page.goto(copied);
    await expect(heading).toBeInViewport();
  });

  test('back to top appears after scrolling and returns to the top', async ({ page }) => {
    await page.goto('articles/zhangjiang-ten-years-brochure/');
    const back = page.getByRole('link', { name: '回到顶部' });
    await expect(back).toBeHidden();
    await page.mouse.wheel(0, 4000);
    await expect(back).toBeVisible();
    await back.click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  });

  test('an article states its length in characters and its reading time in Chinese', async ({ page }) => {
    await page.goto('articles/zhangjiang-ten-years-brochure/');
    const line = page.locator('.reading-time');
    await expect(line).toHaveText(/^全文约\d+字，阅读约\d+分钟$/);
    const characters = Number(await line.getAttribute('data-characters'));
    const bodyHan = await page.locator('.prose').evaluate((p) => p.textContent!.match(/\p{Script=Han}/gu)!.length);
    expect(characters).toBeGreaterThan(bodyHan * 0.9);
    expect(Number(await line.getAttribute('data-minutes'))).toBe(Math.max(1, Math.round(characters / 400)));
  });
});

test.describe('CJK typography', () => {
  for (const width of [1280, 375]) {
    test(`at ${width} px no line of an article starts with closing punctuation, and lines stay within 40 characters`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('articles/zhangjiang-ten-years-brochure/');
      const result = await page.locator('.prose').evaluate((prose) => {
        const closing = '，。、；：？！）》」』”’…';
        const starts: string[] = [];
        for (const p of prose.querySelectorAll('p, li')) {
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          let lastTop = -Infinity;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent!;
            for (let i = 0; i < text.length; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rect = range.getClientRects()[0];
              if (!rect) continue;
              if (rect.top > lastTop + rect.height / 2) starts.push(text[i]);
              lastTop = Math.max(lastTop, rect.top);
            }
          }
        }
        const para = prose.querySelector('p')!;
        const perLine = para.getBoundingClientRect().width / parseFloat(getComputedStyle(para).fontSize);
        return { lineStarts: starts.length, bad: starts.filter((c) => closing.includes(c)), perLine };
      });
      expect(result.lineStarts).toBeGreaterThan(20);
      expect(result.bad).toEqual([]);
      expect(result.perLine).toBeLessThanOrEqual(40);
    });
  }

  test('punctuation squeeze and CJK–Latin spacing are switched on where the browser supports them', async ({ page }) => {
    await page.goto('articles/zhangjiang-hardcore-tech/');
    const styles = await page.locator('.prose p').first().evaluate((p) => {
      const s = getComputedStyle(p) as CSSStyleDeclaration & Record<string, string>;
      return {
        trim: CSS.supports('text-spacing-trim', 'normal') ? s.textSpacingTrim : 'unsupported',
        autospace: CSS.supports('text-autospace', 'normal') ? s.textAutospace : 'unsupported',
        lineBreak: s.lineBreak,
      };
    });
    expect(['normal', 'space-first', 'unsupported']).toContain(styles.trim);
    expect(['normal', 'unsupported']).toContain(styles.autospace);
    expect(styles.lineBreak).toBe('strict');
  });
});
