import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The Chromium to drive: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, Debian's /usr/bin/chromium, or Playwright's own; undefined if none exists. */
export function chromiumPath() {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here.
  }
  return candidates.find((p) => p && existsSync(p));
}
