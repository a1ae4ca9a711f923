/**
 * A name the page pairs in brackets with a term whose head is a common noun: the term's other name ("the Summoning
 * Charm (Quillio)", "Drug Rash with Eosinophilia and Systemic Symptoms (QRSS)") or the term itself ("Method Resolution
 * Order (MRO)", "the Water-Making Spell (Aquillo)"), a thing's, not a person's, a group's or a place's. Used by the
 * page-junk layer (dropPageJunk.ts).
 * The term is two capitalised words or more before the bracket (joined by "of", "for", "with", "and"…); its head is
 * its last word before "of", "for", "with", "in", "on" or "to" ("Drug Rash with …": "rash"), which the page also writes in lower case ("the
 * spell", "a rash"), an English word that is no head of a body, a place, a landmark or a title (nor is the term's last word: "Shares of the Quill Stock Exchange (QSE)"), no noun of a person
 * ("officer", "photographer") and no given name. A name that speaks or owns ("X said", "X's") is kept, and so is one
 * the gazetteers know (a small town of the same name does not count).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import {
  COMPANY_SUFFIXES,
  compromiseTags,
  getLexicons,
  isEnglishWord,
  LANDMARK_HEADS,
  ORG_HEADS,
  PERSON_CUE_AFTER,
  PLACE_HEADS,
  TITLE_HEADS,
  wordSet,
} from '../../lang/lexicon.ts';
import { lookupPlace, type Place } from '../../lang/gazetteer.ts';
import { organisations, orgKey } from '../../lang/organisations.ts';
import { GROUP_HEADS_BEFORE_OF, GROUP_NAME_ENDS, GROUP_NAME_STARTS, ORG_APPOSITION_HEADS } from './orgCues.ts';
import { proseLowerWords } from './proseLowerWords.ts';
import { smallTown } from './isCommonNounName.ts';

interface Occ {
  last: number;
  start: number;
  end: number;
  text: string;
}

const WORD = String.raw`\p{Lu}[\p{L}\p{N}'’]*(?:-[\p{L}\p{N}'’]+)*`;
const JOIN = String.raw`(?:of|for|with|and|the|in|on|to)`;
/** A term of two capitalised words or more right before an opening bracket (a footnote mark may come between). */
const TERM_BEFORE = new RegExp(
  `(${WORD}(?:[^\\S\\n]+(?:${JOIN}[^\\S\\n]+)*${WORD})+)[^\\S\\n]*(?:\\[\\d+\\])?[^\\S\\n]*\\([^\\S\\n]*$`,
  'u',
);
/** A bracket after a term: its other name ("(MRO)", "[2] (Aquillo)"). */
const BRACKET_AFTER = /^[^\S\n]*(?:\[\d+\])?[^\S\n]*\([^()\n]{1,60}\)/u;
/** Words after a term's head ("Drug Rash with …"); "and" joins words of the head's own phrase ("Seize and Pull Charm"). */
const AFTER_HEAD = /^(?:of|for|with|in|on|to)$/u;

const singular = (w: string) =>
  w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('es') || w.endsWith('s') ? w.slice(0, -1) : w;

/** Heads of bodies the shared lists leave out ("Intergovernmental Panel on …", "Youth Outreach Team"). */
const BODY_HEADS = wordSet(
  'panel team crew mission service staff laboratory lab museum library gallery zoo theatre theater orchestra choir band caucus',
);

/** A head that makes a term a body's, a place's or a person's. */
const namesHead = (w: string) =>
  [w, singular(w)].some(
    (x) =>
      ORG_HEADS.has(x) ||
      BODY_HEADS.has(x) ||
      PLACE_HEADS.has(x) ||
      LANDMARK_HEADS.has(x) ||
      TITLE_HEADS.has(x) ||
      COMPANY_SUFFIXES.has(x) ||
      GROUP_NAME_ENDS.has(x) ||
      GROUP_NAME_STARTS.has(x) ||
      GROUP_HEADS_BEFORE_OF.has(x) ||
      ORG_APPOSITION_HEADS.has(x),
  );

/** The head of a term ("Drug Rash with Eosinophilia" → "rash", "Water-Making Spell" → "spell"), lower-cased. */
export function termHead(term: string): string {
  const words = term.split(/\s+/);
  const join = words.findIndex((w, i) => i > 0 && AFTER_HEAD.test(w));
  const head = words[join > 0 ? join - 1 : words.length - 1]!;
  return head.slice(head.lastIndexOf('-') + 1).toLowerCase();
}

/** The term's head is a common noun of the page: written in lower case, not a body's, a place's or a person's. */
function isCommonHead(ctx: DocContext, term: string): boolean {
  const w = termHead(term);
  const last = termHead(term.slice(term.search(/\S+$/u)));
  if (!/^\p{Ll}+$/u.test(w) || namesHead(w) || namesHead(last) || !isEnglishWord(w) || getLexicons().firstNames.has(w))
    return false;
  if (compromiseTags(w)?.includes('Actor')) return false;
  const prose = proseLowerWords(ctx);
  return prose.has(w) || prose.has(singular(w)) || prose.has(`${w}s`);
}

export function isBracketedTerm(
  ctx: DocContext,
  c: { forms: ReadonlyMap<string, number>; occurrences: readonly Occ[]; place?: Place },
): boolean {
  if (c.place && !smallTown(c.place)) return false;
  const known = (f: string) => {
    const p = lookupPlace(f);
    return (!!p && !smallTown(p)) || organisations().has(orgKey(f));
  };
  if ([...c.forms.keys()].some(known)) return false;
  const t = ctx.tokens;
  const { text } = ctx;
  let term = false;
  for (const o of c.occurrences) {
    const next = t[o.last + 1];
    if (next?.kind === 'word' && PERSON_CUE_AFTER.has(next.lower)) return false;
    if (/^['’]s?(?![\p{L}\p{N}])/u.test(text.slice(o.end, o.end + 3))) return false;
    if (term) continue;
    // the other name of a term: "Summoning Charm (Quillio)"
    const given = getLexicons().firstNames.has(o.text.split(/\s+/)[0]!.toLowerCase());
    if (!given && /^[^\S\n]*\)/u.test(text.slice(o.end, o.end + 4)) && text.lastIndexOf('(', o.start) >= o.start - 6) {
      const m = TERM_BEFORE.exec(text.slice(Math.max(0, o.start - 120), o.start));
      if (m && isCommonHead(ctx, m[1]!)) term = true;
    }
    // the term itself, before its other name: "Method Resolution Order (MRO)"
    if (/\s/u.test(o.text) && BRACKET_AFTER.test(text.slice(o.end, o.end + 70)) && isCommonHead(ctx, o.text))
      term = true;
  }
  return term;
}
