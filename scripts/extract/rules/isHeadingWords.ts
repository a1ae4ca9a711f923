/**
 * Common words of a heading taken for a name ("2. Choose the Right Location", "Free Printable Artwork", "Do Voters
 * Choose Presidential Nominees?"), used by the page-junk layer (dropPageJunk.ts): every occurrence stands on a heading
 * line (twelve words at most, every word of four letters or more capitalised, no comma, no full stop at its end; a
 * leading number allowed), no person's given name first (in a name of one or two words), every word of the name is a common English word that the running text never capitalises inside
 * a sentence, none is a body's, a place's or a title's head word, and neither gazetteer knows the name. A heading's
 * name that is a name (a person, a town) is capitalised in the running text too, or is no common word.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { FUNCTION_WORDS, getLexicons, isEnglishWord, ORG_HEADS, PLACE_HEADS, TITLE_HEADS } from '../../lang/lexicon.ts';
import { lookupPlace } from '../../lang/gazetteer.ts';
import { organisations, orgKey } from '../../lang/organisations.ts';

interface Occ {
  first: number;
  last: number;
}

/** 1 where the token is on a heading line. */
export function headingLines(ctx: DocContext): Uint8Array {
  const t = ctx.tokens;
  const out = new Uint8Array(t.length);
  let line = 0;
  for (let i = 1; i <= t.length; i++) {
    if (i < t.length && !t[i]!.lineStart) continue;
    let words = 0;
    let heading = true;
    let last = i - 1;
    while (last > line && t[last]!.kind !== 'word' && t[last]!.norm !== '.') last--;
    if (t[last]!.norm === '.' || t[last]!.norm.endsWith('.')) heading = false;
    for (let k = line; k < i && heading; k++) {
      const x = t[k]!;
      // a comma makes a line a list of names ("Jane Roe, Quill of Conformity"), not a heading
      if (x.norm === ',') heading = false;
      if (x.kind !== 'word') continue;
      words++;
      if (/^\p{Ll}/u.test(x.norm) && x.norm.length >= 4) heading = false;
    }
    if (heading && words > 0 && words <= 12) out.fill(1, line, i);
    line = i;
  }
  return out;
}

export function isHeadingWords(
  ctx: DocContext,
  c: { type: string; forms: ReadonlyMap<string, number>; occurrences: readonly Occ[]; place?: unknown },
  heading: Uint8Array,
): boolean {
  if (c.place) return false;
  if (!c.occurrences.every((o) => heading[o.first] === 1)) return false;
  const firstNames = getLexicons().firstNames;
  return [...c.forms.keys()].every((f) => {
    // a list's line may be a person's name alone ("52. Rob Quill")
    const words = f.split(/\s+/);
    if (c.type === 'person' && words.length < 3 && firstNames.has(words[0]!.toLowerCase())) return false;
    if (lookupPlace(f) || organisations().has(orgKey(f))) return false;
    return words
      .map((w) => w.toLowerCase())
      .every(
        (w) =>
          FUNCTION_WORDS.has(w) ||
          (/^\p{Ll}+$/u.test(w) &&
            isEnglishWord(w) &&
            !ctx.bodyCaps.has(w) &&
            !ORG_HEADS.has(w) &&
            !PLACE_HEADS.has(w) &&
            !TITLE_HEADS.has(w)),
      );
  });
}
