import { test, expect } from '@playwright/test';

// CJK typography: no closing punctuation at a line start, measure, punctuation squeeze and CJK–Latin spacing.

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
        autospace: CSS.supports('text-autospace', 'ideograph-alpha') ? s.textAutospace : 'unsupported',
        lineBreak: s.lineBreak,
      };
    });
    expect(['normal', 'space-first', 'unsupported']).toContain(styles.trim);
    expect(['ideograph-alpha', 'unsupported']).toContain(styles.autospace);
    expect(styles.lineBreak).toBe('strict');
  });
});
