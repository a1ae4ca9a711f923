/**
 * A name written only in quotation marks, each time filling the whole quotation ("Learn the “Quill Slide” move",
 * "derivatives such as “Zorbuntu” or “Quillbuntu”"), used by the page-junk layer (dropPageJunk.ts): the quoted
 * title of a song, a dance, a project, a product or a statement (MISC in the guidelines), not a person's, group's
 * or place's name, which running text writes without quotes. A nickname inside a name (Jane “Q” Roe), a given name
 * ("was named “Jane”"), a listed organisation or a place the gazetteer knows is left alone.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { getLexicons } from '../../lang/lexicon.ts';
import { lookupPlace } from '../../lang/gazetteer.ts';
import { organisations, orgKey } from '../../lang/organisations.ts';

interface Occ {
  first: number;
  last: number;
  start: number;
  end: number;
}

const OPENING = /["“‘'«]$/;
const CLOSING = /^[,.!?]?["”’'»]/;

export function isQuotedTitle(
  ctx: DocContext,
  c: { forms: ReadonlyMap<string, number>; occurrences: readonly Occ[]; place?: unknown },
): boolean {
  if (c.place) return false;
  const forms = [...c.forms.keys()];
  const firstNames = getLexicons().firstNames;
  if (forms.some((f) => firstNames.has(f.split(/\s+/)[0]!.toLowerCase()))) return false;
  if (forms.some((f) => lookupPlace(f) || organisations().has(orgKey(f)))) return false;
  const t = ctx.tokens;
  return c.occurrences.every((o) => {
    if (!OPENING.test(ctx.text.slice(Math.max(0, o.start - 1), o.start))) return false;
    if (!CLOSING.test(ctx.text.slice(o.end, o.end + 2))) return false;
    // a nickname between a given name and a surname
    const before = t[o.first - 2];
    const after = t[o.last + 2];
    return !(before?.kind === 'word' && before.cap && after?.kind === 'word' && after.cap);
  });
}
