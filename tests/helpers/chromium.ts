/**
 * Debian's Chromium and the flags the handbook asks for (no sandbox in this VM, headless, no GPU, and
 * nothing the browser would do in the background on its own): one definition for the e2e launcher and
 * the benches that drive a browser.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
