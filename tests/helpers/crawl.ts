import type { Browser, Page } from 'playwright-core';

/** What a crawl of a whole site found. */
export interface Crawl {
  /** Every HTML page visited (site paths). */
  pages: string[];
  /** Every link or resource that answered 404 (or any error status), with the page that links to it. */
  broken: { url: string; status: number; from: string }[];
  /** Every page whose document is wider than the viewport: its width in CSS pixels. */
  wide: { url: string; width: number }[];
  /** The widest page's width (the viewport's when none is wider). */
  widest: number;
}

export interface CrawlOptions {
  /** Viewport width in CSS pixels. */
  width: number;
  /** The most pages visited: a crawl that finds more fails loudly rather than running for ever. */
  maxPages: number;
  /** Tabs that crawl side by side. */
  tabs: number;
}

export const defaultCrawlOptions: CrawlOptions = { width: 390, maxPages: 5000, tabs: 2 };

/** Files that are not pages: fetched and checked for their status, never opened in a tab. */
const FILE = /\.(?:json|csv|xml|txt|svg|css|js|png|ico|webmanifest|pf_\w+)$/i;

/**
 * Open every page reachable by links from `start` (same origin; query and hash dropped) in Chromium at `width`
 * CSS pixels: each page's links and the resources it loads must not answer an error status, and its document must
 * not be wider than the viewport.
 */
export async function crawlSite(
  browser: Browser,
  base: string,
  options: Partial<CrawlOptions> = {},
  start: readonly string[] = ['/'],
): Promise<Crawl> {
  const opts = { ...defaultCrawlOptions, ...options };
  const origin = new URL(base).origin;
  const root = new URL(base).pathname;
  const context = await browser.newContext({ viewport: { width: opts.width, height: 844 } });
  const result: Crawl = { pages: [], broken: [], wide: [], widest: opts.width };
  const seen = new Set<string>();
  const queue: { path: string; from: string }[] = [];
  const enqueue = (href: string, from: string) => {
    let url: URL;
    try {
      url = new URL(href, origin + from);
    } catch {
      return;
    }
    if (url.origin !== origin || !url.pathname.startsWith(root)) return;
    if (seen.has(url.pathname)) return;
    seen.add(url.pathname);
    queue.push({ path: url.pathname, from });
  };
  for (const s of start) enqueue(root + s.replace(/^\//, ''), root);
  /** Every folder above a page is a page too: a reader who shortens a URL finds no dead end. */
  const enqueueFolders = (path: string) => {
    const parts = path.slice(root.length).split('/').filter(Boolean);
    for (let i = parts.length - 1; i >= 1; i--) enqueue(`${root}${parts.slice(0, i).join('/')}/`, path);
  };

  const visit = async (tab: Page, { path, from }: { path: string; from: string }) => {
    if (FILE.test(path)) {
      const response = await context.request.get(origin + path);
      if (response.status() >= 400) result.broken.push({ url: path, status: response.status(), from });
      await response.dispose();
      return;
    }
    if (result.pages.length >= opts.maxPages) throw new Error(`more than ${opts.maxPages} pages under ${base}`);
    result.pages.push(path);
    enqueueFolders(path);
    const failed: { url: string; status: number }[] = [];
    const onResponse = (r: import('playwright-core').Response) => {
      if (r.status() >= 400 && r.url().startsWith(origin))
        failed.push({ url: new URL(r.url()).pathname, status: r.status() });
    };
    tab.on('response', onResponse);
    try {
      const response = await tab.goto(origin + path, { waitUntil: 'domcontentloaded' });
      const status = response?.status() ?? 0;
      if (status >= 400) {
        result.broken.push({ url: path, status, from });
        return;
      }
      for (const f of failed) if (f.url !== path) result.broken.push({ ...f, from: path });
      const { width, links } = await tab.evaluate(() => ({
        width: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
        links: Array.from(document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]'))
          .filter((a) => !(a instanceof HTMLLinkElement) || ['stylesheet', 'icon', 'alternate'].includes(a.rel))
          .map((a) => a.getAttribute('href')!),
      }));
      if (width > opts.width) result.wide.push({ url: path, width });
      result.widest = Math.max(result.widest, width);
      for (const href of links) enqueue(href, path);
    } finally {
      tab.off('response', onResponse);
    }
  };

  try {
    const tabs = await Promise.all(Array.from({ length: opts.tabs }, () => context.newPage()));
    // each tab takes the next page from the shared queue until it is empty and no tab can add to it
    let busy = 0;
    await Promise.all(
      tabs.map(async (tab) => {
        for (;;) {
          const next = queue.shift();
          if (next) {
            busy++;
            try {
              await visit(tab, next);
            } finally {
              busy--;
            }
          } else if (busy === 0) return;
          else await new Promise((r) => setTimeout(r, 20));
        }
      }),
    );
  } finally {
    await context.close();
  }
  return result;
}

/** A 64-hex-digit name, as saved pages named by their hash have. */
export const HASH_NAME = 'c0ffee'.repeat(10).concat('beef');

/**
 * Add to a content folder an article built to overflow a narrow screen: a file named by a 64-digit hash (shown
 * in the article's header), a title of long unbroken words, a long source URL, and a long URL and a long word
 * in the text.
 */
export async function writeLongStrings(contentDir: string): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const long = `https://example.org/${'very-long-path-segment-'.repeat(8)}index.html?query=${'x'.repeat(80)}`;
  const text = [
    '---',
    `title: "Supercalifragilisticexpialidociousnessandmoreunbrokenletters ${'Z'.repeat(60)}"`,
    'date: 2021-03-04',
    `source: ${long}`,
    'outlet: The Extraordinarilylongandunbrokennameofanewspaperoutlet Gazette',
    '---',
    `Ama Osei of the Korvia Harbour Authority said on Monday that the report at ${long} was complete.`,
    '',
    `The file ${'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(3)} was attached, Ama Osei added.`,
  ].join('\n');
  await writeFile(path.join(contentDir, 'articles', `${HASH_NAME}.md`), `${text}\n`);
}
