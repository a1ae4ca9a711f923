import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewsContent, openNewsFile } from '../helpers/openNews.ts';
import {
  axeViolations,
  buildSite,
  chromiumAvailable,
  launchChromium,
  serveSite,
  type BuiltSite,
  type Served,
} from '../helpers/site.ts';

/**
 * The site of 52 real news articles (read at test time from ../shared/data/open-news, never copied into the
 * repository), in Chromium: every page type fits a 390 px screen and passes axe in light and dark mode;
 * entity pages carry a labelled local graph and a timeline; search has type-ahead.
 */
const run = chromiumAvailable() && (Boolean(openNewsFile()) || process.env.CI === 'true');

describe.runIf(run)('a 50-article real-news site in Chromium', () => {
  let site: BuiltSite;
  let content: Awaited<ReturnType<typeof openNewsContent>>;
  let server: Served;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  let pages: string[] = [];
  let largest: { url: string; name: string };

  beforeAll(async () => {
    content = await openNewsContent();
    site = await buildSite(content.dir);
    server = await serveSite(site.dir);
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    const sorted = [...site.kb.entities].sort((a, b) => b.mentions.length - a.mentions.length);
    largest = sorted[0]!;
    const of = (type: string) => sorted.find((e) => e.type === type)!.url;
    const dated = site.kb.articles.find((a) => a.date)!;
    const outlet = (await site.html('/articles/'))
      .querySelector('nav[aria-label="Articles by outlet"] a')!
      .getAttribute('href')!;
    pages = [
      '/',
      dated.url,
      of('person'),
      of('group'),
      of('place'),
      `${largest.url}mentions/`,
      '/people/',
      '/groups/',
      '/places/',
      '/articles/',
      `/articles/years/${dated.date!.slice(0, 4)}/`,
      '/articles/years/',
      outlet,
      '/articles/outlets/',
      '/graph/',
      '/graph/people/',
      '/graph/relations/',
      '/graph/relations/2/',
      '/search/?q=Biden',
      '/404.html',
    ];
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.cleanup();
    await content?.cleanup();
  });

  const url = (sitePath: string) => server.url + sitePath.replace(/^\//, '');

  it('builds at least 50 articles, with paginated relations', () => {
    expect(site.kb.articles.length).toBeGreaterThanOrEqual(50);
    expect(site.kb.relations!.length).toBeGreaterThan(200);
  });

  it('no page type scrolls sideways on a 390 px screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      for (const p of pages) {
        await phone.goto(url(p));
        const [scroll, width] = await phone.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        expect(scroll, p).toBeLessThanOrEqual(width);
      }
    } finally {
      await phone.close();
    }
  });

  it('every page type passes axe with no violations, in light and dark mode', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const p of pages) {
        await page.goto(url(p));
        if (p.startsWith('/search/'))
          await page.locator('.search-results .result-link').first().waitFor({ timeout: 15_000 });
        expect(await axeViolations(page), `${scheme} ${p}`).toEqual([]);
      }
    }
    expect(errors).toEqual([]);
  }, 240_000); // about 30 s on an idle machine; axe on every page type twice is slow on a busy one

  it('the largest entity page has a labelled local graph whose labels do not overlap, and a timeline', async () => {
    await page.goto(url(largest.url));
    const graph = page.locator('.local-graph svg');
    await expect(graph.locator('title').first().textContent()).resolves.toContain(largest.name);
    const boxes = await graph.locator('text').evaluateAll((texts) =>
      texts.map((t) => {
        const b = (t as SVGGraphicsElement).getBBox();
        return { x0: b.x, x1: b.x + b.width, y0: b.y, y1: b.y + b.height, text: t.textContent };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(9);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, `${a.text} / ${b.text}`).toBe(false);
      }
    }
    expect(await graph.locator('a').count()).toBe(boxes.length - 1);
    expect(await page.locator('.legend').first().textContent()).toMatch(/Person|Group|Place/);
    expect(await page.locator('.timeline svg rect').count()).toBeGreaterThan(0);
    await expect(page.locator('.timeline figcaption').textContent()).resolves.toMatch(/First seen .+ last seen/);
  });

  it('search has type-ahead on the online build: entity pages first for a name', async () => {
    const person = [...site.kb.entities]
      .filter((e) => e.type === 'person')
      .sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
    await page.goto(url('/'));
    await page.locator('#q').pressSequentially(person.name, { delay: 20 });
    const option = page.locator('.qs-list [role="option"]').first();
    await option.waitFor({ timeout: 15_000 });
    await expect(page.locator('#q').getAttribute('aria-expanded')).resolves.toBe('true');
    expect(new URL((await option.locator('a').getAttribute('href'))!, server.url).pathname).toBe(person.url);
    await expect(option.locator('.type-badge').textContent()).resolves.toBe('Person');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === person.url);
  });

  it('the search page focuses the field with the query selected and shows types and dates; "/" focuses search', async () => {
    await page.goto(url('/search/?q=Biden'));
    await page.locator('.search-results .result-link').first().waitFor({ timeout: 15_000 });
    const state = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return { id: input.id, selected: input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0) };
    });
    expect(state).toEqual({ id: 'search-page-q', selected: 'Biden' });
    const badges = await page.locator('.search-results .type-badge').allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.every((b) => ['Person', 'Group', 'Place', 'Article'].includes(b))).toBe(true);
    expect(await page.locator('.search-results .qs-meta').count()).toBeGreaterThan(0);
    await page.goto(url('/people/'));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).id)).toBe('site-q');
  });
});
