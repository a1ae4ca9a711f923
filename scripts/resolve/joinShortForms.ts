/**
 * A body's short name inside its long one, in one article: "Quorn Center" and "Edwin Quorn Center for Coastal
 * Studies", "Economic Court" and "Eslin Economic Court", "National Bank" and "National Bank of Eslandia". The short
 * name (two words or more, of the same type, no person's) is a run of the long one's words that ends with the long
 * one's head (its last word, or the word before its first "of", "for"…), so that a place named after "of" ("Eslandia"
 * of "Bank of Eslandia") or a name the long one starts with ("New Eslin" of "New Eslin Times") is no short form; and
 * what it leaves out before it is a demonym or a given name (the "Edwin" of a person the body is named
 * after), never a word of the name itself ("Western Railway" is no short form of "South Western Railway"). It joins
 * when the article has exactly one such long name.
 */
import { lookupDemonym } from '../lang/gazetteer.ts';
import { nameKey } from '../lang/keys.ts';
import { getLexicons } from '../lang/lexicon.ts';

interface Named {
  article: string;
  entity: { name: string; type: string; aliases: readonly string[] };
}

/** Words that join a head to what follows it in a body's name. */
const CONNECTORS = new Set(['of', 'for', 'on', 'de', 'du', 'des', 'del', 'della', 'di']);

/** The keys of every run of a long name's words that ends with its head and could be its short form. */
export function shortFormKeys(name: string): string[] {
  const words = nameKey(name).split(' ');
  if (words.length < 3) return [];
  const connector = words.findIndex((w, k) => k >= 1 && CONNECTORS.has(w));
  const head = connector > 0 ? connector - 1 : words.length - 1;
  const out: string[] = [];
  for (let s = 0; s <= head - 1; s++) {
    if (s > 0 && !qualifies(words.slice(0, s))) continue;
    const run = words.slice(s, head + 1);
    if (run.length >= 2 && run.length < words.length) out.push(run.join(' '));
  }
  return out;
}

/**
 * Words a body's name may put before its short name: a demonym, a person's given name; never a place ("Democratic
 * Party" is not the "Eslin Democratic Party", as in one article: resolveDocAliases.ts).
 */
function qualifies(words: string[]): boolean {
  const text = words.join(' ');
  return !!lookupDemonym(text) || (words.length === 1 && getLexicons().firstNames.has(text));
}

export function joinShortForms<N extends Named>(
  nodes: readonly N[],
  find: (i: number) => number,
  union: (a: number, b: number) => void,
): void {
  // article|type|short key → the nodes whose long names have that short form
  const longs = new Map<string, Set<number>>();
  nodes.forEach((node, i) => {
    const { type, name, aliases } = node.entity;
    if (type === 'person') return;
    for (const form of [name, ...aliases])
      for (const key of shortFormKeys(form)) {
        const k = `${node.article}|${type}|${key}`;
        longs.set(k, (longs.get(k) ?? new Set()).add(i));
      }
  });
  if (longs.size === 0) return;
  nodes.forEach((node, i) => {
    const { type, name } = node.entity;
    if (type === 'person') return;
    const key = nameKey(name);
    if (!key.includes(' ')) return;
    const candidates = longs.get(`${node.article}|${type}|${key}`);
    if (!candidates) return;
    const roots = new Set([...candidates].map(find));
    roots.delete(find(i));
    if (roots.size === 1) union(i, [...roots][0]!);
  });
}
