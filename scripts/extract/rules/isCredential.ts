/**
 * An academic or professional credential after a person's name ("Ann Vask, MD, MPH, Deputy Editor"): no name of a
 * group. Used by the page-junk layer (dropPageJunk.ts).
 * Every occurrence is one capitalised abbreviation after a comma, right after a degree of the list ("MD, MSCE") or,
 * itself a degree of the list, right after a capitalised word ("Vask, MPH").
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { wordSet } from '../../lang/lexicon.ts';

interface Occ {
  first: number;
  last: number;
  text: string;
}

/** Degrees and professional letters written after a name, without dots. */
const DEGREES = wordSet(
  'MD PhD DO RN NP PA MBA MPH MPA MPP MS MSc MA BA BS BSc BSN MSN JD LLM DDS DMD DVM PharmD DrPH ScD MHS MSCE FACP FRCP FRCS MRCP FACS CPA',
);

export function isCredential(
  ctx: DocContext,
  c: { forms: ReadonlyMap<string, number>; occurrences: readonly Occ[] },
): boolean {
  const t = ctx.tokens;
  return (
    c.occurrences.length > 0 &&
    c.occurrences.every((o) => {
      if (o.first !== o.last || !/^\p{Lu}[\p{Lu}\p{Ll}]{1,5}$/u.test(o.text) || !/\p{Lu}$/u.test(o.text)) return false;
      const comma = t[o.first - 1];
      const before = t[o.first - 2];
      if (comma?.norm !== ',' || !before || before.kind !== 'word' || !before.cap) return false;
      return DEGREES.has(before.text) || DEGREES.has(o.text);
    })
  );
}
