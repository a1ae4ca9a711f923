/**
 * The corpus-level gold sets (data/corpus-gold/*.json) and their documents: open-news texts from the pool, or saved
 * pages read as a build reads them (scripts/dev/corpora/webPageSample.ts). Every document is checked by the sha256
 * the gold names it by (of the text for the pool, of the page's bytes for saved pages); a changed one is refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type PoolDoc, readPool, sha256 } from './pool.ts';
import { parseArticle } from '../../load/loadArticles.ts';
import type { Article } from '../../core/types/article.ts';
import type { Warning } from '../../core/types/common.ts';
import type { GoldSet } from './scoreIdentity.ts';
import { defaultOptions as sampleDefaults, type SampledPage, sampleWebPages } from './webPageSample.ts';

export const GOLD_DIR = path.resolve(import.meta.dirname, '../../../data/corpus-gold');

export function readGoldSet(file: string): GoldSet {
  return JSON.parse(readFileSync(path.resolve(GOLD_DIR, file), 'utf8')) as GoldSet;
}

let pool: Map<string, PoolDoc> | undefined;
/** The first pages of the sample, read once for every set (the sample's order is fixed: a slice is a later read). */
let sampled: SampledPage[] = [];
let sampledCount = 0;

async function samplePages(sample: GoldSet['sample']): Promise<SampledPage[]> {
  const { skip, count } = { ...sampleDefaults, ...sample };
  if (skip + count > sampledCount) {
    sampled = await sampleWebPages({ count: skip + count });
    sampledCount = skip + count;
  }
  return sampled.slice(skip, skip + count);
}

/** The gold set's documents as articles, in the gold's order; `file` names the set in errors. */
export async function goldArticles(gold: GoldSet, file: string): Promise<Article[]> {
  const articles: Article[] = [];
  if (gold.source === 'web-pages') {
    // saved pages, read as a build reads them; the gold names each page by its file and the sha256 of its bytes
    const sample = new Map((await samplePages(gold.sample)).map((p) => [p.article.id, p]));
    for (const { id, sha256: hash } of gold.docs) {
      const page = sample.get(id);
      if (!page) throw new Error(`${file}: page ${id} is not in the saved-pages sample`);
      if (page.sha256 !== hash)
        throw new Error(`${file}: page ${id} changed (sha256 differs): the gold no longer applies`);
      articles.push(page.article);
    }
    return articles;
  }
  pool ??= new Map(readPool().map((d) => [d.id, d]));
  const warnings: Warning[] = [];
  for (const { id, sha256: hash } of gold.docs) {
    const doc = pool.get(id);
    if (!doc) throw new Error(`${file}: document ${id} is not in the open-news pool`);
    if (sha256(doc.text) !== hash)
      throw new Error(`${file}: document ${id} changed (sha256 differs): the gold no longer applies`);
    const parsed = parseArticle(`${id}.txt`, new TextEncoder().encode(doc.text), warnings);
    if (parsed) articles.push({ id, ...parsed });
  }
  return articles;
}
