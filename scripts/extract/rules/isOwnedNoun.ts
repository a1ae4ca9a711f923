/**
 * A one-word common noun taken for a name because the page capitalises it or writes it as an acronym ("call your GP",
 * "an AI that writes", "each Dockerfile"), used by the page-junk layer (dropPageJunk.ts): every occurrence follows a
 * determiner, and at least one a determiner other than "the" ("your", "a", "every"; not "its" or "their", which a
 * body's own office takes: "its Senate"): a person's, a group's or a place's name takes "the" at most ("the Quillbury Times"),
 * never "your" or "a". No occurrence may run on into a capitalised word, speak, own ("X's") or follow a title; a
 * given name and a name either gazetteer knows are kept.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { FUNCTION_WORDS, getLexicons, PERSON_CUE_AFTER, TITLE_HEADS } from '../../lang/lexicon.ts';
import { organisations, orgKey } from '../../lang/organisations.ts';

interface Occ {
  first: number;
  last: number;
  end: number;
}

/** Determiners before a common noun that no name takes. */
const NOT_THE = new Set('a an my your every each any no another either neither such'.split(' '));

export function isOwnedNoun(
  ctx: DocContext,
  c: { type: string; forms: ReadonlyMap<string, number>; occurrences: readonly Occ[]; place?: unknown },
): boolean {
  // a building or an office of a body's own ("its Capitol") is a place all the same
  if (c.type === 'place') return false;
  const forms = [...c.forms.keys()];
  if (forms.some((f) => /\s/.test(f))) return false;
  const firstNames = getLexicons().firstNames;
  // a code that is also a country's ("GP") is common enough not to ask the place gazetteer
  for (const f of forms) if (firstNames.has(f.toLowerCase()) || organisations().has(orgKey(f))) return false;
  const t = ctx.tokens;
  let owned = false;
  for (const o of c.occurrences) {
    const before = t[o.first - 1];
    if (!before || before.kind !== 'word') return false;
    if (before.lower !== 'the' && !NOT_THE.has(before.lower)) return false;
    if (before.lower !== 'the') owned = true;
    const next = t[o.last + 1];
    // the name is the noun phrase's head: a word after it other than a function word makes it a modifier ("a Quillo
    // group", "your Quillo account"), which a name can be
    if (next?.kind === 'word' && (!FUNCTION_WORDS.has(next.lower) || PERSON_CUE_AFTER.has(next.lower))) return false;
    if (next?.norm === ',' && t[o.last + 2]?.lower === 'who') return false;
    if (/^['’]s?(?![\p{L}\p{N}])/u.test(ctx.text.slice(o.end, o.end + 3))) return false;
    if (TITLE_HEADS.has(t[o.first - 2]?.lower ?? '')) return false;
  }
  return owned;
}
