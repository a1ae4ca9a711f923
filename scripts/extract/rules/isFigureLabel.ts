/**
 * The label of a figure on a short line of a panel or a table ("Fat 198g 30%", "Calories 3017", "% Daily Value*"),
 * made of common English words: a measure's name, not a person's, a group's or a place's. Used by the page-junk
 * layer (dropPageJunk.ts).
 * A label starts its line, or follows only a figure there; the line has a figure (a number or a percent sign), at most
 * eight words and no full stop, question or exclamation mark at its end. Every word of every form is a capitalised
 * common English word, none a party label, the last of the fullest form no head word of a body, a place or a title ("Rangers 2"), the first
 * no given name ("Rose Hill 12" may be a runner's); no occurrence speaks or owns, and
 * neither gazetteer knows the name (a small town of the same name does not count).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { compromiseTags, getLexicons, isEnglishWord, PARTY_LABELS, PERSON_CUE_AFTER } from '../../lang/lexicon.ts';
import { lookupPlace, type Place } from '../../lang/gazetteer.ts';
import { organisations, orgKey } from '../../lang/organisations.ts';
import { isHead, smallTown } from './isCommonNounName.ts';

interface Occ {
  last: number;
  start: number;
  end: number;
}

/** A word of a label: a capitalised common word ("Fat", "Fiber", "Daily"). */
const commonWord = (w: string) => {
  const lower = w.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
  const tags = compromiseTags(lower);
  return isEnglishWord(lower) || (!!tags && !tags.some((t) => /Name|Place|Organization|Person|Country|City/.test(t)));
};

/** The occurrence labels a figure on a short line of its own. */
function labelsFigure(text: string, o: Occ): boolean {
  const from = text.lastIndexOf('\n', o.start - 1) + 1;
  const to = text.indexOf('\n', o.end);
  const line = text.slice(from, to < 0 ? text.length : to).trim();
  if (!/[\d%]/u.test(line) || /[.!?]$/u.test(line)) return false;
  if ((line.match(/\p{L}+/gu) ?? []).length > 8) return false;
  // at the line's start, or after a figure alone ("3017 Calories", "% Daily Value")
  return /^[\d.,%\s]*$/u.test(text.slice(from, o.start));
}

export function isFigureLabel(
  ctx: DocContext,
  c: { forms: ReadonlyMap<string, number>; occurrences: readonly Occ[]; place?: Place },
): boolean {
  if (c.place && !smallTown(c.place)) return false;
  const forms = [...c.forms.keys()];
  const firstNames = getLexicons().firstNames;
  for (const f of forms) {
    const words = f.split(/\s+/);
    if (!words.every(commonWord) || firstNames.has(words[0]!.toLowerCase())) return false;
    if (words.some((w) => PARTY_LABELS.has(w.toLowerCase()))) return false;
    const place = lookupPlace(f);
    if ((place && !smallTown(place)) || organisations().has(orgKey(f))) return false;
  }
  // the fullest form's last word: "Daily" of "Daily Values" is no newspaper's head
  const fullest = forms.reduce((a, b) => (b.length > a.length ? b : a));
  if (isHead(fullest.slice(fullest.search(/\S+$/u)).toLowerCase())) return false;
  const t = ctx.tokens;
  let label = false;
  for (const o of c.occurrences) {
    const next = t[o.last + 1];
    if (next?.kind === 'word' && PERSON_CUE_AFTER.has(next.lower)) return false;
    if (/^['’]s?(?![\p{L}\p{N}])/u.test(ctx.text.slice(o.end, o.end + 3))) return false;
    if (!label && labelsFigure(ctx.text, o)) label = true;
  }
  return label;
}
