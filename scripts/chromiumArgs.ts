/**
 * How Debian's Chromium is started here, headless, by the tests and the benchmark: without the
 * background-networking flags it keeps calling out, and this machine's closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
