/**
 * The label of a form's field or a setting taken for a name ("for Common Name type your domain", "the Organizational
 * Unit Name", "enter your Postal Code"), used by the page-junk layer (dropPageJunk.ts): every form of the name is a
 * run of two to four capitalised common English words (function words between them allowed), or the start of such a
 * run, and the longest ends in the noun of a field (name, number, address, code, password…). No occurrence speaks,
 * owns ("X's") or follows a title; neither gazetteer knows the name.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { FUNCTION_WORDS, isEnglishWord, PERSON_CUE_AFTER, TITLE_HEADS } from '../../lang/lexicon.ts';
import { lookupPlace } from '../../lang/gazetteer.ts';
import { organisations, orgKey } from '../../lang/organisations.ts';

interface Occ {
  first: number;
  last: number;
  end: number;
}

/** Nouns a field of a form or a setting ends in. */
const FIELD_NOUNS = new Set(
  'name names number address code password username passphrase id field fields value setting settings'.split(' '),
);

export function isFormLabel(
  ctx: DocContext,
  c: { type: string; forms: ReadonlyMap<string, number>; occurrences: readonly Occ[]; place?: unknown },
): boolean {
  if (c.place && c.type === 'place') return false;
  const forms = [...c.forms.keys()].map((f) => f.split(/\s+/));
  const longest = forms.reduce((a, b) => (b.length > a.length ? b : a));
  if (longest.length < 2 || longest.length > 4) return false;
  if (!FIELD_NOUNS.has(longest[longest.length - 1]!.toLowerCase())) return false;
  // a common word, or an adjective made of one ("Organizational")
  const english = (w: string) => isEnglishWord(w) || (/al$/.test(w) && isEnglishWord(w.slice(0, -2)));
  const common = (w: string) =>
    FUNCTION_WORDS.has(w.toLowerCase()) || (/^\p{Lu}\p{Ll}+$/u.test(w) && english(w.toLowerCase()));
  if (!longest.every(common) || FUNCTION_WORDS.has(longest[0]!.toLowerCase())) return false;
  // every other form is the label's start ("Common" of "Common Name")
  if (!forms.every((f) => f.every((w, i) => w === longest[i]))) return false;
  if (forms.some((f) => lookupPlace(f.join(' ')) || organisations().has(orgKey(f.join(' '))))) return false;
  const t = ctx.tokens;
  for (const o of c.occurrences) {
    const next = t[o.last + 1];
    if (next?.kind === 'word' && PERSON_CUE_AFTER.has(next.lower)) return false;
    if (/^['’]s?(?![\p{L}\p{N}])/u.test(ctx.text.slice(o.end, o.end + 3))) return false;
    if (TITLE_HEADS.has(t[o.first - 1]?.lower ?? '')) return false;
  }
  return true;
}
