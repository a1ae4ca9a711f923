import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/dev/corpora/synthetic.ts';
import { crawlSite, HASH_NAME, writeLongStrings, type Crawl } from '../helpers/crawl.ts';
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

/** Articles in the synthetic site: about 1,100 pages, the whole crawl in about two minutes on an idle machine. */
const SYNTHETIC_ARTICLES = 200;

/**
 * Every page of a built site, opened in Chromium on a 390 px screen by following every link from the start page
 * (and every folder above each page): no link or resource answers 404, and no page is wider than the screen. On
 * the 52 real-news articles and on a synthetic site, each with an article built to overflow (a file named by a
 * hash, long words, long URLs).
 */
describe.each([
  {
    name: 'the 52-article real-news site',
    run: Boolean(openNewsFile()) || process.env.CI === 'true',
    content: async () => openNewsContent(),
  },
  {
    name: `a synthetic ${SYNTHETIC_ARTICLES}-article site`,
    run: true,
    content: async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'dossier-synthetic-'));
      for (const file of generateCorpus({ articles: SYNTHETIC_ARTICLES, seed: 1 })) {
        await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
        await writeFile(path.join(dir, file.path), file.content);
      }
      return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
    },
  },
])('a crawl of $name at 390 px', ({ run, content: makeContent }) => {
  const enabled = chromiumAvailable() && run;
  let content: { dir: string; cleanup: () => Promise<void> };
  let site: BuiltSite;
  let server: Served;
  let browser: Browser;
  let crawl: Crawl;

  beforeAll(async () => {
    if (!enabled) return;
    content = await makeContent();
    await writeLongStrings(content.dir);
    site = await buildSite(content.dir);
    server = await serveSite(site.dir);
    browser = await launchChromium();
    crawl = await crawlSite(browser, server.url, { width: 390 });
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.cleanup();
    await content?.cleanup();
  });

  it.runIf(enabled)('reaches every article and entity page, and every folder above them', () => {
    const pages = new Set(crawl.pages);
    for (const a of site.kb.articles) expect(pages.has(a.url), a.url).toBe(true);
    for (const e of site.kb.entities) expect(pages.has(e.url), e.url).toBe(true);
    for (const folder of ['/articles/years/', '/articles/outlets/']) expect(pages.has(folder), folder).toBe(true);
  });

  it.runIf(enabled)('finds no 404', () => {
    expect(crawl.broken).toEqual([]);
  });

  it.runIf(enabled)('finds no page wider than the 390 px screen', () => {
    expect(crawl.wide).toEqual([]);
    expect(crawl.widest).toBe(390);
  });

  it.runIf(enabled)('gives the article named by a hash a readable id from its title', () => {
    const article = site.kb.articles.find((a) => a.source === `${HASH_NAME}.md`)!;
    expect(article.id).toMatch(/^supercalifragilistic/);
    expect(article.id).not.toContain(HASH_NAME.slice(0, 16));
  });

  it.runIf(enabled)(
    'passes axe in light and dark mode on the folder indexes, an article and an entity',
    async () => {
      const page = await browser.newPage();
      const article = site.kb.articles.find((a) => a.source === `${HASH_NAME}.md`)!;
      const entity = [...site.kb.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
      const folders = (await site.html('/articles/years/')).querySelectorAll('.folder-list a').length;
      expect(folders).toBeGreaterThan(0);
      const paths = [
        '/articles/years/',
        '/articles/outlets/',
        ...crawl.pages.filter((p) => /^\/articles\/\d{3}\/$/.test(p)).slice(0, 1),
        article.url,
        entity.url,
      ];
      try {
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          for (const p of paths) {
            await page.goto(server.url + p.replace(/^\//, ''));
            expect(await axeViolations(page), `${scheme} ${p}`).toEqual([]);
          }
        }
      } finally {
        await page.close();
      }
    },
    120_000,
  );
});
