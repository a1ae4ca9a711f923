/**
 * An outlet and its web address ("Eslin Radio" or "ERN" and "ernnews.com"): a group named by a bare domain joins the
 * one group of the corpus whose name (its letters run together) or acronym is the domain's first label, alone or
 * followed by a medium's word ("ernnews", "ern-online", "erntv"). With no such group, or two, it stays apart.
 */
import { nameKey } from '../lang/keys.ts';

interface Named {
  entity: { name: string; type: string; aliases: readonly string[] };
}

/** A bare web domain: "ernnews.com", "www.ern.org". */
const DOMAIN =
  /^(?:www\.)?([a-z0-9][a-z0-9-]*)(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|info|co|io|tv|news|[a-z]{2})$/i;

/** What may follow an outlet's name in its domain's first label. */
const MEDIA_REST = new Set(['', 'news', 'online', 'tv', 'radio', 'daily', 'media', 'web', 'now', 'live', 'hq']);

/** The first label of a bare domain, lower case, or undefined. */
export function domainLabel(name: string): string | undefined {
  const m = DOMAIN.exec(name.trim());
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Join each domain-named node to the one group whose run-together name or acronym its first label starts with. */
export function joinDomains<N extends Named>(
  nodes: readonly N[],
  find: (i: number) => number,
  union: (a: number, b: number) => void,
): void {
  const domains: { node: number; label: string }[] = [];
  nodes.forEach((node, i) => {
    if (node.entity.type === 'person') return;
    const label = domainLabel(node.entity.name);
    if (label) domains.push({ node: i, label });
  });
  if (domains.length === 0) return;
  // each group by its name's letters run together ("eslinradio", "ern")
  const byRun = new Map<string, Set<number>>();
  nodes.forEach((node, i) => {
    if (node.entity.type !== 'group') return;
    for (const form of [node.entity.name, ...node.entity.aliases]) {
      if (domainLabel(form)) continue;
      const run = nameKey(form).replace(/[^\p{L}\p{N}]/gu, '');
      if (run.length < 2) continue;
      const set = byRun.get(run) ?? new Set<number>();
      set.add(i);
      byRun.set(run, set);
    }
  });
  for (const { node, label } of domains) {
    const plain = label.replace(/-/g, '');
    const roots = new Set<number>();
    for (let k = 2; k <= plain.length; k++) {
      if (!MEDIA_REST.has(plain.slice(k))) continue;
      for (const j of byRun.get(plain.slice(0, k)) ?? []) if (find(j) !== find(node)) roots.add(find(j));
    }
    if (roots.size === 1) union(node, [...roots][0]!);
  }
}
