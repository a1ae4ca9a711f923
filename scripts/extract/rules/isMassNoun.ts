/**
 * A name used as a mass noun ("buy some Quillcoin, then sell that Quillcoin"), used by the page-junk layer
 * (dropPageJunk.ts): one occurrence or more stands after a quantifier ("some", "much", "enough", "less") and
 * ends its noun phrase (no lower-case noun after it, as in "some Quillex shares"), and no occurrence speaks, owns or
 * follows a title. A person, a body or a place is not counted out in quantities; a currency, a substance or a
 * commodity is (currencies are not tagged in the guidelines).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { PERSON_CUE_AFTER, TITLE_HEADS } from '../../lang/lexicon.ts';
import { lookupDemonym, lookupPlace } from '../../lang/gazetteer.ts';

interface Occ {
  first: number;
  last: number;
  end: number;
}

/** Not "any": "there was no longer any Quillish Union" names a state that is gone. */
const QUANTIFIERS = new Set(['some', 'much', 'enough', 'less']);

export function isMassNoun(
  ctx: DocContext,
  c: { forms: ReadonlyMap<string, number>; occurrences: readonly Occ[]; place?: unknown },
): boolean {
  if (c.place) return false;
  const forms = [...c.forms.keys()];
  if (forms.some((f) => lookupPlace(f) || lookupDemonym(f))) return false;
  const t = ctx.tokens;
  const lowerWord = (i: number) => (t[i]?.kind === 'word' && !t[i]!.cap ? t[i]!.lower : '');
  let mass = 0;
  for (const o of c.occurrences) {
    const after = lowerWord(o.last + 1);
    if (PERSON_CUE_AFTER.has(after) || /^['’]s?(?![\p{L}\p{N}])/u.test(ctx.text.slice(o.end, o.end + 3))) return false;
    if (TITLE_HEADS.has(t[o.first - 1]?.lower ?? '')) return false;
    if (
      QUANTIFIERS.has(lowerWord(o.first - 1)) &&
      (after === '' || /^(?:and|or|for|to|with|from|in|on|at|is|was)$/.test(after))
    )
      mass++;
  }
  return mass > 0;
}
