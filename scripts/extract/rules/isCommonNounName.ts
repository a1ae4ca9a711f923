/**
 * A capitalised common noun taken for a name although it is also a given name ("Fee" of "Taker Fee Maker Fee",
 * "Price Alerts", "Red Mushroom"), used by the page-junk layer (dropPageJunk.ts). The earlier common-word rules
 * (dropNotNames.ts, dropCommonRuns.ts) spare every given name; this one reads the page instead:
 * - one word, a common English word that the page writes in lower case at least twice and more often than it
 *   capitalises it inside a sentence, and no head word of a body or a place;
 * - a person's or a place's name of two or three words, each a common English word the page also writes in lower
 *   case, none the head word of a body, a place or a title;
 * and no occurrence speaks ("X said", ", who"), owns ("X's") or follows a title; neither gazetteer knows it (a
 * small town's name counts only for a name typed place).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import {
  COMPANY_SUFFIXES,
  FUNCTION_WORDS,
  isEnglishWord,
  ORG_HEADS,
  PERSON_CUE_AFTER,
  PLACE_HEADS,
  TITLE_HEADS,
} from '../../lang/lexicon.ts';
import { lookupPlace, type Place } from '../../lang/gazetteer.ts';
import { organisations, orgKey } from '../../lang/organisations.ts';
import { GROUP_NAME_ENDS, GROUP_NAME_STARTS } from './orgCues.ts';

interface Occ {
  first: number;
  last: number;
  end: number;
}

export interface CaseCounts {
  /** How often the page writes each word in lower case. */
  lower: Map<string, number>;
  /** How often it capitalises it inside a sentence of its running text. */
  mid: Map<string, number>;
}

export function caseCounts(ctx: DocContext): CaseCounts {
  const lower = new Map<string, number>();
  const mid = new Map<string, number>();
  ctx.tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    if (!t.cap && /^\p{Ll}/u.test(t.norm)) lower.set(t.lower, (lower.get(t.lower) ?? 0) + 1);
    else if (t.cap && !ctx.sentenceStart[i] && !ctx.titleLine[i] && !ctx.headline[i])
      mid.set(t.lower, (mid.get(t.lower) ?? 0) + 1);
  });
  return { lower, mid };
}

/** A town the gazetteer knows that is no capital and has fewer than 100,000 people. */
export const smallTown = (p: Place) => p.kind === 'city' && !p.capital && p.population < 100_000;

/** A head word of a body, a place or a title ("Bank", "River", "Minister"). */
export const isHead = (w: string) =>
  ORG_HEADS.has(w) ||
  PLACE_HEADS.has(w) ||
  TITLE_HEADS.has(w) ||
  COMPANY_SUFFIXES.has(w) ||
  GROUP_NAME_ENDS.has(w) ||
  GROUP_NAME_STARTS.has(w);

/**
 * Whether an occurrence acts as a name, however the page writes its words elsewhere: it speaks or acts ("X said"),
 * "X, who", owns ("X's"), or follows a title ("Dr X").
 */
export function actsAsName(ctx: DocContext, o: Occ): boolean {
  const t = ctx.tokens;
  const next = t[o.last + 1];
  return (
    (next?.kind === 'word' && PERSON_CUE_AFTER.has(next.lower)) ||
    (next?.norm === ',' && t[o.last + 2]?.lower === 'who') ||
    /^['’]s?(?![\p{L}\p{N}])/u.test(ctx.text.slice(o.end, o.end + 3)) ||
    TITLE_HEADS.has(t[o.first - 1]?.lower ?? '')
  );
}

export function isCommonNounName(
  ctx: DocContext,
  c: { type: string; forms: ReadonlyMap<string, number>; occurrences: readonly Occ[]; place?: Place },
  counts: CaseCounts,
): boolean {
  if (c.place && (c.type === 'place' || !smallTown(c.place))) return false;
  const forms = [...c.forms.keys()];
  // a small town of the same name does not make a common noun a place's name ("Buy" of "Card Buy")
  const known = (f: string) => {
    const p = lookupPlace(f);
    return !!p && (c.type === 'place' || !smallTown(p));
  };
  if (forms.some((f) => known(f) || organisations().has(orgKey(f)))) return false;
  if (c.occurrences.some((o) => actsAsName(ctx, o))) return false;
  const lowerCount = (w: string) => counts.lower.get(w) ?? 0;
  return forms.every((f) => {
    const words = f.split(/\s+/);
    if (!words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) || FUNCTION_WORDS.has(w.toLowerCase()))) return false;
    const content = words.map((w) => w.toLowerCase()).filter((w) => !FUNCTION_WORDS.has(w));
    if (content.length === 0 || content.length > 3 || content.some((w) => isHead(w) || !isEnglishWord(w))) return false;
    if (content.length === 1) {
      const w = content[0]!;
      return words.length === 1 && lowerCount(w) >= 2 && lowerCount(w) > (counts.mid.get(w) ?? 0);
    }
    return (c.type === 'person' || c.type === 'place') && content.every((w) => lowerCount(w) > 0);
  });
}
