/** The real text `check:corpus` runs on: the open-news pool and CoNLL-2003 dev, read from ../shared, never copied. */
import { existsSync } from 'node:fs';
import { readConllDev, readPool } from './pool.ts';
import { POOL_FILE, CONLL_DEV } from './pool.ts';
import type { CorpusDoc } from '../check/checkCorpus.ts';

export const sharedAvailable = (): boolean => existsSync(POOL_FILE) && existsSync(CONLL_DEV);

/** Every document, or every `every`-th one (a fixed sample). */
export function corpusDocs(every = 1): CorpusDoc[] {
  const pool = readPool().map((d) => ({ id: d.id, text: d.text }));
  const conll = readConllDev().map((d) => ({ id: d.id, text: d.text }));
  return [...pool, ...conll].filter((_, i) => i % every === 0);
}
