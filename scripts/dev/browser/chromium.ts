/** Debian's Chromium, driven by playwright-core (it cannot download a browser of its own here). */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless flags: no sandbox (root), and no background connections, which this machine's closed network refuses. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
