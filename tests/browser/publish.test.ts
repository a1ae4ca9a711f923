import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSite,
  chromiumAvailable,
  launchChromium,
  SEED_CONTENT,
  serveSite,
  type BuiltSite,
  type Served,
} from '../helpers/site.ts';

const PREFIX = '/dossier-kb/';
const SITE_URL = 'https://example.github.io/dossier-kb/';

describe('published under a path prefix (GitHub Pages)', () => {
  let site: BuiltSite;
  let server: Served;
  describe.runIf(chromiumAvailable())('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      site = await buildSite(SEED_CONTENT, { PATH_PREFIX: PREFIX, SITE_URL });
      server = await serveSite(site.dir, PREFIX);
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await site?.cleanup();
    });

    it('searches under the prefix and lands on the entity page', async () => {
      const page = await browser.newPage();
      const isis = site.kb.entities.find((e) => e.aliases.includes('Daesh'))!;
      expect(isis).toBeDefined();
      await page.goto(`${server.url}search/?q=Daesh`);
      const result = page.locator(`.search-results .result-link[href="${PREFIX}${isis.url.slice(1)}"]`).first();
      await result.waitFor({ timeout: 15_000 });
      await result.click();
      await page.waitForLoadState();
      expect(new URL(page.url()).pathname).toBe(PREFIX + isis.url.slice(1));
      await expect(page.locator('h1').textContent()).resolves.toBe(isis.name);
      await page.close();
    });
  });
});

describe('offline build (OFFLINE=1), opened from disk', () => {
  let site: BuiltSite;

  describe.runIf(chromiumAvailable())('in Chromium, from file://', () => {
    let browser: Browser;
    beforeAll(async () => {
      site = await buildSite(SEED_CONTENT, { OFFLINE: '1' });
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await site?.cleanup();
    });

    it('follows article → entity → article, and searching “Daesh” reaches ISIS', async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const fileUrl = (p: string) => `file://${path.join(site.dir, p)}`;
      await page.goto(fileUrl('index.html'));
      await page.locator('.article-list a').first().click();
      await page.waitForLoadState();
      expect(page.url()).toMatch(/\/articles\/.+\/index\.html$/);
      const mention = page.locator('.body a.mention').first();
      const text = await mention.textContent();
      await mention.click();
      await page.waitForLoadState();
      expect(page.url()).toMatch(/\/(people|groups|places)\/[^/]+\/index\.html$/);
      const entity = site.kb.entities.find((e) => page.url().endsWith(`${e.url}index.html`))!;
      expect(entity.mentions.map((m) => m.text)).toContain(text);
      await page.locator('.contexts a.source').first().click();
      await page.waitForLoadState();
      expect(page.url()).toMatch(/\/articles\/.+\/index\.html#p-\d+$/);

      const isis = site.kb.entities.find((e) => e.aliases.includes('Daesh'))!;
      const box = page.locator('header input[type="search"]');
      await box.fill('Daesh');
      const option = page.locator('header [role="option"]').first();
      await option.waitFor({ timeout: 5_000 });
      await expect(option.textContent()).resolves.toContain(isis.name);
      await box.press('ArrowDown');
      await expect(box.getAttribute('aria-activedescendant')).resolves.toBeTruthy();
      await box.press('Enter');
      await page.waitForURL(/index\.html$/);
      expect(page.url()).toBe(fileUrl(`${isis.url.slice(1)}index.html`));
      await expect(page.locator('h1').textContent()).resolves.toBe(isis.name);

      await page.goto(`${fileUrl('search/index.html')}?q=Daesh`);
      await page.locator('.offline-results a').first().waitFor({ timeout: 5_000 });
      await expect(page.locator('.offline-results a').first().textContent()).resolves.toContain(isis.name);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
