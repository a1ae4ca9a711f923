/**
 * Layer (after the tagger, per document): a name given with an age is a person's. "Jane R., age 10", "Jane, aged 7"
 * anywhere, and a signature line "—Jane R., 10" (a dash or nothing before the name, the age ending the line), as
 * readers' letters, jokes and quotes are signed. The name is a person even where the tagger took a given name for a
 * place or a group ("Carolina, age 8") or missed it: then it becomes a person's mention.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Cluster } from './resolveDocAliases.ts';
import { addOccurrence, clusterOf, ruleMention } from './ruleClusters.ts';
import { getLexicons, isCommonWord } from '../../lang/lexicon.ts';

/** Words between the comma and the age: "Jane, age 10", "Jane, aged 7". */
const AGE_WORDS = new Set(['age', 'aged']);

/** Dashes that open a signature line. */
const DASHES = new Set(['—', '–', '-', '―', '~']);

/** Words that make the name before an age a place: "from Quillby, age 10". */
const PLACING = new Set(['in', 'of', 'from', 'at', 'near', 'to', 'outside', 'for']);

/** Oldest age read as one. */
const MAX_AGE = 120;

/** Longest name before an age, in tokens. */
const MAX_NAME = 4;

/** The clusters, with each name given an age a person's: retyped, or added when nothing took it. */
export function typeAgedPeople(ctx: DocContext, clusters: Cluster[]): Cluster[] {
  const t = ctx.tokens;
  const spans: { first: number; last: number }[] = [];
  for (let i = 2; i < t.length; i++) {
    const age = t[i]!;
    if (age.kind !== 'number' || !/^\d{1,3}$/.test(age.text) || Number(age.text) > MAX_AGE) continue;
    let comma = i - 1;
    const worded = AGE_WORDS.has(t[comma]!.lower);
    if (worded) comma--;
    if (t[comma]?.norm !== ',') continue;
    const name = nameBefore(ctx, comma - 1);
    if (!name) continue;
    // without "age", only a signature line: the name opens the line (after a dash) and the age ends it
    if (!worded && !(signatureStart(ctx, name.first) && (i + 1 === t.length || t[i + 1]!.lineStart))) continue;
    spans.push(name);
  }
  if (spans.length === 0) return clusters;
  const added = new Map<string, Cluster>();
  for (const s of spans) {
    const holder = clusters.find((c) => c.occurrences.some((o) => o.first <= s.last && s.first <= o.last));
    if (holder) {
      holder.type = 'person';
      continue;
    }
    const o = ruleMention(ctx, s.first, s.last, { person: 1, group: 0, place: 0 });
    const known = added.get(o.text);
    if (known) addOccurrence(known, o);
    else added.set(o.text, clusterOf(o, 'person'));
  }
  return added.size === 0 ? clusters : [...clusters, ...added.values()];
}

/** The capitalised name (given names, initials) ending at token `last`, on one line; none if it is common words. */
function nameBefore(ctx: DocContext, last: number): { first: number; last: number } | undefined {
  const t = ctx.tokens;
  const firstNames = getLexicons().firstNames;
  let first = last + 1;
  while (first - 1 >= 0 && last - first + 1 < MAX_NAME) {
    const u = t[first - 1]!;
    if (u.kind !== 'word' || !u.cap) break;
    first--;
    if (u.lineStart) break;
  }
  if (first > last) return undefined;
  // "a boy from Quillby, age 10": the name after a preposition is where the person is from
  if (PLACING.has(t[first - 1]?.lower ?? '')) return undefined;
  // "Monday, age 10" no; a given name or a word that is no common word
  const named = t
    .slice(first, last + 1)
    .some((u) => firstNames.has(u.lower) || (!isCommonWord(u.lower) && !/^\p{Lu}\.?$/u.test(u.text)));
  return named ? { first, last } : undefined;
}

/** Does the name open its line, after a dash or nothing? */
function signatureStart(ctx: DocContext, first: number): boolean {
  const t = ctx.tokens;
  if (t[first]!.lineStart) return true;
  return first > 0 && DASHES.has(t[first - 1]!.norm) && t[first - 1]!.lineStart;
}
