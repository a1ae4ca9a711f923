/**
 * The saved web pages of ../shared/data/web-pages (trafilatura's evaluation set: 274 pages with the segments their
 * main text must and must not contain). Read from ../shared at run time, never copied into the project.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED_DIR } from './pool.ts';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../../load/text/decodeHtml.ts';
import { paragraphsOf } from '../../load/readers/readHtml.ts';
import type { PageGold } from './scoreMainText.ts';

type DomNode = Parameters<typeof paragraphsOf>[0];

export const WEB_PAGES_DIR = path.join(SHARED_DIR, 'data/web-pages');

/** One saved page: its file, declared language ('?' when none), gold segments, and HTML decoded as the loader does. */
export interface WebPage extends PageGold {
  url: string;
  file: string;
  lang: string;
  html: string;
}

export const webPagesAvailable = (): boolean => existsSync(path.join(WEB_PAGES_DIR, 'evaldata.json'));

/** Every page, sorted by file name; `keep` picks a subset by file name (a fixed sample or a half). */
export function readWebPages(keep: (file: string) => boolean = () => true): WebPage[] {
  const index = JSON.parse(readFileSync(path.join(WEB_PAGES_DIR, 'evaldata.json'), 'utf8')) as Record<
    string,
    { file: string; lang?: string; with?: string[]; without?: string[] }
  >;
  return Object.entries(index)
    .filter(([, e]) => keep(e.file))
    .sort(([, a], [, b]) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map(([url, e]) => ({
      url,
      file: e.file,
      lang: e.lang ?? '?',
      with: e.with ?? [],
      without: e.without ?? [],
      html: decodeHtml(readFileSync(path.join(WEB_PAGES_DIR, 'pages', e.file))),
    }));
}

/** Which half (0 or 1) a page's file name falls in: the first bit of its sha256, a split that never changes. */
export const halfOf = (file: string): 0 | 1 => (createHash('sha256').update(file).digest()[0]! & 1) as 0 | 1;

/** The body as the loader read it before any cleaning: Readability's content as paragraphs (empty when none). */
export function readabilityParagraphs(html: string): string[] {
  const { document } = parseHTML(html);
  try {
    const article = new Readability(document as unknown as Document, {
      serializer: (node) => node as unknown as DomNode,
    }).parse();
    return article?.content ? paragraphsOf(article.content) : [];
  } catch {
    return [];
  }
}
