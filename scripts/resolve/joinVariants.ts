/**
 * Spelling variants of one long name ("Anna Kowalczyk" and a typo of it, "Anna Kowalcyzk"): two names of the same
 * type whose words are the same but one, and that one a word of at least `minLetters` letters with the same first
 * letter and one letter added, dropped, changed or two neighbours swapped, are one entity (a name's aliases count as
 * its names, so that "Kowalcyzk" alone meets "Kowalczyk" of "Anna Kowalczyk"), when they are named in one
 * article or in related ones (relatedArticles.ts) and neither name has another such variant. A plural ("Xers" /
 * "Xer"), a number ("Unit 1" / "Unit 2") and two places the gazetteer knows apart are no typos.
 */
import { lookupPlace } from '../lang/gazetteer.ts';
import type { Relatedness } from './relatedArticles.ts';

export interface Options {
  /** Letters in the longer of the two differing words, at least. */
  minLetters: number;
}

export const defaultOptions: Options = { minLetters: 7 };

interface Named {
  article: string;
  entity: { name: string; type: string; aliases?: readonly string[] };
}

/** Join the nodes whose names are spelling variants of each other. */
export function joinVariants<N extends Named>(
  nodes: readonly N[],
  union: (a: number, b: number) => void,
  relatedness: Pick<Relatedness, 'related'>,
  options: Partial<Options> = {},
): void {
  const opts = { ...defaultOptions, ...options };
  // the distinct names, each with its nodes; indexed by type, word count, the other words and the first letter
  const byName = new Map<string, { words: string[]; type: string; nodes: number[] }>();
  nodes.forEach((node, i) => {
    // every form of the name: a lone surname's typo is a variant of the full name's surname alone ("Kowalcyzk")
    for (const form of new Set([node.entity.name, ...(node.entity.aliases ?? [])])) {
      const name = `${node.entity.type}|${form}`;
      const entry = byName.get(name) ?? { words: form.split(/\s+/), type: node.entity.type, nodes: [] };
      entry.nodes.push(i);
      byName.set(name, entry);
    }
  });
  const buckets = new Map<string, string[]>();
  for (const [name, { words, type }] of byName)
    words.forEach((w, k) => {
      if ([...w].length < opts.minLetters - 1 || !/^\p{L}+$/u.test(w)) return;
      const others = words.map((o, j) => (j === k ? `*${w[0]}` : o)).join(' ');
      const key = `${type}|${others}`;
      buckets.set(key, [...(buckets.get(key) ?? []), name]);
    });
  // each name's variants
  const variants = new Map<string, Set<string>>();
  for (const names of buckets.values()) {
    if (names.length < 2) continue;
    for (const a of names)
      for (const b of names)
        if (a < b && isVariant(byName.get(a)!.words, byName.get(b)!.words, opts.minLetters)) {
          variants.set(a, (variants.get(a) ?? new Set()).add(b));
          variants.set(b, (variants.get(b) ?? new Set()).add(a));
        }
  }
  for (const [a, near] of variants) {
    if (near.size !== 1) continue;
    const b = [...near][0]!;
    if (a > b || variants.get(b)!.size !== 1) continue;
    const left = byName.get(a)!.nodes;
    const right = byName.get(b)!.nodes;
    for (const i of left)
      for (const j of right)
        if (nodes[i]!.article === nodes[j]!.article || relatedness.related(nodes[i]!.article, j)) union(i, j);
  }
}

/** Whether two names (as words) differ in one long word by one edit, not in its first letter, nor as a plural. */
export function isVariant(a: readonly string[], b: readonly string[], minLetters: number): boolean {
  if (a.length !== b.length) return false;
  const differ = a.flatMap((w, i) => (w === b[i] ? [] : [i]));
  if (differ.length !== 1) return false;
  const x = a[differ[0]!]!;
  const y = b[differ[0]!]!;
  if (Math.max(x.length, y.length) < minLetters || x[0] !== y[0]) return false;
  const lx = x.toLowerCase();
  const ly = y.toLowerCase();
  if (lx === `${ly}s` || ly === `${lx}s` || !oneEdit(lx, ly)) return false;
  // two places the gazetteer knows apart ("Granada" is no typo of "Grenada")
  return !(lookupPlace(a.join(' ')) && lookupPlace(b.join(' ')));
}

/** One letter added, dropped or changed, or two neighbouring letters swapped. */
export function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(i) === long.slice(i + 1);
}
