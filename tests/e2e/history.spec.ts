import { test, expect, type Page } from '@playwright/test';

// The long-form history: reached first from the home page, and every note resolves to a page that states its fact.

/** Text as the notes' keys are compared: no spaces, no thousands commas. */
const squeeze = (s: string) => s.replace(/[\s,，]/g, '');

interface Note {
  id: string;
  key: string;
  links: string[];
}

async function notes(page: Page): Promise<Note[]> {
  return page.locator('.footnotes li').evaluateAll((items) =>
    items.map((li) => ({
      id: li.id,
      key: li.querySelector('strong')?.textContent ?? '',
      links: [...li.querySelectorAll<HTMLAnchorElement>('a[href]:not([data-footnote-backref])')].map((a) => a.href),
    })),
  );
}

/** For each address: whether it answers 200, whether its #anchor exists, and the text there (the anchor's element, or the main content). */
async function targets(page: Page, urls: string[]) {
  return page.evaluate(async (all) => {
    const out: Record<string, { status: number; found: boolean; text: string }> = {};
    for (const url of all) {
      const response = await fetch(url);
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      const hash = decodeURIComponent(new URL(url).hash.slice(1));
      const at = hash ? doc.getElementById(hash) : doc.querySelector('main');
      out[url] = { status: response.status, found: !!at, text: at?.textContent ?? '' };
    }
    return out;
  }, urls);
}

test('the home page offers the history first, and the timeline and map pages link to it', async ({ page }) => {
  await page.goto('./');
  const first = page.locator('main a').first();
  await expect(first).toContainText('读这段历史');
  await first.click();
  await expect(page).toHaveURL(/\/history\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('张江');
  for (const path of ['timeline/', 'map/']) {
    await page.goto(path);
    await page.getByRole('link', { name: '读这段历史' }).click();
    await expect(page).toHaveURL(/\/history\/$/);
  }
});

test('the history is told at length, in chapters, with its facts noted', async ({ page }) => {
  await page.goto('history/');
  const text = await page.locator('article .prose').evaluate((el) => {
    const body = el.cloneNode(true) as HTMLElement;
    body.querySelector('.footnotes')?.remove();
    return body.textContent ?? '';
  });
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  expect(han, 'Chinese characters in the body').toBeGreaterThanOrEqual(4000);
  expect(han).toBeLessThanOrEqual(6500);
  expect(await page.locator('article .prose h2:not(.footnotes-title)').count(), 'chapters').toBeGreaterThanOrEqual(4);
  const found = await notes(page);
  expect(found.length).toBeGreaterThanOrEqual(30);
  // Every paragraph of the chapters that states a year or a number carries a note.
  const bare = await page.locator('article .prose > p').evaluateAll((ps) =>
    ps.filter((p) => /\d/.test(p.textContent ?? '') && !p.querySelector('[data-footnote-ref]')).map((p) => p.textContent!.slice(0, 40)),
  );
  expect(bare, 'paragraphs with figures but no note').toEqual([]);
});

test('every note names its fact and every link of it leads to a page that states that fact', async ({ page }) => {
  await page.goto('history/');
  const found = await notes(page);
  const urls = [...new Set(found.flatMap((n) => n.links))];
  const pages = await targets(page, urls);
  for (const note of found) {
    expect(note.key, `${note.id} starts with its fact in bold`).not.toBe('');
    expect(note.links.length, `${note.id} links a page`).toBeGreaterThan(0);
    for (const url of note.links) {
      expect(new URL(url).origin, `${note.id}: ${url} stays on the site`).toBe(new URL(page.url()).origin);
      expect(pages[url].status, `${note.id}: ${url}`).toBe(200);
      expect(pages[url].found, `${note.id}: ${url} has its anchor`).toBe(true);
    }
    const stated = note.links.filter((url) => squeeze(pages[url].text).includes(squeeze(note.key)));
    expect(stated, `${note.id}: a linked page states “${note.key}”`).not.toEqual([]);
  }
});

test('a note reference jumps to its note and back', async ({ page }) => {
  await page.goto('history/');
  const ref = page.locator('[data-footnote-ref]').first();
  await ref.click();
  await expect(page).toHaveURL(/#fn-1$/);
  await expect(page.locator('.footnotes li#fn-1')).toBeInViewport();
  await page.locator('#fn-1 [data-footnote-backref]').first().click();
  await expect(page).toHaveURL(/#fnref-1$/);
});

test.describe('without JavaScript and in print', () => {
  test.use({ javaScriptEnabled: false });
  test('the notes are there and are printed', async ({ page }) => {
    await page.goto('history/');
    await expect(page.getByRole('heading', { name: '注释' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.footnotes li').first()).toBeVisible();
    await expect(page.locator('.footnotes li').last()).toBeVisible();
  });
});
