/**
 * The saved-pages dev set for entity pages (issue "Entities across the breadth of news"): English pages (declared and
 * detected) of at least 500 characters of
 * ../shared/data/web-pages that Dossier reads as an article, in the order of the sha256 of their file name (a fixed,
 * content-blind order), the first `count` after the first `skip`. Loaded exactly as a build loads them (loadFiles), with each article's id
 * set to its file name so that gold records can name it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadFiles } from '../../load/loadArticles.ts';
import type { Article } from '../../core/types/article.ts';
import { WEB_PAGES_DIR } from './webPages.ts';

export interface Options {
  count: number;
  /** Eligible pages passed over first (0: the dev set; 40 and more: pages the rules were never tuned on). */
  skip: number;
}

export const defaultOptions: Options = { count: 40, skip: 0 };

export interface SampledPage {
  file: string;
  /** sha256 of the page's bytes as saved. */
  sha256: string;
  article: Article;
}

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The pages of the sample, with their articles as a build reads them. */
export async function sampleWebPages(options: Partial<Options> = {}): Promise<SampledPage[]> {
  const { count, skip } = { ...defaultOptions, ...options };
  let passed = 0;
  const index = JSON.parse(readFileSync(path.join(WEB_PAGES_DIR, 'evaldata.json'), 'utf8')) as Record<
    string,
    { file: string; lang?: string }
  >;
  const english = Object.values(index)
    .filter((e) => /^en\b/i.test(e.lang ?? ''))
    .map((e) => e.file)
    .sort((a, b) => (sha(a) < sha(b) ? -1 : 1));
  const out: SampledPage[] = [];
  for (let i = 0; i < english.length && out.length < count; i += 10) {
    const files = english.slice(i, i + 10).map((f) => path.join(WEB_PAGES_DIR, 'pages', f));
    const { articles } = await loadFiles(files, path.join(WEB_PAGES_DIR, 'pages'));
    const bySource = new Map(articles.map((a) => [a.source, a]));
    for (const file of english.slice(i, i + 10)) {
      const article = bySource.get(file);
      if (!article || out.length >= count || article.text.trim().length < 500) continue;
      if (article.language !== undefined && article.language !== 'en') continue;
      if (passed < skip) {
        passed += 1;
        continue;
      }
      out.push({
        file,
        sha256: sha(readFileSync(path.join(WEB_PAGES_DIR, 'pages', file))),
        article: { ...article, id: file.replace(/\.html?$/i, '') },
      });
    }
  }
  return out;
}
