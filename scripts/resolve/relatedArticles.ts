/**
 * Whether an article is about the same things as an entity's articles: they name other entities in common. A name
 * of one word is weak evidence of identity on its own ("Elliott" in a game's wiki page and "Joe Elliott" in a list of
 * singers); across articles it joins a person only where the articles are related.
 */

/** The entities (union-find roots) each article names, and each entity's articles, as the run stands when asked. */
export interface Relatedness {
  /** Whether `article` names the entity of node `node`, or other entities that its articles name. */
  related: (article: string, node: number) => boolean;
  /** How many entities two articles both name. */
  shared: (a: string, b: string) => number;
}

/** How many entities an article must name in common with an entity's articles to be related: one may be chance ("TV"). */
const MIN_SHARED = 2;

interface Named {
  article: string;
}

/**
 * Build the relatedness test over the nodes that count as evidence (`counts`: not the lone names being placed).
 * Entities are read with `find` once, when this is built: call it after the merges that relatedness should see; later
 * merges do not change its answers.
 */
export function relatedArticles<N extends Named>(
  nodes: readonly N[],
  find: (i: number) => number,
  counts: (node: N, i: number) => boolean,
  minShared = MIN_SHARED,
): Relatedness {
  const rootsOf = new Map<string, Set<number>>();
  const articlesOf = new Map<number, Set<string>>();
  const rootAt = nodes.map((_, i) => find(i));
  nodes.forEach((node, i) => {
    if (!counts(node, i)) return;
    const root = rootAt[i]!;
    add(rootsOf, node.article, root);
    add(articlesOf, root, node.article);
  });
  // what the articles of one entity name, all together: made once per entity asked about
  const around = new Map<number, Set<number>>();
  const neighbours = (root: number): Set<number> => {
    let set = around.get(root);
    if (!set) {
      set = new Set<number>();
      for (const article of articlesOf.get(root) ?? []) for (const r of rootsOf.get(article) ?? []) set.add(r);
      around.set(root, set);
    }
    return set;
  };
  return {
    related(article, node) {
      const root = rootAt[node]!;
      if (articlesOf.get(root)?.has(article)) return true;
      const near = neighbours(root);
      let shared = 0;
      for (const r of rootsOf.get(article) ?? []) if (r !== root && near.has(r) && ++shared >= minShared) return true;
      return false;
    },
    shared(a, b) {
      const other = rootsOf.get(b);
      let n = 0;
      if (other) for (const r of rootsOf.get(a) ?? []) if (other.has(r)) n++;
      return n;
    },
  };
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
