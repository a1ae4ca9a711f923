/**
 * A state's name inside a legislator's party-and-state label ("(D-Calif.)", "(R-Quillo)", "[I-Vt.]"), used by the
 * page-junk layer (dropPageJunk.ts): one label glued by a hyphen to the party's initial (guidelines rule 7: two
 * names joined by a hyphen make one MISC word), no mention of the place.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';

interface Occ {
  start: number;
  end: number;
}

/** The occurrence follows "(D-", "(R-" or "(I-" (a bracket, a party's initial, a hyphen). */
export const inPartyStateLabel = (ctx: DocContext, o: Occ): boolean =>
  /[([][DRI]-$/.test(ctx.text.slice(Math.max(0, o.start - 3), o.start)) &&
  /^\.?[)\],]/.test(ctx.text.slice(o.end, o.end + 2));
