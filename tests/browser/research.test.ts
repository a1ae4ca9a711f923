import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateOf } from '../helpers/crawl.ts';
import { openNewsFile } from '../helpers/openNews.ts';
import { SYNTHETIC_SITE, sharedSite, type SharedSite } from '../helpers/sharedSites.ts';
import { syntheticContent } from '../helpers/synthetic.ts';
import {
  axeViolations,
  buildSite,
  chromiumAvailable,
  launchChromium,
  serveSite,
  type BuiltSite,
  type Served,
} from '../helpers/site.ts';
import { languageName } from '../../scripts/core/text/language.ts';

/**
 * The site as a research tool (issue 26), in Chromium against a real server, on the 52 real news articles and on
 * the 1,000-article synthetic site (both shared with the other browser files: tests/helpers/sharedSites.ts):
 * search filters (type, outlet, year, language) filter, combine and live in the URL; link previews open on hover
 * and on focus and close on Escape; the network zooms and pans by mouse and keyboard; no label box meets another
 * label or a node; axe is clean in light and dark mode; no page type loads more than 30 KB of JavaScript before it
 * is used, and Pagefind, the previews' JSON and the graph's zoom are fetched only when the reader asks.
 */
const JS_BUDGET = 30 * 1024;

const corpora: [string, () => Promise<SharedSite>][] = [
  ['52 real news articles', () => sharedSite('real-news')],
  [`${SYNTHETIC_SITE.articles} synthetic articles`, () => sharedSite('synthetic')],
];

/** What a page fetches only when the reader asks: the search engine, a preview's data, the graph's zoom. */
const LAZY = /\/pagefind\/|\/preview\.json$|graph-zoom\.js$/;

/** One site path of each page template of a built site (the first in order), from its files. */
async function pageTypes(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('index.html')).sort();
  const first = new Map<string, string>();
  for (const f of files) {
    const p = `/${f
      .replace(/index\.html$/, '')
      .split(path.sep)
      .join('/')}`;
    if (!first.has(templateOf(p))) first.set(templateOf(p), p);
  }
  return [...first.values()];
}

const run = chromiumAvailable() && (Boolean(openNewsFile()) || process.env.CI === 'true');

/** The JavaScript a page has loaded so far: every script resource's decoded size, by URL. */
const scriptBytes = (page: Page) =>
  page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => r.initiatorType === 'script' || /\.m?js(\?|$)/.test(r.name))
      .map((r) => ({ url: r.name, bytes: r.decodedBodySize })),
  );

/** Every visible label's box and every node's circle of the SVG graphs on the page, in each drawing's units. */
const graphGeometry = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const svg = document.querySelector(sel) as SVGSVGElement;
    const shown = (e: Element) => !e.closest('a') || getComputedStyle(e.closest('a')!).display !== 'none';
    const labels = Array.from(svg.querySelectorAll('text'))
      .filter((t) => getComputedStyle(t).display !== 'none' && shown(t))
      .map((t) => {
        const b = t.getBBox();
        return { text: t.textContent, x0: b.x, x1: b.x + b.width, y0: b.y, y1: b.y + b.height };
      });
    const circles = Array.from(svg.querySelectorAll('circle'))
      .filter(shown)
      .map((c) => ({
        x: c.cx.baseVal.value,
        y: c.cy.baseVal.value,
        r: c.r.baseVal.value,
        labelled: Boolean(c.closest('a')?.querySelector('text')) || c.nextElementSibling?.tagName === 'text',
      }));
    return { labels, circles };
  }, selector);

type Box = { x0: number; x1: number; y0: number; y1: number; text: string | null };
const SLACK = 0.5;
const boxesMeet = (a: Box, b: Box) =>
  a.x0 + SLACK < b.x1 && b.x0 + SLACK < a.x1 && a.y0 + SLACK < b.y1 && b.y0 + SLACK < a.y1;
const circleMeets = (c: { x: number; y: number; r: number }, b: Box) =>
  Math.hypot(c.x - Math.max(b.x0, Math.min(c.x, b.x1)), c.y - Math.max(b.y0, Math.min(c.y, b.y1))) < c.r - SLACK;

/** Pairs of labels that meet, and labels that meet a node: none expected. */
function collisions(g: Awaited<ReturnType<typeof graphGeometry>>): string[] {
  const out: string[] = [];
  g.labels.forEach((a, i) => {
    for (const b of g.labels.slice(i + 1)) if (boxesMeet(a, b)) out.push(`"${a.text}" meets "${b.text}"`);
    for (const c of g.circles) if (circleMeets(c, a)) out.push(`"${a.text}" meets the node at ${c.x},${c.y}`);
  });
  return out;
}

/** The text of the search page's status line once a search has answered. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status')?.textContent ?? '';
    return s !== '' && s !== 'Searching…';
  });
  return (await page.locator('#search-status').textContent()) ?? '';
}

const total = (status: string) => Number(/^([\d,]+) result/.exec(status)?.[1]?.replace(/,/g, '') ?? 0);

describe.runIf(run).each(corpora)('the research tools on %s', (_name, shared) => {
  let site: SharedSite;
  let server: Served;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const url = (p: string) => server.url + p.replace(/^\//, '');

  beforeAll(async () => {
    site = await shared();
    server = await serveSite(site.dir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
  }, 1_200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    expect(errors).toEqual([]);
  });

  const articles = () => site.kb.articles;
  const count = (keep: (a: SharedSite['kb']['articles'][number]) => boolean) => articles().filter(keep).length;

  it('lists articles newest or oldest first across every part of the search index', async () => {
    const { parts } = JSON.parse(await readFile(path.join(site.dir, 'pagefind/parts.json'), 'utf8')) as {
      parts: string[];
    };
    // parts of 300 pages at least: the 1,000-article site is in several (the real-news one in one or two)
    if (site.kb.articles.length >= 1000) expect(parts.length).toBeGreaterThan(2);
    const dated = articles()
      .flatMap((a) => (a.date ? [a.date] : []))
      .sort();
    for (const [sort, expected] of [
      ['newest', [...dated].reverse()],
      ['oldest', dated],
    ] as const) {
      await page.goto(url(`/search/?type=Article&sort=${sort}`));
      await settled(page);
      const dates = (await page.locator('#search-results .qs-meta').allTextContents())
        .map((t) => t.replace(/^ · /, ''))
        .filter((t) => /^\d{4}-\d\d-\d\d$/.test(t));
      expect(dates.length).toBe(Math.min(30, dated.length));
      expect(dates).toEqual(expected.slice(0, dates.length));
    }
  });

  it('filters by type, alone, with the counts the facets show', async () => {
    for (const [type, label] of [
      ['person', 'Person'],
      ['place', 'Place'],
    ] as const) {
      await page.goto(url(`/search/?type=${label}`));
      expect(total(await settled(page))).toBe(site.kb.entities.filter((e) => e.type === type).length);
      const badges = await page.locator('#search-results .type-badge').allTextContents();
      expect(new Set(badges)).toEqual(new Set([label]));
    }
    await page.goto(url('/search/?type=Article'));
    expect(total(await settled(page))).toBe(articles().length);
    // the Person checkbox's count is the number of people
    await page.goto(url('/search/?type=Person'));
    await settled(page);
    const people = site.kb.entities.filter((e) => e.type === 'person').length;
    await expect
      .poll(() => page.locator('label[for="facet-type-Person"] .facet-count').textContent())
      .toBe(` ${people}`);
  });

  it('combines outlet, year and language, by clicking, and keeps them in the URL', async () => {
    const dated = articles().find((a) => a.date && a.outlet)!;
    const year = dated.date!.slice(0, 4);
    await page.goto(url('/search/?type=Article'));
    await settled(page);
    await page.locator(`#search-facets input[name="outlet"][value="${dated.outlet}"]`).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('outlet')).toEqual([dated.outlet]);
    await expect.poll(async () => total(await settled(page))).toBe(count((a) => a.outlet === dated.outlet));
    await page.locator(`#search-facets input[name="year"][value="${year}"]`).check();
    await expect
      .poll(async () => total(await settled(page)))
      .toBe(count((a) => a.outlet === dated.outlet && a.date?.startsWith(year) === true));
    expect(new URL(page.url()).searchParams.get('year')).toBe(year);
    // every result is such an article
    const hrefs = await page
      .locator('#search-results a.result-link')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const byUrl = new Map(articles().map((a) => [a.url, a]));
    for (const h of hrefs) {
      expect(byUrl.get(h)?.outlet).toBe(dated.outlet);
      expect(byUrl.get(h)?.date?.slice(0, 4)).toBe(year);
    }
    const language = articles().find((a) => a.language)!.language!;
    await page.goto(url(`/search/?language=${encodeURIComponent(languageName(language))}`));
    expect(total(await settled(page))).toBe(count((a) => a.language === language));
  });

  it('restores a filtered search from its URL, and the type-ahead honours the filters', async () => {
    const dated = articles().find((a) => a.date)!;
    const year = dated.date!.slice(0, 4);
    const word = dated.title
      .split(/\s+/)
      .find((w) => w.length > 4)!
      .replace(/[^\p{L}\p{N}]/gu, '');
    await page.goto(url(`/search/?q=${encodeURIComponent(word)}&type=Article&year=${year}&sort=newest`));
    await settled(page);
    await expect.poll(() => page.locator('#search-page-q').inputValue()).toBe(word);
    expect(await page.locator('input[name="type"][value="Article"]').isChecked()).toBe(true);
    expect(await page.locator(`input[name="year"][value="${year}"]`).isChecked()).toBe(true);
    expect(await page.locator('#facet-sort').inputValue()).toBe('newest');
    const dates = await page.locator('#search-results .qs-meta').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates.filter((t) => /\d{4}-/.test(t))) expect(d).toContain(year);
    // the type-ahead of the box lists only what the filters keep
    await page.goto(url('/search/?type=Place'));
    await settled(page);
    const place = site.kb.entities.find((e) => e.type === 'place')!;
    await page.locator('#search-page-q').fill(place.name.slice(0, 4));
    const options = page.locator('.qs-list [role="option"]');
    await options.first().waitFor();
    expect(new Set(await page.locator('.qs-list .type-badge').allTextContents())).toEqual(new Set(['Place']));
  });

  it('shows a preview on hover and on keyboard focus; Escape closes it; the link still leads to its page', async () => {
    const mentioned = new Set(site.kb.entities.flatMap((e) => e.mentions.map((m) => m.article)));
    const article = articles().find((a) => mentioned.has(a.id))!;
    await page.goto(url(article.url));
    const link = page.locator('.body a.mention').first();
    const href = new URL((await link.getAttribute('href'))!, page.url()).pathname;
    const entity = site.kb.entities.find((e) => e.url === href)!;
    await link.hover();
    const card = page.locator('#preview-card');
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('.preview-name').textContent()).toBe(entity.name);
    expect(await card.textContent()).toMatch(/\d+ mentions? in \d+ articles?/);
    expect(await link.getAttribute('aria-describedby')).toBe('preview-card');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await page.mouse.move(0, 0);
    await link.focus();
    await card.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('mention'))).toBe(true);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    // the focus stayed on the link, which still leads to the entity's page
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === href);
  });

  it('on a touch screen, an info button opens and closes the preview; the link is left alone', async () => {
    const touch = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const phone = await touch.newPage();
    const mentioned = new Set(site.kb.entities.flatMap((e) => e.mentions.map((m) => m.article)));
    await phone.goto(url(articles().find((a) => mentioned.has(a.id))!.url));
    const button = phone.locator('.body .preview-info').first();
    const link = phone.locator('.body a.mention').first();
    const href = await link.getAttribute('href');
    await button.tap();
    await phone.locator('#preview-card').waitFor({ state: 'visible' });
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await button.tap();
    await phone.locator('#preview-card').waitFor({ state: 'hidden' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await link.getAttribute('href')).toBe(href);
    await touch.close();
  });

  it('zooms and pans the network by mouse and keyboard, and resets', async () => {
    await page.goto(url('/graph/'));
    const viewport = page.locator('figure[data-graph] g.viewport');
    const transform = () => viewport.evaluate((g) => g.getAttribute('transform') ?? '');
    const scale = async () => Number(/scale\(([\d.]+)\)/.exec(await transform())?.[1] ?? 1);
    const svg = page.locator('figure[data-graph] > svg');
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => 'dossierZoom' in window);
    await page.mouse.wheel(0, -400);
    await expect.poll(scale).toBeGreaterThan(1);
    const before = await transform();
    // a drag on the background pans
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 90, { steps: 5 });
    await page.mouse.up();
    await expect.poll(transform).not.toBe(before);
    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(transform).toMatch(/translate\(0,0\) scale\(1\)/);
    // the keyboard: the buttons, then + and arrows with the focus on a node, then 0
    await page.getByRole('button', { name: 'Zoom in' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(scale).toBeGreaterThan(1);
    await page.locator('figure[data-graph] a[data-id]').first().focus();
    await page.keyboard.press('+');
    const zoomed = await scale();
    expect(zoomed).toBeGreaterThan(1.6);
    const panned = await transform();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(transform).not.toBe(panned);
    await page.keyboard.press('0');
    await expect.poll(transform).toMatch(/translate\(0,0\) scale\(1\)/);
  });

  it('highlights a node’s neighbours on hover', async () => {
    await page.goto(url('/graph/'));
    const node = page.locator('figure[data-graph] a[data-id]').first();
    await node.locator('circle').hover({ force: true });
    await expect.poll(() => page.locator('figure.graph.hl').count()).toBe(1);
    expect(await node.getAttribute('class')).toContain('on');
  });

  it.each([
    [1280, 900],
    [390, 844],
  ])('labels the hubs, and no label meets another label or a node (%i px)', async (width, height) => {
    await page.setViewportSize({ width, height });
    for (const view of ['/graph/', '/graph/people/']) {
      await page.goto(url(view));
      const g = await graphGeometry(page, 'figure[data-graph] > svg');
      expect(collisions(g)).toEqual([]);
      const hubs = [...g.circles].sort((a, b) => b.r - a.r).slice(0, 3);
      for (const hub of hubs) expect(hub.labelled).toBe(true);
      // legible: at least this many labels are shown, at a readable size on screen
      expect(g.labels.length).toBeGreaterThanOrEqual(Math.min(5, g.circles.length));
      const px = await page.evaluate(() => {
        const t = Array.from(document.querySelectorAll('figure[data-graph] text')).find(
          (e) => getComputedStyle(e).display !== 'none',
        )!;
        return t.getBoundingClientRect().height;
      });
      expect(px).toBeGreaterThanOrEqual(9);
    }
    const top = [...site.kb.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
    await page.goto(url(top.url));
    expect(collisions(await graphGeometry(page, '.local-graph > svg'))).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('passes axe in light and dark mode with the filters, a preview open and the zoom controls', async () => {
    const top = [...site.kb.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url('/search/?q=the&type=Article'));
      await settled(page);
      expect(await axeViolations(page), `search, ${scheme}`).toEqual([]);
      await page.goto(url(top.url));
      await page.locator('.related a, main li > a[href*="/people/"], main li > a[href*="/places/"]').first().focus();
      await page.locator('#preview-card').waitFor({ state: 'visible' });
      expect(await axeViolations(page), `entity page with a preview, ${scheme}`).toEqual([]);
      await page.goto(url('/graph/'));
      expect(await axeViolations(page), `graph, ${scheme}`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('loads at most 30 KB of JavaScript on any page type before it is used, and nothing lazy', async () => {
    const weights: string[] = [];
    for (const p of await pageTypes(site.dir)) {
      const fresh = await browser.newPage();
      const requests: string[] = [];
      fresh.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await fresh.goto(url(p), { waitUntil: 'load' });
      await fresh.waitForTimeout(300);
      const scripts = await scriptBytes(fresh);
      const bytes = scripts.reduce((s, r) => s + r.bytes, 0);
      weights.push(`${templateOf(p)} ${bytes} B (${scripts.map((s) => s.url.split('/').pop()).join(', ')})`);
      expect(bytes, p).toBeLessThanOrEqual(JS_BUDGET);
      expect(
        requests.filter((r) => LAZY.test(r)),
        p,
      ).toEqual([]);
      await fresh.close();
    }
    console.log(`JavaScript before interaction, ${_name}:\n  ${weights.join('\n  ')}`);
  }, 600_000);

  it('fetches the search engine, a preview and the zoom only when the reader asks', async () => {
    const mentioned = new Set(site.kb.entities.flatMap((e) => e.mentions.map((m) => m.article)));
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const lazy: { path: string; bytes: number }[] = [];
    fresh.on('requestfinished', async (r) => {
      const p = new URL(r.url()).pathname;
      if (LAZY.test(p)) lazy.push({ path: p, bytes: (await r.sizes()).responseBodySize });
    });
    const since = (n: number) => lazy.slice(n).map((l) => l.path);
    // a preview: its entity's preview.json once the pointer rests on a mention, nothing before
    await fresh.goto(url(articles().find((a) => mentioned.has(a.id))!.url), { waitUntil: 'load' });
    await fresh.waitForTimeout(300);
    expect(lazy).toEqual([]);
    const mention = fresh.locator('.body a.mention').first();
    const href = new URL((await mention.getAttribute('href'))!, fresh.url()).pathname;
    const preview = fresh.waitForRequest((r) => new URL(r.url()).pathname === `${href}preview.json`);
    await mention.hover();
    await preview;
    await fresh.locator('#preview-card').waitFor({ state: 'visible' });
    expect(since(0)).toEqual([`${href}preview.json`]);
    // the type-ahead: Pagefind once the reader types in the box
    const typed = lazy.length;
    const engine = fresh.waitForRequest((r) => /\/pagefind\/pagefind\.js$/.test(r.url()));
    await fresh.locator('input[type="search"]').first().fill(site.kb.entities[0]!.name.slice(0, 4));
    await engine;
    await fresh.locator('.qs-list [role="option"]').first().waitFor();
    expect(since(typed).length).toBeGreaterThan(1);
    expect(since(typed).every((p) => p.includes('/pagefind/'))).toBe(true);
    const pagefind = lazy.slice(typed).reduce((s, l) => s + l.bytes, 0);
    // the graph's zoom: once the pointer reaches the network
    await fresh.goto(url('/graph/'), { waitUntil: 'load' });
    await fresh.waitForTimeout(300);
    const graph = lazy.length;
    expect(since(graph)).toEqual([]);
    const zoom = fresh.waitForResponse((r) => /graph-zoom\.js$/.test(r.url()));
    await fresh.locator('figure[data-graph] > svg').hover();
    const zoomBytes = (await (await zoom).body()).length;
    await fresh.close();
    console.log(
      `Fetched when asked, ${_name}: a preview ${lazy[0]!.bytes} B; the type-ahead's first answer ${pagefind} B ` +
        `in ${since(typed).length} Pagefind files; the zoom ${zoomBytes} B`,
    );
  });
});

describe.runIf(chromiumAvailable())(
  'the search filters of the offline build (20 synthetic articles), from file://',
  () => {
    let source: { dir: string; cleanup: () => Promise<void> };
    let site: BuiltSite;
    let browser: Browser;
    beforeAll(async () => {
      source = await syntheticContent(20);
      site = await buildSite(source.dir, { OFFLINE: '1' });
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await site?.cleanup();
      await source?.cleanup();
    });

    it('filter by type and year from the URL, combine, and keep the choice in the URL', async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const search = `file://${path.join(site.dir, 'search/index.html')}`;
      await page.goto(`${search}?type=Group`);
      const heading = page.locator('#offline-results h2');
      await heading.waitFor();
      const groups = site.kb.entities.filter((e) => e.type === 'group').length;
      expect(await heading.textContent()).toMatch(new RegExp(`^${groups} results?`));
      expect(new Set(await page.locator('.offline-results .qs-meta').allTextContents())).toEqual(new Set([' Group']));
      expect(await page.locator('input[name="type"][value="Group"]').isChecked()).toBe(true);
      const dated = site.kb.articles.find((a) => a.date)!;
      const year = dated.date!.slice(0, 4);
      await page.locator('input[name="type"][value="Group"]').uncheck();
      await page.locator('input[name="type"][value="Article"]').check();
      await page.locator(`input[name="year"][value="${year}"]`).check();
      const count = site.kb.articles.filter((a) => a.date?.startsWith(year)).length;
      await expect.poll(() => heading.textContent()).toMatch(new RegExp(`^${count} results?`));
      expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Article']);
      expect(new URL(page.url()).searchParams.get('year')).toBe(year);
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
