/**
 * Which pool documents go into the annotated corpus, and which of them form the held-out dev slice.
 * Deterministic: documents are ordered by the sha256 of their id, never by content.
 *   - every sport document, all modern news (Wikinews, VOA newscasts 2020-21, VOA Learning English);
 *   - then VOA (GMB) documents in hash order, stratified by topic, until the corpus reaches `targetTokens`;
 *   - the dev slice: modern news in hash order until `devTokens` (never used for training).
 */
import { countTokens, sha256, type PoolDoc } from '../corpora/pool.ts';

export interface Options {
  targetTokens: number;
  devTokens: number;
}

export const defaultOptions: Options = { targetTokens: 176_000, devTokens: 20_000 };

export interface Selection {
  train: PoolDoc[];
  dev: PoolDoc[];
}

const isModern = (d: PoolDoc): boolean => !d.id.startsWith('voagmb-');
const byHash = (a: PoolDoc, b: PoolDoc): number => (sha256(a.id) < sha256(b.id) ? -1 : 1);

export function selectDocuments(pool: readonly PoolDoc[], options: Partial<Options> = {}): Selection {
  const opts = { ...defaultOptions, ...options };
  const tokens = new Map(pool.map((d) => [d.id, countTokens(d.text)]));
  const chosen = new Set<string>();
  let total = 0;
  const take = (d: PoolDoc): void => {
    if (chosen.has(d.id)) return;
    chosen.add(d.id);
    total += tokens.get(d.id)!;
  };
  for (const d of pool) if (d.topic === 'sport' || isModern(d)) take(d);
  // GMB by topic, round-robin in hash order, so every kind of story is in
  const byTopic = new Map<string, PoolDoc[]>();
  for (const d of [...pool].sort(byHash)) {
    if (chosen.has(d.id)) continue;
    const list = byTopic.get(d.topic) ?? [];
    list.push(d);
    byTopic.set(d.topic, list);
  }
  // weight topics by their share of the pool
  const queues = [...byTopic.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const share = new Map(queues.map(([t, l]) => [t, l.length]));
  const taken = new Map(queues.map(([t]) => [t, 0]));
  while (total < opts.targetTokens) {
    let best: string | undefined;
    let bestRatio = Infinity;
    for (const [t, list] of queues) {
      if (taken.get(t)! >= list.length) continue;
      const ratio = taken.get(t)! / share.get(t)!;
      if (ratio < bestRatio) {
        bestRatio = ratio;
        best = t;
      }
    }
    if (best === undefined) break;
    const list = byTopic.get(best)!;
    take(list[taken.get(best)!]!);
    taken.set(best, taken.get(best)! + 1);
  }
  const dev: PoolDoc[] = [];
  let devTotal = 0;
  const modern = pool.filter((d) => isModern(d) && chosen.has(d.id) && d.topic !== 'sport').sort(byHash);
  for (const d of modern) {
    if (devTotal >= opts.devTokens) break;
    dev.push(d);
    devTotal += tokens.get(d.id)!;
  }
  const devIds = new Set(dev.map((d) => d.id));
  const train = pool.filter((d) => chosen.has(d.id) && !devIds.has(d.id));
  return { train, dev: pool.filter((d) => devIds.has(d.id)) };
}
