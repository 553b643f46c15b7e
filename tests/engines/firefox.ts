// Firefox (Debian's ESR) driven over WebDriver BiDi by puppeteer-core.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { settled, type Driver, type PageFunction } from './driver.ts';
import { FIREFOX } from '../../scripts/dev/engine-paths.mjs';

/** Starts a headless Firefox with one 1280 × 900 page, in Chinese and the light system theme, on the site at `base`. */
export async function firefox(base: string): Promise<Driver> {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} not found`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    timeout: 90_000,
    protocolTimeout: 60_000,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'intl.accept_languages': 'zh-CN',
      // 1 = light: the theme check starts from a known system theme.
      'layout.css.prefers-color-scheme.content-override': 1,
    },
  });
  try {
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    const at = (path: string) => new URL(path, base).href;
    return {
      name: `Firefox ${(await browser.version()).replace(/^firefox\//i, '')}`,
      goto: async (path) => void (await page.goto(at(path), { waitUntil: 'load' })),
      reload: async () => void (await page.reload({ waitUntil: 'load' })),
      url: async () => page.url(),
      click: async (selector) => {
        await page.evaluate(settled, selector);
        await page.click(selector);
      },
      type: (selector, text) => page.type(selector, text),
      press: (key) => page.keyboard.press(key),
      // puppeteer's typing of the arguments is stricter than JSON in, JSON out.
      evaluate: <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) => page.evaluate(fn as (...a: unknown[]) => R, ...args) as Promise<R>,
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
