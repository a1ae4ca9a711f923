/**
 * `npm run screenshot -- --site DIR [--page /people/x/] [--out docs/screenshot-entity.png] [--width 1280] [--dark]`:
 * a PNG of one page of a built site, taken with Chromium (playwright-core and /usr/bin/chromium). Without
 * --page, the entity page of the most mentioned entity (from the site's kb.json). Used for the README.
 * `--hover SELECTOR` rests the pointer on the first element it matches (a link, to open its preview) and
 * `--wait SELECTOR` waits until the first element it matches is shown (the preview card, search results) before
 * the picture is taken.
 * `--url http://localhost:8080/__review/` takes a page of a server already running instead (the Review page of
 * `npm start`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../dev/browser/chromium.ts';
import { serveSite } from '../serve/serveSite.ts';
import type { KnowledgeBase } from '../core/types/kb.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: '_site' },
    page: { type: 'string' },
    out: { type: 'string', default: 'docs/screenshot-entity.png' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '900' },
    dark: { type: 'boolean', default: false },
    url: { type: 'string' },
    hover: { type: 'string' },
    wait: { type: 'string' },
  },
});
const site = path.resolve(values.site);
let target = values.page;
if (!target && !values.url) {
  const kb = JSON.parse(await readFile(path.join(site, 'kb.json'), 'utf8')) as KnowledgeBase;
  target = [...kb.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0]?.url ?? '/';
}
const server = values.url ? undefined : await serveSite(site);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(values.width), height: Number(values.height) } });
  await page.emulateMedia({ colorScheme: values.dark ? 'dark' : 'light' });
  const address = server ? server.url + (target ?? '/').replace(/^\//, '') : values.url!;
  await page.goto(address);
  if (values.hover) await page.locator(values.hover).first().hover();
  if (values.wait) await page.locator(values.wait).first().waitFor({ state: 'visible' });
  await page.screenshot({ path: path.resolve(values.out) });
  process.stderr.write(`${values.out}: ${address}\n`);
} finally {
  await browser.close();
  await server?.close();
}
