import { createHash } from 'node:crypto';
import { DossierError } from '../core/errors.ts';
import type { Article } from '../core/types/article.ts';

/** One share of the extraction work: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** "K/N" (1 ≤ K ≤ N) as a shard; anything else is a CONFIG_INVALID error. */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    throw new DossierError(
      'CONFIG_INVALID',
      `--shard ${JSON.stringify(text)} is not K/N with 1 ≤ K ≤ N, e.g. --shard 2/4 (the second of four shares)`,
    );
  return { index, count };
}

/**
 * The articles of one shard. The share is decided by a hash of the text extraction reads, so it does not depend on
 * the order or number of files, every machine agrees on it, and articles with the same text (one cache entry) fall
 * into the same shard.
 */
export function shardArticles(articles: readonly Article[], shard: Shard): Article[] {
  return articles.filter(
    (a) => createHash('sha256').update(a.prose).digest().readUInt32BE(0) % shard.count === shard.index - 1,
  );
}
