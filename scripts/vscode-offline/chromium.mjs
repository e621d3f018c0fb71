// The one browser every browser test uses: Debian's Chromium, headless, driven by playwright-core (no browser
// download). PPS_CHROMIUM overrides the path (then setup.sh does not install the chromium package).
export const CHROMIUM = process.env.PPS_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
