/**
 * The relations of a process that builds again and again (the warm build of `npm start`), added up again only where
 * a build changed them: `sumPairs` over every article's pairs gives the same list, but a save that changes one
 * article's pairs only makes again the relations of the pairs that article named before or names now, each from the
 * articles that name it, in article order (so weights, counts and evidence come out exactly as `sumPairs` gives
 * them); every other relation is the last build's object, in the last build's order.
 */
import type { Relation } from '../core/types/evidence.ts';
import { byStrength, keyOf, type PairEvidence, sumPairs } from './relateEntities.ts';

/** What the last build added up: the articles' pairs it was given, and what they gave. */
interface Sums {
  /** Article ids, in order. */
  ids: readonly string[];
  /** Each article's pairs, as given (the same list while the article's link is kept). */
  lists: readonly (readonly PairEvidence[])[];
  /** Each relation by its pair's key. */
  byKey: Map<string, Relation>;
  /** The articles (indexes, ascending) that name each pair. */
  where: Map<string, number[]>;
  /** The relations, strongest first: sumPairs's order. */
  sorted: Relation[];
}

export interface RelationMemo {
  last: Sums | undefined;
  /**
   * What the last call changed, when it added up only what changed: the list it started from, and the entities of
   * every relation made again or gone (every other relation is the same object, in the same order).
   */
  change: { from: readonly Relation[]; entities: ReadonlySet<string> } | undefined;
  /** An article's pairs by pair key, in reading order, per list of pairs. */
  byPair: WeakMap<readonly PairEvidence[], Map<string, PairEvidence[]>>;
}

export function createRelationMemo(): RelationMemo {
  return { last: undefined, change: undefined, byPair: new WeakMap() };
}

/** Every article's pairs (in article order, with the articles' ids) added up into relations, as sumPairs does. */
export function updateRelations(
  ids: readonly string[],
  lists: readonly (readonly PairEvidence[])[],
  memo: RelationMemo,
): Relation[] {
  const last = memo.last;
  const sameArticles = last !== undefined && last.ids.length === ids.length && last.ids.every((id, i) => id === ids[i]);
  memo.change = undefined;
  if (!sameArticles) {
    memo.last = addUpAll(ids, lists, memo);
    return memo.last.sorted;
  }
  const changed: number[] = [];
  for (let i = 0; i < lists.length; i++) if (lists[i] !== last.lists[i]) changed.push(i);
  if (changed.length === 0) {
    memo.change = { from: last.sorted, entities: new Set() };
    return last.sorted;
  }
  const where = last.where;
  const affected = new Set<string>();
  for (const i of changed) {
    for (const key of pairsByKey(last.lists[i]!, memo).keys()) {
      affected.add(key);
      const list = where.get(key)!;
      list.splice(list.indexOf(i), 1);
      if (list.length === 0) where.delete(key);
    }
    for (const key of pairsByKey(lists[i]!, memo).keys()) {
      affected.add(key);
      const list = where.get(key);
      if (!list) where.set(key, [i]);
      else list.splice(insertionPoint(list, i), 0, i);
    }
  }
  const byKey = last.byKey;
  const fresh: Relation[] = [];
  const entities = new Set<string>();
  for (const key of affected) {
    const [a, b] = key.split('\u0000');
    entities.add(a!).add(b!);
    const articles = where.get(key);
    if (!articles) {
      byKey.delete(key);
      continue;
    }
    // sumPairs restricted to this one pair
    const relation = sumPairs([articles.flatMap((i) => pairsByKey(lists[i]!, memo).get(key)!)])[0]!;
    byKey.set(key, relation);
    fresh.push(relation);
  }
  fresh.sort(byStrength);
  const kept = last.sorted.filter((r) => !affected.has(keyOf(r.source, r.target)));
  memo.change = { from: last.sorted, entities };
  memo.last = { ids, lists, byKey, where, sorted: merge(kept, fresh) };
  return memo.last.sorted;
}

/** Every pair added up from nothing, with the index of the articles that name each. */
function addUpAll(ids: readonly string[], lists: readonly (readonly PairEvidence[])[], memo: RelationMemo): Sums {
  const where = new Map<string, number[]>();
  lists.forEach((list, i) => {
    for (const key of pairsByKey(list, memo).keys()) {
      const found = where.get(key);
      if (found) found.push(i);
      else where.set(key, [i]);
    }
  });
  const sorted = sumPairs(lists);
  const byKey = new Map(sorted.map((r) => [keyOf(r.source, r.target), r]));
  return { ids, lists, byKey, where, sorted };
}

/** An article's pairs grouped by pair, in reading order (made once per list). */
function pairsByKey(list: readonly PairEvidence[], memo: RelationMemo): Map<string, PairEvidence[]> {
  let grouped = memo.byPair.get(list);
  if (!grouped) {
    grouped = new Map();
    for (const p of list) {
      const key = keyOf(p.a, p.b);
      const found = grouped.get(key);
      if (found) found.push(p);
      else grouped.set(key, [p]);
    }
    memo.byPair.set(list, grouped);
  }
  return grouped;
}

/** Where `value` goes in an ascending list. */
function insertionPoint(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Two lists in sumPairs's order, merged into one. */
function merge(a: readonly Relation[], b: readonly Relation[]): Relation[] {
  const out: Relation[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = byStrength(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
