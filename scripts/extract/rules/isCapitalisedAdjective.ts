/**
 * A capitalised adjective taken for a name ("Northern greenhouses", "the six-member Congressional delegation"), used
 * by the page-junk layer (dropPageJunk.ts): one common English word with an adjective's ending, written before a
 * lower-case noun every time, and no place or organisation the gazetteers know. A region's or a
 * body's adjective before a noun is MISC in the guidelines ("the Baltic island"), not a name of ours.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { TAG } from '../analyse/tagWithCompromise.ts';
import { isEnglishWord } from '../../lang/lexicon.ts';
import { lookupPlace } from '../../lang/gazetteer.ts';
import { organisations, orgKey } from '../../lang/organisations.ts';

interface Occ {
  first: number;
  last: number;
}

/** Endings of adjectives made from nouns: "Northern", "Congressional", "Atlantic", "Parisian". */
const ADJECTIVE_ENDING = /(?:ern|al|ic|ical|ian|ean|ive|ary|ous)$/;

export function isCapitalisedAdjective(
  ctx: DocContext,
  c: { forms: ReadonlyMap<string, number>; occurrences: readonly Occ[]; place?: unknown },
): boolean {
  if (c.place || c.forms.size !== 1) return false;
  const form = [...c.forms.keys()][0]!;
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(form) || !ADJECTIVE_ENDING.test(form) || !isEnglishWord(form.toLowerCase()))
    return false;
  if (lookupPlace(form) || organisations().has(orgKey(form))) return false;
  const t = ctx.tokens;
  return c.occurrences.every((o) => {
    const next = t[o.last + 1];
    return (
      o.first === o.last &&
      next?.kind === 'word' &&
      !next.cap &&
      /^\p{Ll}+$/u.test(next.norm) &&
      (ctx.tags[o.last + 1]! & TAG.noun) !== 0
    );
  });
}
