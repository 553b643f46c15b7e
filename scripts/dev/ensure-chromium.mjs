// Finds a Chromium for Playwright, installing one if there is none, and prints where it is.
// Order: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, Debian's /usr/bin/chromium, Playwright's own download;
// otherwise install: as root on Debian/Ubuntu `apt-get install chromium fonts-noto-cjk`, else `playwright install chromium`.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromiumPath } from './chromium-path.mjs';

const run = (cmd) => {
  console.log(`[ensure-chromium] $ ${cmd}`);
  execSync(cmd, { stdio: 'inherit' });
};
const hasCjkFont = () => {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
};
const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

let found = chromiumPath();
if (!found) {
  if (isRoot && hasApt) {
    console.log('[ensure-chromium] no Chromium found: installing Debian packages chromium and fonts-noto-cjk');
    run('apt-get update -qq');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk');
  } else {
    console.log('[ensure-chromium] no Chromium found: trying Playwright’s own download');
    run('npx playwright install chromium');
  }
  found = chromiumPath();
  if (!found) {
    console.error('[ensure-chromium] still no Chromium. Install one and set PLAYWRIGHT_CHROMIUM_EXECUTABLE to its path.');
    process.exit(1);
  }
} else if (isRoot && hasApt && !hasCjkFont()) {
  console.log('[ensure-chromium] no CJK font found: installing fonts-noto-cjk so Chinese renders');
  run('apt-get update -qq');
  run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk');
}
console.log(`[ensure-chromium] using ${found}`);
