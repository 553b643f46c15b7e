// Makes sure the browsers of the cross-engine smoke suite (tests/engines) are there, installing what is missing.
// Firefox ESR, WebKitGTK's WebKitWebDriver with its MiniBrowser, and xvfb-run for the X server MiniBrowser needs.
// As root on Debian/Ubuntu it runs `apt-get install` for the missing packages; anywhere else it says what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { FIREFOX, MINIBROWSER, WEBKIT_DRIVER } from './engine-paths.mjs';

const needs = [
  { pkg: 'firefox-esr', path: FIREFOX },
  { pkg: 'webkit2gtk-driver', path: WEBKIT_DRIVER },
  { pkg: 'webkit2gtk-driver', path: MINIBROWSER },
  { pkg: 'xvfb', path: '/usr/bin/xvfb-run' },
];
const missing = () => [...new Set(needs.filter((n) => !existsSync(n.path)).map((n) => n.pkg))];
const run = (cmd) => {
  console.log(`[ensure-engines] $ ${cmd}`);
  execSync(cmd, { stdio: 'inherit' });
};

let packages = missing();
if (packages.length) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`[ensure-engines] missing: installing Debian packages ${packages.join(' ')}`);
    run('apt-get update -qq');
    run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`);
    packages = missing();
  }
  if (packages.length) {
    const paths = needs.filter((n) => !existsSync(n.path)).map((n) => n.path);
    console.error(`[ensure-engines] not found: ${paths.join(', ')}. Install the Debian packages ${packages.join(' ')}`);
    console.error('[ensure-engines] (or point ZJ_FIREFOX, ZJ_WEBKIT_DRIVER and ZJ_WEBKIT_BROWSER at your own builds).');
    process.exit(1);
  }
}
console.log(`[ensure-engines] using ${needs.map((n) => n.path).join(', ')}`);
