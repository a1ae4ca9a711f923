import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIDI, bidiContent } from '../helpers/bidi.ts';
import {
  buildSite,
  chromiumAvailable,
  launchChromium,
  serveSite,
  type BuiltSite,
  type Served,
} from '../helpers/site.ts';

const run = chromiumAvailable();

/** A query with an unclosed right-to-left override: typed by a user, or pasted with a name. */
const QUERY = `Dorota ${BIDI.RLO}Vesnel`;

/**
 * The texts under `selector` that open a bidirectional embedding, override or isolate and are not isolated from the
 * text around them: a text is when it closes what it opens, or when an element between it and `selector` isolates in
 * Chromium's own layout (<bdi>, dir=…: unicode-bidi isolate or plaintext). Empty when every such text is set apart.
 */
function leaks(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return [`no ${sel}`];
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!/[\u202a-\u202e\u2066-\u2069]/.test(text)) continue;
      // closed within its own text (FSI … PDI around it, as the pages print user text): nothing leaks out
      const open: string[] = [];
      let closed = true;
      for (const c of text) {
        if ('\u202a\u202b\u202d\u202e'.includes(c)) open.push('\u202c');
        else if ('\u2066\u2067\u2068'.includes(c)) open.push('\u2069');
        else if ((c === '\u202c' || c === '\u2069') && open.pop() !== c) closed = false;
      }
      let isolated = closed && open.length === 0;
      for (let el = node.parentElement; el && el !== root.parentElement; el = el.parentElement) {
        if (/isolate|plaintext/.test(getComputedStyle(el).unicodeBidi)) isolated = true;
      }
      if (!isolated) out.push(`${node.parentElement?.outerHTML}`);
    }
    return out;
  }, selector);
}

describe.runIf(run)('a query with an unclosed right-to-left override, in the search UI', () => {
  let content: Awaited<ReturnType<typeof bidiContent>>;
  let sites: BuiltSite[] = [];
  let servers: Served[] = [];
  let browser: Browser;

  beforeAll(async () => {
    content = await bidiContent();
    sites = [await buildSite(content.dir), await buildSite(content.dir, { OFFLINE: '1' }, false)];
    servers = await Promise.all(sites.map((s) => serveSite(s.dir)));
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
    await Promise.all(sites.map((s) => s.cleanup()));
    await content?.cleanup();
  });

  it.each([
    ['the full-text search (Pagefind)', 0, '#search-status'],
    ['the offline search', 1, '#offline-results h2'],
  ])(
    '%s: typed on the search page, the status line and every result set the query apart',
    async (_, at, status) => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${servers[at]!.url}search/`);
      const box = page.locator('#search-page-q');
      await box.pressSequentially(QUERY);
      // the type-ahead list: each option's name is isolated
      const option = page.locator('main [role="option"]').first();
      await option.waitFor({ timeout: 15_000 });
      await expect(option.textContent()).resolves.toContain('Vesnel');
      expect(await leaks(page, 'main [role="listbox"]')).toEqual([]);
      await box.press('Enter');
      await page.waitForURL(/\?q=/);
      await page
        .locator(status)
        .filter({ hasText: /result/ })
        .waitFor({ timeout: 15_000 });
      const line = (await page.locator(status).textContent())!;
      expect(line).toMatch(/^\d+ results? for “/);
      expect(line).toContain(QUERY);
      expect(await leaks(page, status)).toEqual([]);
      expect(await page.locator(`${status} bdi`).textContent()).toBe(QUERY);
      const results = at === 0 ? '#search-results' : '#offline-results ol';
      expect(await page.locator(`${results} a`).count()).toBeGreaterThan(0);
      expect(await leaks(page, results)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
    60_000,
  );
});
