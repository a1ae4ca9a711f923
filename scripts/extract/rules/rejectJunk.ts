/**
 * Layer: drop candidates that are not names of people, groups or places:
 * dates, days, months, time phrases ("Last week"), bare titles, function words,
 * numbers and single letters, and nationality/faith adjectives ("Afghan", "Catholic"); a schedule's clock
 * marker and entry word at the start of a name ("11:00 AM Leaves", trimClock.ts).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Candidate } from './findCandidates.ts';
import { trimClockCandidate } from './trimClock.ts';
import { lookupDemonym, lookupPlace } from '../../lang/gazetteer.ts';
import {
  FUNCTION_WORDS,
  MONTHS,
  ORG_HEADS,
  PLACE_HEADS,
  TIME_MODIFIERS,
  TIME_WORDS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WEEKDAYS,
  getLexicons,
} from '../../lang/lexicon.ts';

export interface Options {
  /** Suffixes of nationality, faith and ethnic adjectives and nouns. */
  adjectiveSuffixes: readonly string[];
}

export const defaultOptions: Options = {
  adjectiveSuffixes: ['ish', 'ese', 'ite', 'ites', 'ian', 'ians', 'ist', 'ists'],
};

const k = (lower: string): string => lower.replace(/\.$/, '');

/** A nationality/faith/ethnic word: from the country data, compromise's demonyms, or by suffix. */
const demonymCache = new Map<string, boolean>();

export function isDemonymWord(word: string, options: Partial<Options> = {}): boolean {
  if (options.adjectiveSuffixes === undefined) {
    const hit = demonymCache.get(word);
    if (hit !== undefined) return hit;
    const v = demonymWord(word, defaultOptions);
    if (demonymCache.size > 50_000) demonymCache.clear();
    demonymCache.set(word, v);
    return v;
  }
  return demonymWord(word, { ...defaultOptions, ...options });
}

function demonymWord(word: string, opts: Options): boolean {
  if (lookupDemonym(word)) return true;
  const lower = word.toLowerCase().replace(/[’‘]/g, "'");
  const tags = getLexicons().compromise.get(lower);
  if (tags?.includes('Demonym')) return true;
  if (lookupPlace(word) || getLexicons().firstNames.has(lower)) return false;
  if (tags && (tags.includes('Person') || tags.includes('Organization') || tags.includes('LastName'))) return false;
  return opts.adjectiveSuffixes.some((s) => lower.length > s.length + 2 && lower.endsWith(s));
}

export function isJunk(ctx: DocContext, c: Candidate, options: Partial<Options> = {}): boolean {
  const words = ctx.tokens.slice(c.first, c.last + 1).filter((t) => t.kind === 'word');
  if (words.length === 0) return true;
  const letters = c.text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return true;
  const keys = words.map((w) => k(w.lower));
  if (keys.every((w) => FUNCTION_WORDS.has(w))) return true;
  if (
    keys.every(
      (w) => MONTHS.has(w) || WEEKDAYS.has(w) || TIME_WORDS.has(w) || TIME_MODIFIERS.has(w) || FUNCTION_WORDS.has(w),
    )
  )
    return true;
  if (
    MONTHS.has(keys[0]!) &&
    words.length <= 2 &&
    words.length === keys.filter((w) => MONTHS.has(w) || /^\d/.test(w)).length
  )
    return true;
  if (!c.role && keys.every((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w))) return true;
  if (c.demonymGroup) return false;
  // table abbreviations without vowels: "Chg", "Shr", "Bldg"
  if (
    keys.length === 1 &&
    !words[0]!.allCaps &&
    !/[aeiouy]/.test(keys[0]!.normalize('NFD').replace(/\p{M}/gu, '')) &&
    /^[a-z]+$/.test(keys[0]!)
  )
    return true;
  // a lone head noun or title word: "Division", "Ministry", "President"
  if (
    keys.length === 1 &&
    !words[0]!.allCaps &&
    (ORG_HEADS.has(keys[0]!) || PLACE_HEADS.has(keys[0]!) || TITLE_HEADS.has(keys[0]!))
  )
    return true;
  if (words.every((w) => isDemonymWord(w.norm, options)) && !ORG_HEADS.has(keys[keys.length - 1]!)) return true;
  return false;
}

export function rejectJunk<T extends Candidate>(ctx: DocContext, candidates: T[], options: Partial<Options> = {}): T[] {
  return candidates.flatMap((c) => {
    const trimmed = trimClockCandidate(ctx, c);
    return trimmed && !isJunk(ctx, trimmed, options) ? [trimmed] : [];
  });
}
