/**
 * A heading or a title that starts with a verb's -ing form taken for a name ("Generating Keys", "Choosing a Quill",
 * "see the Installing Vorn section"), used by the page-junk layer (dropPageJunk.ts): every occurrence stands as a
 * title does — on a heading or a title-case line, after an opening quotation mark, or before a part's noun ("the X
 * section", "the X test") — and every form is two to six words,
 * each capitalised or a function word, the first an -ing form of a common English verb ("generating": "generate"),
 * the last no head word of a body, a place or a title ("Housing Authority", "Building Society" are names). Never a
 * person's name ("Browning"), nor one either gazetteer knows ("Reading"), nor one with a known place's name in it
 * (a club: "Sporting Lisbon").
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { FUNCTION_WORDS, isEnglishWord, ORG_HEADS, PLACE_HEADS, TITLE_HEADS } from '../../lang/lexicon.ts';
import { lookupPlace } from '../../lang/gazetteer.ts';
import { organisations, orgKey } from '../../lang/organisations.ts';
import { GROUP_NAME_ENDS } from './orgCues.ts';

interface Occ {
  first: number;
  last: number;
}

/** The verb of an -ing form: "generating" → "generate", "running" → "run", "using" → "use", "reading" → "read". */
function gerundVerb(w: string): boolean {
  if (!w.endsWith('ing') || w.length < 6) return false;
  const stem = w.slice(0, -3);
  return (
    isEnglishWord(stem) ||
    isEnglishWord(`${stem}e`) ||
    (stem.length > 2 && stem.at(-1) === stem.at(-2) && isEnglishWord(stem.slice(0, -1)))
  );
}

/** Nouns after a title that name a part of a text or a test ("the Generating Keys section", "the X test"). */
const PART_AFTER = new Set('section chapter step part tab page guide tutorial article test quiz exercise'.split(' '));

/** A heading line, a title-case line, quotation marks around it, or a part's noun after it. */
function titled(ctx: DocContext, o: Occ, heading: Uint8Array): boolean {
  if (heading[o.first] === 1 || ctx.titleLine[o.first] === 1) return true;
  const before = ctx.tokens[o.first - 1]?.norm ?? '';
  if (/^["“‘']$/.test(before)) return true;
  const next = ctx.tokens[o.last + 1];
  return next?.kind === 'word' && !next.cap && PART_AFTER.has(next.lower);
}

export function isGerundTitle(
  ctx: DocContext,
  c: { type: string; forms: ReadonlyMap<string, number>; occurrences: readonly Occ[]; place?: unknown },
  heading: Uint8Array,
): boolean {
  if (c.type === 'person' || c.place) return false;
  if (!c.occurrences.every((o) => titled(ctx, o, heading))) return false;
  return [...c.forms.keys()].every((f) => {
    const words = f.split(/\s+/);
    if (words.length < 2 || words.length > 6) return false;
    if (!words.every((w) => /^\p{Lu}[\p{Ll}-]+$/u.test(w) || FUNCTION_WORDS.has(w))) return false;
    const first = words[0]!.toLowerCase();
    if (!gerundVerb(first)) return false;
    const last = words.at(-1)!.toLowerCase();
    if (ORG_HEADS.has(last) || PLACE_HEADS.has(last) || TITLE_HEADS.has(last) || GROUP_NAME_ENDS.has(last))
      return false;
    // a club named after its town ("Sporting Quillbury", "Racing Vorn")
    if (words.slice(1).some((w) => !FUNCTION_WORDS.has(w) && lookupPlace(w))) return false;
    return !lookupPlace(f) && !organisations().has(orgKey(f));
  });
}
