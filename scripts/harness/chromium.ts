/** The Chromium of the tests and the benchmark is the one the build prints editions with: src/node/chromium.ts. */
export { findChromium, launchChromium } from '../../src/node/chromium.ts';
