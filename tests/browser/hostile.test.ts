import { readdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileContent } from '../helpers/hostile.ts';
import {
  buildSite,
  chromiumAvailable,
  launchChromium,
  serveSite,
  type BuiltSite,
  type Served,
} from '../helpers/site.ts';

const run = chromiumAvailable();

/** The hostile corpus, built and served: every page of it opened in Chromium must run nothing from the articles. */
describe.runIf(run)('the hostile build in Chromium', () => {
  let content: Awaited<ReturnType<typeof hostileContent>>;
  let site: BuiltSite;
  let server: Served;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    content = await hostileContent();
    site = await buildSite(content.dir);
    server = await serveSite(site.dir);
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      // The site has no favicon: Chromium's own request for one is not a page's doing.
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico'))
        problems.push(`console error: ${m.text()} (${m.location().url})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url().replace(server.url, '/')}`);
    });
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.type()} ${d.message()}`);
      void d.dismiss();
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.cleanup();
    await content?.cleanup();
  });

  const visit = async (sitePath: string) => {
    problems = [];
    const response = await page.goto(server.url + sitePath.replace(/^\//, ''), { waitUntil: 'load' });
    await page.waitForTimeout(50); // let onload/onerror handlers, if any slipped through, fire
    return response;
  };

  it('opens every html page with no dialog, console error or page error', async () => {
    const pages = (await readdir(site.dir, { recursive: true }))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `/${f.split('\\').join('/')}`)
      .sort();
    expect(pages.length).toBeGreaterThan(20);
    const seen: Record<string, string[]> = {};
    for (const p of pages) {
      const response = await visit(p);
      expect(response?.status(), p).toBe(200);
      if (problems.length) seen[p] = problems;
    }
    expect(seen).toEqual({});
  }, 120_000);

  it('shows the hostile title as text on its page', async () => {
    await visit('/articles/xss/script-in-body/');
    await expect(page.locator('h1').textContent()).resolves.toBe(
      `<script>alert('title')</script> Tom & Jerry's "quoted" </title>`,
    );
    expect(await page.locator('.body script, .body img, .body iframe, .body svg').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it.each([['alert'], ['script'], ['onerror'], ['javascript']])(
    'searching “%s” shows results, and runs nothing',
    async (query) => {
      await visit(`/search/?q=${query}`);
      await page.locator('.search-results .result-link').first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(200);
      const titles = await page.locator('.search-results .result-link').allTextContents();
      expect(titles.length).toBeGreaterThan(0);
      expect(
        await page.locator('#search-results script, #search-results img[onerror], #search-results iframe').count(),
      ).toBe(0);
      expect(problems).toEqual([]);
    },
  );
});
