import { test, expect } from '@playwright/test';

// What each page draws on, without JavaScript: 数说张江: its charts and sources, milestone sources, the sources page.

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

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
