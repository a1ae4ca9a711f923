/**
 * A city written with its district's initials ("Eslin, E.C.T.") and the district spelt out ("Eslin Capital
 * Territory"): a place whose name ends in a dotted acronym joins the one place of the corpus whose initials that
 * acronym is, if there is exactly one.
 */
interface Named {
  entity: { name: string; type: string; aliases: readonly string[] };
}

/** A name ending in a dotted acronym after a comma or a space: "Eslin, E.C.T.", "Eslin E.C." → "ect", "ec". */
const DOTTED_TAIL = /[\s,]((?:\p{Lu}\.){2,4})$/u;

export function joinPlaceInitials<N extends Named>(
  nodes: readonly N[],
  find: (i: number) => number,
  union: (a: number, b: number) => void,
  /** A name's initials ("Eslin Capital Territory" → ["ect"]; resolveEntities.ts initialsOf). */
  initialsOf: (name: string) => string[],
): void {
  const tails: { node: number; initials: string }[] = [];
  nodes.forEach((node, i) => {
    if (node.entity.type !== 'place') return;
    const m = DOTTED_TAIL.exec(node.entity.name);
    if (m) tails.push({ node: i, initials: m[1]!.replace(/\./g, '').toLowerCase() });
  });
  if (tails.length === 0) return;
  const wanted = new Set(tails.map((t) => t.initials));
  const spelt = new Map<string, Set<number>>();
  nodes.forEach((node, i) => {
    if (node.entity.type !== 'place') return;
    for (const form of [node.entity.name, ...node.entity.aliases])
      for (const key of initialsOf(form)) if (wanted.has(key)) spelt.set(key, (spelt.get(key) ?? new Set()).add(i));
  });
  for (const { node, initials } of tails) {
    const roots = new Set([...(spelt.get(initials) ?? [])].map(find));
    roots.delete(find(node));
    if (roots.size === 1) union(node, [...roots][0]!);
  }
}
