/**
 * Layer (after the tagger, per document): a short name, not in capitals, in brackets right after a longer name whose
 * capitalised words it abbreviates ("the Quarn Alliance For Animal Rights and Kindness (Qaark)", "Velden Transit
 * Board (Vtb)") names the
 * same thing, so it takes the type of the name it abbreviates, in every mention in the document. The long name's
 * type is that of the cluster whose mention ends at the bracket; one-word function words ("for", "of", "and", "the")
 * may be skipped by the initials.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { EntityType } from '../../core/types/common.ts';
import { wordSet } from '../../lang/lexicon.ts';

interface Occurrence {
  first: number;
  last: number;
  role?: string;
}

interface AbbreviatedCluster {
  type: EntityType;
  roles: readonly string[];
  occurrences: readonly Occurrence[];
}

const FUNCTION_WORDS = wordSet(`for of and the on in to de la du des del der`);

/** Retype, in place, the bracketed abbreviations by the names they abbreviate; returns the clusters. */
export function typeAbbreviations<C extends AbbreviatedCluster>(ctx: DocContext, clusters: C[]): C[] {
  const t = ctx.tokens;
  // the cluster of each mention's last token
  const endsAt = new Map<number, C>();
  for (const c of clusters) for (const o of c.occurrences) endsAt.set(o.last, c);
  for (const c of clusters) {
    if (c.roles.length > 0 || c.occurrences.some((o) => o.role)) continue;
    for (const o of c.occurrences) {
      if (o.first !== o.last || t[o.first - 1]?.norm !== '(' || t[o.last + 1]?.norm !== ')') continue;
      // an acronym in capitals is the in-document aliases' (resolveDocAliases.ts), which weigh more evidence
      if (t[o.first]!.allCaps) continue;
      const start = abbreviated(ctx, t[o.first]!.norm, o.first - 2);
      if (start < 0) continue;
      // the name the abbreviation spells out, or the part of it the tagger kept ("… For Animal" of "… For Animal
      // Rights and Kindness")
      let long: C | undefined;
      for (let i = o.first - 2; i >= start && !long; i--) long = endsAt.get(i);
      if (!long || long === c || long.type === c.type) continue;
      c.type = long.type;
      break;
    }
  }
  return clusters;
}

/**
 * The first token of the capitalised words ending at token `end` whose initials are the letters of `short` (each
 * word one letter; function words may be skipped or counted), or -1.
 */
function abbreviated(ctx: DocContext, short: string, end: number): number {
  const t = ctx.tokens;
  const letters = short.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters.length > 8) return -1;
  // the words before the bracket, nearest first, up to twice the letters
  const words: { w: string; i: number }[] = [];
  for (let i = end; i >= 0 && words.length < 2 * letters.length + 2; i--) {
    const x = t[i]!;
    if (x.kind !== 'word') {
      if (x.norm === '&' || x.norm === '-') continue;
      break;
    }
    if (!x.cap && !FUNCTION_WORDS.has(x.lower)) break;
    words.push({ w: x.lower, i });
  }
  // match the letters from the last back, the last word giving the last letter
  const match = (li: number, wi: number): number => {
    if (li < 0) return words[wi - 1]?.i ?? -1;
    if (wi >= words.length) return -1;
    const { w } = words[wi]!;
    if (w[0] === letters[li]) {
      const got = match(li - 1, wi + 1);
      if (got >= 0) return got;
    }
    return wi > 0 && FUNCTION_WORDS.has(w) ? match(li, wi + 1) : -1;
  };
  return match(letters.length - 1, 0);
}
