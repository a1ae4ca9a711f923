/**
 * Recall from the open gazetteer of organisations: a listed name written out in running text that neither the
 * tagger nor the rules took becomes a group's mention, but only where a listed name is unlikely to be anything
 * else: two words or more in the text ("Harlow Vantry United"; one word in capitals only with
 * `capitals`); never a name flagged as a common word, a place, a first name or a phrase of common words, never
 * on an all-caps headline line or a title-case line, and never a part of a name already found.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Cluster } from './resolveDocAliases.ts';
import { addOccurrence, clusterOf, ruleMention } from './ruleClusters.ts';
import { isCommonWord, isEnglishWord } from '../../lang/lexicon.ts';
import { type OrgFlag, type OrgGazetteer, orgKey, organisations } from '../../lang/organisations.ts';

export interface Options {
  /** The gazetteer to look names up in: the shipped one, or a small one a test makes. */
  gazetteer: () => OrgGazetteer;
  /** Longest listed name looked for, in tokens (words and the dots, commas and "&" between them). */
  maxTokens: number;
  /** Group evidence of a mention found this way. */
  weight: number;
  /**
   * Also one word in capitals ("KESTRAL"), of three letters or more and no English word. Off: on the saved pages its
   * only find was a time zone that a club's short name shares (BENCHMARKS.md).
   */
  capitals: boolean;
}

export const defaultOptions: Options = { gazetteer: organisations, maxTokens: 8, weight: 1, capitals: false };

/** Lower-case words inside a name that may join its capitalised words ("Bank of Acme", "Roe & Doe"). */
const INSIDE = new Set(['of', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'del', 'di', 'da', 'the', 'y', 'et']);

/** The flags of a listed name that may be something else: a common word, a place, a first name, common words. */
const ELSEWHERE: readonly OrgFlag[] = ['w', 'p', 'n', 'c'];

const firstWordsCache = new WeakMap<OrgGazetteer, Set<string>>();

/** The first words of the listed names, to skip at once the tokens that start none. */
function firstWords(gazetteer: OrgGazetteer): Set<string> {
  let words = firstWordsCache.get(gazetteer);
  if (!words) {
    words = new Set([...gazetteer.keys()].map((k) => k.split(' ')[0]!));
    firstWordsCache.set(gazetteer, words);
  }
  return words;
}

/** The clusters, and one more for each listed organisation found in the text outside their occurrences. */
export function findListedOrganisations(
  ctx: DocContext,
  clusters: Cluster[],
  options: Partial<Options> = {},
): Cluster[] {
  const opts = { ...defaultOptions, ...options };
  const gazetteer = opts.gazetteer();
  const starts = firstWords(gazetteer);
  const { tokens, text } = ctx;
  const covered = new Uint8Array(tokens.length);
  for (const c of clusters) for (const o of c.occurrences) covered.fill(1, o.first, o.last + 1);
  const byKey = new Map<string, Cluster>();
  const added: Cluster[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || t.kind !== 'word' || !t.cap || ctx.headline[i] === 1 || ctx.titleLine[i] === 1) continue;
    if (!starts.has(orgKey(t.text))) continue;
    // the longest listed name starting here, over capitalised words and what may stand between them
    let found: { last: number; key: string; words: number } | undefined;
    let words = 0;
    for (let j = i; j < tokens.length && j < i + opts.maxTokens && !covered[j]; j++) {
      const u = tokens[j]!;
      if (u.kind === 'word') {
        if (!u.cap && !INSIDE.has(u.lower)) break;
        words++;
      } else if (!/^[.,&'’-]$/.test(u.text)) break;
      if (u.kind !== 'word' || !u.cap) continue;
      const key = orgKey(text.slice(t.start, u.end));
      const entry = gazetteer.get(key);
      if (!entry || ELSEWHERE.some((f) => entry.flags.has(f))) continue;
      found = { last: j, key, words };
    }
    if (!found || !(found.words >= 2 || (opts.capitals && shouted(t.text)))) continue;
    const o = ruleMention(ctx, i, found.last, { person: 0, group: opts.weight, place: 0 });
    covered.fill(1, i, found.last + 1);
    const c = byKey.get(found.key);
    if (c) {
      addOccurrence(c, o);
      continue;
    }
    const cluster = clusterOf(o, 'group');
    byKey.set(found.key, cluster);
    added.push(cluster);
  }
  return added.length === 0 ? clusters : [...clusters, ...added];
}

/** One word in capitals, three letters or more, that is no English word. */
function shouted(w: string): boolean {
  const lower = w.toLowerCase();
  return /^\p{Lu}{3,}$/u.test(w) && !isCommonWord(lower) && !isEnglishWord(lower);
}
