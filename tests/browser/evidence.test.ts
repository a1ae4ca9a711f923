import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  buildSite,
  chromiumAvailable,
  launchChromium,
  SEED_CONTENT,
  serveSite,
  type BuiltSite,
  type Served,
} from '../helpers/site.ts';

/** The network and the map of the seed in Chromium: they render and pass axe. */
let site: BuiltSite;
beforeAll(async () => {
  site = await buildSite(SEED_CONTENT);
});
afterAll(() => site?.cleanup());

const byName = (name: string) => site.kb.entities.find((e) => e.name === name || e.aliases.includes(name));

describe.runIf(chromiumAvailable())('graph and map in Chromium', () => {
  let server: Served;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveSite(site.dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['/graph/', '/places/', 'mosul'])('%s renders and passes axe', async (which) => {
    const target = which === 'mosul' ? byName('Mosul')!.url : which;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + target.slice(1));
    const svg = page.locator(which === '/graph/' ? '.graph > svg' : '.map svg');
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
