import { decodeHTML } from 'entities';
import type { Browser, Page, Response } from 'playwright-core';

/** A link or resource that answered an error status, with the page that links to it. */
export interface Broken {
  url: string;
  status: number;
  from: string;
}

/** One HTML page of a site, as fetched over HTTP. */
export interface FetchedPage {
  /** Its site path. */
  path: string;
  /** The page template it was made with, from its path (`templateOf`). */
  template: string;
  /** Its HTML's length in characters. */
  bytes: number;
  /** The longest run of its text without a space: what can widen a narrow screen. */
  longestWord: number;
}

/** What fetching every page and file of a site over HTTP found. */
export interface HttpCrawl {
  pages: FetchedPage[];
  /** Every other file linked or loaded (scripts, stylesheets, JSON, CSV, images…). */
  files: string[];
  broken: Broken[];
}

export interface FetchOptions {
  /** The most pages: a crawl that finds more fails loudly rather than running for ever. */
  maxPages: number;
  /** Requests in flight at once. */
  concurrency: number;
}

export const defaultFetchOptions: FetchOptions = { maxPages: 20_000, concurrency: 8 };

/** Link and resource attributes of HTML (the site's HTML quotes every attribute with double quotes). */
const LINK_ATTR = /\s(?:href|src|xlink:href)="([^"]*)"/g;
/** url(…) in a stylesheet. */
const CSS_URL = /url\(\s*['"]?([^'")]+)['"]?\s*\)/g;
/** Path segments that name a template's place rather than one page (every other segment is a slug or a number). */
const FIXED = new Set([
  'articles',
  'years',
  'outlets',
  'people',
  'groups',
  'places',
  'letters',
  'mentions',
  'graph',
  'relations',
  'search',
  'assets',
]);

/**
 * The template a site path was made with: each segment that is not one of the site's fixed folder names becomes
 * `*` (a slug) or `N` (a number): `/people/ama-osei/mentions/2/` is of the template of every entity's numbered
 * mentions pages.
 */
export function templateOf(sitePath: string): string {
  const parts = sitePath.split('/').filter(Boolean);
  const key = parts.map((p) => (FIXED.has(p) ? p : /^\d+$/.test(p) ? 'N' : '*'));
  return `/${key.join('/')}${key.length && sitePath.endsWith('/') ? '/' : ''}`;
}

/** The longest run of non-space characters in an HTML page's text (scripts and styles left out). */
export function longestWord(page: string): number {
  const text = decodeHTML(
    page
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;|&#160;|&#xa0;/gi, '\u00a0'),
  );
  let longest = 0;
  for (const word of text.split(/\s+/)) longest = Math.max(longest, word.length);
  return longest;
}

/**
 * Fetch every page and file of a site over HTTP, from `start` (site paths) and then every link and resource of
 * every page (`href`, `src`; `url(…)` in stylesheets), same origin, query and hash dropped, and every folder above
 * each page (a reader who shortens a URL finds no dead end). Nothing is rendered: this is the 404 check of a whole
 * site, and it gives what `sampleTemplates` chooses from.
 */
export async function fetchSite(
  base: string,
  options: Partial<FetchOptions> = {},
  start: readonly string[] = ['/'],
): Promise<HttpCrawl> {
  const opts = { ...defaultFetchOptions, ...options };
  const origin = new URL(base).origin;
  const root = new URL(base).pathname;
  const result: HttpCrawl = { pages: [], files: [], broken: [] };
  const seen = new Set<string>();
  const queue: { path: string; from: string }[] = [];
  const enqueue = (href: string, from: string) => {
    let url: URL;
    try {
      url = new URL(href, origin + from);
    } catch {
      return;
    }
    if (url.origin !== origin || !url.pathname.startsWith(root) || seen.has(url.pathname)) return;
    seen.add(url.pathname);
    queue.push({ path: url.pathname, from });
  };
  for (const s of start) enqueue(root + s.replace(/^\//, ''), root);

  const visit = async ({ path, from }: { path: string; from: string }) => {
    const response = await fetch(origin + path);
    if (response.status >= 400) {
      result.broken.push({ url: path, status: response.status, from });
      await response.body?.cancel();
      return;
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.startsWith('text/css')) {
      result.files.push(path);
      for (const m of (await response.text()).matchAll(CSS_URL)) if (!m[1]!.startsWith('data:')) enqueue(m[1]!, path);
      return;
    }
    if (!type.startsWith('text/html')) {
      result.files.push(path);
      await response.body?.cancel();
      return;
    }
    if (result.pages.length >= opts.maxPages) throw new Error(`more than ${opts.maxPages} pages under ${base}`);
    const text = await response.text();
    result.pages.push({
      path: path.slice(root.length - 1),
      template: templateOf(path.slice(root.length - 1)),
      bytes: text.length,
      longestWord: longestWord(text),
    });
    for (const m of text.matchAll(LINK_ATTR)) enqueue(decodeHTML(m[1]!), path);
    const parts = path.slice(root.length).split('/').filter(Boolean);
    for (let i = parts.length - 1; i >= 1; i--) enqueue(`${root}${parts.slice(0, i).join('/')}/`, path);
  };

  // each worker takes the next URL from the shared queue until it is empty and no worker can add to it
  let busy = 0;
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      for (;;) {
        const next = queue.shift();
        if (next) {
          busy++;
          try {
            await visit(next);
          } finally {
            busy--;
          }
        } else if (busy === 0) return;
        else await new Promise((r) => setTimeout(r, 5));
      }
    }),
  );
  result.pages.sort((a, b) => (a.path < b.path ? -1 : 1));
  return result;
}

/** A page chosen to stand for its template, and why. */
export interface Sampled {
  path: string;
  template: string;
  why: 'longest word' | 'largest';
}

/**
 * A stratified sample of a site's pages for the browser: from each template, the `each` pages with the longest
 * unbroken text (what overflows a narrow screen: a long name, title, file name or URL) and the `each` largest
 * pages (the most rows, list items, mentions and graph labels: what a table or a long list can widen).
 */
export function sampleTemplates(pages: readonly FetchedPage[], each = 2): Sampled[] {
  const byTemplate = new Map<string, FetchedPage[]>();
  for (const p of pages) byTemplate.set(p.template, [...(byTemplate.get(p.template) ?? []), p]);
  const out: Sampled[] = [];
  for (const [template, members] of [...byTemplate].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const chosen = new Set<string>();
    const take = (why: Sampled['why'], sorted: FetchedPage[]) => {
      for (const p of sorted.filter((q) => !chosen.has(q.path)).slice(0, each)) {
        chosen.add(p.path);
        out.push({ path: p.path, template, why });
      }
    };
    take(
      'longest word',
      [...members].sort((a, b) => b.longestWord - a.longestWord || (a.path < b.path ? -1 : 1)),
    );
    take(
      'largest',
      [...members].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)),
    );
  }
  return out;
}

/** What opening pages in Chromium at a narrow width found. */
export interface Widths {
  /** Every page whose document is wider than the viewport: its width in CSS pixels. */
  wide: { url: string; width: number }[];
  /** The widest page's width (the viewport's when none is wider). */
  widest: number;
  /** Every resource a page loaded that answered an error status. */
  broken: Broken[];
  /** Pages opened. */
  opened: number;
}

export interface WidthOptions {
  /** Viewport width in CSS pixels. */
  width: number;
  /** Tabs that open pages side by side. */
  tabs: number;
  /** Whether the pages run their scripts (the type-ahead, the filters, the graph's controls, the previews). */
  javaScript: boolean;
}

export const defaultWidthOptions: WidthOptions = { width: 390, tabs: 2, javaScript: true };

/**
 * Open each page (site paths) in Chromium at `width` CSS pixels, a few tabs reused page after page: no document
 * may be wider than the viewport, and no resource the page loads may answer an error status.
 */
export async function measureWidths(
  browser: Browser,
  base: string,
  paths: readonly string[],
  options: Partial<WidthOptions> = {},
): Promise<Widths> {
  const opts = { ...defaultWidthOptions, ...options };
  const origin = new URL(base).origin;
  const prefix = new URL(base).pathname.replace(/\/$/, '');
  const context = await browser.newContext({
    viewport: { width: opts.width, height: 844 },
    javaScriptEnabled: opts.javaScript,
  });
  const result: Widths = { wide: [], widest: opts.width, broken: [], opened: 0 };
  const queue = [...paths];
  const visit = async (tab: Page, path: string) => {
    const failed: Broken[] = [];
    const onResponse = (r: Response) => {
      if (r.status() >= 400 && r.url().startsWith(origin))
        failed.push({ url: new URL(r.url()).pathname, status: r.status(), from: path });
    };
    tab.on('response', onResponse);
    try {
      await tab.goto(origin + prefix + path, { waitUntil: 'load' });
      result.opened++;
      const width = await tab.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
      if (width > opts.width) result.wide.push({ url: path, width });
      result.widest = Math.max(result.widest, width);
      result.broken.push(...failed);
    } finally {
      tab.off('response', onResponse);
    }
  };
  try {
    const tabs = await Promise.all(Array.from({ length: opts.tabs }, () => context.newPage()));
    await Promise.all(
      tabs.map(async (tab) => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) await visit(tab, next);
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
