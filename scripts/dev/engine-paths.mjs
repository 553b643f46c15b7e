// Where Debian's packages put the browsers of the cross-engine suite (tests/engines); ZJ_FIREFOX, ZJ_WEBKIT_DRIVER and
// ZJ_WEBKIT_BROWSER point at other builds.

// Debian's multiarch folder for this machine.
const triplet = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? `${process.arch}-linux-gnu`;

/** Firefox ESR (package firefox-esr). */
export const FIREFOX = process.env.ZJ_FIREFOX || '/usr/bin/firefox-esr';
/** WebKitGTK's WebDriver (package webkit2gtk-driver). */
export const WEBKIT_DRIVER = process.env.ZJ_WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
/** The MiniBrowser that WebKitWebDriver automates (package webkit2gtk-driver). */
export const MINIBROWSER = process.env.ZJ_WEBKIT_BROWSER || `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`;
