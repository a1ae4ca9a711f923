/**
 * A name only ever written before the noun of a disease or a variant it names ("Quillton disease", "Stevens–Vask
 * syndrome", "the Zorb virus"): the condition's name, not a person's, a group's or a place's. Used by the page-junk
 * layer (dropPageJunk.ts).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { wordSet } from '../../lang/lexicon.ts';

interface Occ {
  last: number;
}

/** Lower-case nouns of conditions named after a person or a place. */
const CONDITION_NOUNS = wordSet(
  'disease diseases syndrome syndromes virus viruses fever disorder disorders palsy sarcoma lymphoma variant variants',
);

/** True when every occurrence stands right before a lower-case noun of a condition. */
export function isNamedCondition(ctx: DocContext, c: { occurrences: readonly Occ[] }): boolean {
  const t = ctx.tokens;
  return (
    c.occurrences.length > 0 &&
    c.occurrences.every((o) => {
      const next = t[o.last + 1];
      return !!next && next.kind === 'word' && !next.cap && CONDITION_NOUNS.has(next.lower);
    })
  );
}
