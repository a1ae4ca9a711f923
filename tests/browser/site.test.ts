import type { Browser, Page } from 'playwright-core';
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

const run = chromiumAvailable();

describe.runIf(run)('in Chromium', () => {
  let site: BuiltSite;
  let server: Served;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    site = await buildSite(SEED_CONTENT);
    server = await serveSite(site.dir);
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.cleanup();
  });

  const url = (sitePath: string) => server.url + sitePath.replace(/^\//, '');

  it('opens the home page', async () => {
    await page.goto(url('/'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Dossier');
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('goes from an article to an entity and back to the paragraph', async () => {
    const article = site.kb.articles[0]!;
    await page.goto(url(article.url));
    const link = page.locator('.body a.mention').first();
    const text = await link.textContent();
    await link.click();
    await page.waitForLoadState();
    const entity = site.kb.entities.find((e) => e.mentions.some((m) => m.text === text && m.article === article.id))!;
    expect(new URL(page.url()).pathname).toBe(entity.url);
    await expect(page.locator('h1').textContent()).resolves.toBe(entity.name);
    await page.locator('.contexts a.source').first().click();
    await page.waitForLoadState();
    const target = new URL(page.url());
    expect(target.pathname).toBe(article.url);
    expect(target.hash).toMatch(/^#p-\d+$/);
    await expect(page.locator(`${target.hash} a.mention`).first().isVisible()).resolves.toBe(true);
    expect(await page.locator(':target').getAttribute('id')).toBe(target.hash.slice(1));
    // the paragraph is marked at its edge, its text not painted; and its number is shown
    const style = await page.locator(':target').evaluate((p) => ({
      background: getComputedStyle(p).backgroundColor,
      number: getComputedStyle(p, '::before').content,
    }));
    expect(style.background).toBe('rgba(0, 0, 0, 0)');
    expect(style.number).not.toBe('none');
    expect(errors).toEqual([]);
  });

  it('the skip link moves focus to the content without painting it', async () => {
    await page.goto(url('/'));
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    // following an in-page link is asynchronous: wait for it rather than read the URL at once
    await page.waitForFunction(() => location.hash === '#main', undefined, { timeout: 5_000 });
    expect(new URL(page.url()).hash).toBe('#main');
    const main = await page
      .locator('main')
      .evaluate((m) => ({ background: getComputedStyle(m).backgroundColor, shadow: getComputedStyle(m).boxShadow }));
    expect(main).toEqual({ background: 'rgba(0, 0, 0, 0)', shadow: 'none' });
  });

  it('searching “Daesh” finds the ISIS page', async () => {
    const isis = site.kb.entities.find((e) => e.aliases.includes('Daesh') || e.name === 'Daesh');
    expect(isis, 'an entity known as Daesh').toBeDefined();
    await page.goto(url('/search/?q=Daesh'));
    const first = page.locator('.search-results .result-link').first();
    await first.waitFor({ timeout: 15_000 });
    const links = await page
      .locator('.search-results .result-link')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain(isis!.url);
    await page.locator(`.search-results .result-link[href="${isis!.url}"]`).first().click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe(isis!.url);
    await expect(page.locator('h1').textContent()).resolves.toBe(isis!.name);
  });

  it('the home search form lands on the search page with results', async () => {
    await page.goto(url('/'));
    await page.fill('input[type="search"]', 'Mosul');
    await page.press('input[type="search"]', 'Enter');
    await page.locator('.search-results .result-link').first().waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe('/search/');
  });

  it('every page type passes axe with no violations, in light and dark mode', async () => {
    const byType = (type: string) => site.kb.entities.find((e) => e.type === type)?.url;
    const pages = [
      '/',
      site.kb.articles[0]!.url,
      byType('person'),
      byType('group'),
      byType('place'),
      '/people/',
      '/groups/',
      '/places/',
      '/articles/',
      '/search/?q=Mosul',
      '/404.html',
    ].filter((p): p is string => Boolean(p));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const p of pages) {
        await page.goto(url(p));
        if (p.startsWith('/search/'))
          await page.locator('.search-results .result-link').first().waitFor({ timeout: 15_000 });
        const violations = await axeViolations(page);
        expect(violations, `${scheme} ${p}`).toEqual([]);
      }
    }
    expect(errors).toEqual([]);
  });
});
