/**
 * Layer (after the tagger and the typing layers): drop the names that are runs of capitalised common words or
 * fragments of text, by class:
 * - a person's name of two words or more made only of common English words, with no first name first and no head
 *   word of a body, a place or a title ("Pickled Turnip", "Copper Kettle" in a list of dishes or a menu), unless it
 *   speaks ("… said", ", who"); a place's only when the document also writes each word in lower case and the
 *   gazetteer does not know it. Bodies are left alone: many are named with common words only ("Secret Service");
 * - an occurrence with the next sentence's pronoun glued on its end ("Turnip Pie It", "Barley Cake These"), or cut
 *   from a longer phrase ("of Varnholm Bay", "& Transplanting", "Poisonous to", "Vesna ("): it goes, and a name left
 *   with no occurrence goes;
 * - a country code written as a currency's prefix ("US$ 20", "NZ$5"): a unit, not a mention of the place;
 * - a handle, a hashtag or an e-mail's domain ("@QuilloFan", "#QuilloWeek", "ed@quillo.com"): one token, no page;
 * - an honorific or a company suffix alone ("Honourable", "Inc."): cut from a name, no name itself;
 * - a place that is only a two-letter country code the document never expands ("on TV"): an abbreviation of
 *   something else (US and UK stay);
 * - an acronym the document uses as a common noun ("a QXR scan", "QXR devices"; isThingAcronym.ts);
 * - a demonym or a language name alone, taken for a body or a person ("Nepali officials"): MISC.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import {
  COMPANY_SUFFIXES,
  FUNCTION_WORDS,
  getLexicons,
  isEnglishWord,
  MONTHS,
  ORG_HEADS,
  PERSON_CUE_AFTER,
  PLACE_HEADS,
  TITLE_HEADS,
  WEEKDAYS,
} from '../../lang/lexicon.ts';
import { isLanguageName, lookupDemonym, lookupPlace } from '../../lang/gazetteer.ts';
import { organisations, orgKey } from '../../lang/organisations.ts';
import { GROUP_NAME_ENDS, GROUP_NAME_STARTS } from './orgCues.ts';
import { isThingAcronym } from './isThingAcronym.ts';
import { inNumberedPeople } from './numberedPeople.ts';

export interface Options {
  /** Drop runs of common words the document also writes in lower case. */
  commonRuns: boolean;
  /** Drop occurrences with a sentence's pronoun glued on, or cut from a longer phrase. */
  fragments: boolean;
  /** Drop handles, hashtags and e-mail domains. */
  handles: boolean;
  /** Drop country codes written as a currency's prefix ("US$ 20"). */
  currencyPrefixes: boolean;
  /** Drop honorifics and company suffixes alone. */
  honorifics: boolean;
  /** Drop bare two-letter country codes the document never expands. */
  countryCodes: boolean;
  /** Drop acronyms the document uses as common nouns ("a QXR scan", isThingAcronym.ts). */
  thingAcronyms: boolean;
  /** Drop a demonym or a language name alone taken for a body or a person ("Varnish officials"). */
  demonyms: boolean;
}

export const defaultOptions: Options = {
  commonRuns: true,
  fragments: true,
  handles: true,
  currencyPrefixes: true,
  honorifics: true,
  countryCodes: true,
  thingAcronyms: true,
  demonyms: true,
};

interface Occ {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

interface ClusterLike<O extends Occ> {
  type: string;
  forms: Map<string, number>;
  occurrences: O[];
  roles: readonly string[];
  place?: { kind: string; name: string };
}

/** The clusters that still name something, with the occurrences that are fragments removed. */
export function dropCommonRuns<O extends Occ, C extends ClusterLike<O>>(
  ctx: DocContext,
  clusters: C[],
  options: Partial<Options> = {},
): C[] {
  const opts = { ...defaultOptions, ...options };
  const out: C[] = [];
  for (const c of clusters) {
    let kept = c;
    if (opts.fragments || opts.handles || opts.currencyPrefixes) {
      const occurrences = c.occurrences.filter(
        (o) =>
          !(opts.fragments && isFragment(ctx, o)) &&
          !(opts.handles && isHandle(ctx, o)) &&
          !(opts.currencyPrefixes && isCurrencyPrefix(ctx, o)),
      );
      if (occurrences.length === 0) continue;
      // what a fragment leaves of a name must still be one: "October" of "°C. This October" is a month
      if (occurrences.length < c.occurrences.length && occurrences.every(isDateWords)) continue;
      if (occurrences.length < c.occurrences.length) kept = withOccurrences(c, occurrences);
    }
    if (opts.commonRuns && isCommonRun(ctx, kept) && !inNumberedPeople(ctx, clusters, kept, c)) continue;
    if (opts.honorifics && isHonorific(kept)) continue;
    if (opts.countryCodes && isBareCountryCode(ctx, kept)) continue;
    if (opts.thingAcronyms && isThingAcronym(ctx, kept)) continue;
    if (opts.demonyms && isDemonymAlone(kept)) continue;
    out.push(kept);
  }
  return out;
}

/** An occurrence made only of month and weekday names ("October", "Monday"). */
const isDateWords = (o: { text: string }) =>
  o.text
    .toLowerCase()
    .replace(/\./g, '')
    .split(/\s+/)
    .every((w) => MONTHS.has(w) || WEEKDAYS.has(w));

/** The cluster with only `occurrences`, its forms counted again from them. */
export function withOccurrences<O extends { text: string }, C extends { forms: Map<string, number>; occurrences: O[] }>(
  c: C,
  occurrences: O[],
): C {
  const forms = new Map<string, number>();
  for (const o of occurrences) forms.set(o.text, (forms.get(o.text) ?? 0) + 1);
  return { ...c, occurrences, forms };
}

/** One to three capitals written straight before a dollar sign ("US$", "NZ$", "C$"): a currency, not a place. */
export const isCurrencyPrefix = (ctx: DocContext, o: Occ): boolean =>
  /^[A-Z]{1,3}$/.test(o.text) && ctx.text[o.end] === '$';

/** Lower-case connectors and prepositions that neither start nor end a name (particles such as "de", "van", "al" may). */
const LOOSE_ENDS = new Set(`& and or of for on in at to by with from as`.split(' '));

/** Pronouns and determiners that start a sentence: glued on a name's end, they are the next sentence's first word. */
const SENTENCE_OPENERS = new Set(
  `it it's its these those this this'll they their we you he she his her our some`.split(' '),
);

/**
 * A name's occurrence that is a fragment of the text: it begins with a lower-case connector or an ampersand ("of
 * Varnholm Bay", "& Transplanting"), ends with one or with an opening bracket ("Poisonous to", "Vesna ("), or ends
 * with a capitalised pronoun or determiner that starts the next sentence ("Turnip Pie It").
 */
export function isFragment(ctx: DocContext, o: Occ): boolean {
  const words = o.text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const head = words[0]!;
  const tail = words[words.length - 1]!;
  if (LOOSE_ENDS.has(head)) return true;
  if (words.length > 1 && LOOSE_ENDS.has(tail)) return true;
  if (/[([{]$/.test(o.text)) return true;
  // a unit after a degree sign ("2.4°C. This October"): the letter is no initial
  if (ctx.text[o.start - 1] === '°') return true;
  // a word glued to the number after it ("Review8" of "Review8/10"): a run of text, no name
  const glued = /^(\p{Lu}\p{Ll}+)\d+$/u.exec(o.text);
  if (glued && isEnglishWord(glued[1]!.toLowerCase())) return true;
  return gluedOpener(ctx, o);
}

/**
 * An occurrence that ends with a capitalised pronoun or determiner starting the next sentence ("Turnip Pie It's a
 * little dry"): a word or a clitic of that sentence follows it. Before punctuation or a line's end the word is the
 * name's own ("a holder from Tinker With This.").
 */
function gluedOpener(ctx: DocContext, o: Occ): boolean {
  const words = o.text.split(/\s+/).filter(Boolean);
  const tail = words[words.length - 1] ?? '';
  if (words.length < 2 || !/^\p{Lu}/u.test(tail) || !SENTENCE_OPENERS.has(tail.toLowerCase().replace(/’/g, "'")))
    return false;
  const next = ctx.tokens[o.last + 1];
  return !!next && !next.cap && !next.lineStart && (next.kind === 'word' || next.kind === 'clitic');
}

/** A one-token mention right after "@" or "#" (a handle, a hashtag, an e-mail's domain). */
export function isHandle(ctx: DocContext, o: Occ): boolean {
  if (/\s/.test(o.text)) return false;
  const before = ctx.text.slice(Math.max(0, o.start - 2), o.start);
  return /[@#]_?$/.test(before);
}

/** Honorifics and forms of address that the tagger may take alone for a name. */
const HONORIFICS = new Set(
  `honourable honorable hon rt rev right reverend excellency highness majesty sir madam`.split(' '),
);

/** An honorific or a company suffix alone ("Honourable", "Inc."), cut from the name it stands with. */
function isHonorific(c: ClusterLike<Occ>): boolean {
  return [...c.forms.keys()].every((f) => {
    const w = f.toLowerCase().replace(/\.$/, '');
    // "Inc.", "Ltd"; not an acronym that is also a suffix ("SA", "AG" may name a body)
    return HONORIFICS.has(w) || (COMPANY_SUFFIXES.has(w) && /^\p{Lu}\p{Ll}+\.?$/u.test(f));
  });
}

/**
 * A body or a person named only by a demonym or a language name ("Nepali officials", "a Kurdish leader"): an
 * adjective of nationality or a people, MISC in the guidelines, not a name of ours.
 */
function isDemonymAlone(c: ClusterLike<Occ>): boolean {
  if (c.type === 'place' || c.place) return false;
  return [...c.forms.keys()].every((f) => /^\p{Lu}\p{Ll}+$/u.test(f) && (!!lookupDemonym(f) || isLanguageName(f)));
}

/** Two-letter codes that stand for their country in running text. */
const WRITTEN_CODES = new Set(['US', 'UK']);

/** A place named only by a two-letter country code ("on TV") whose country the document never names. */
function isBareCountryCode(ctx: DocContext, c: ClusterLike<Occ> & { type: string }): boolean {
  if (c.type !== 'place') return false;
  const forms = [...c.forms.keys()];
  if (!forms.every((f) => /^[A-Z]{2}$/.test(f) && !WRITTEN_CODES.has(f))) return false;
  const place = c.place ?? lookupPlace(forms[0]!);
  if (place?.kind !== 'country') return false;
  return !ctx.text.includes(place.name);
}

/** Title words of people that are not in TITLE_HEADS because they head other phrases too. */
const NOT_CONTENT = new Set(['&']);

/** The occurrence is followed by a verb of saying ("said", "told") or by ", who". */
function speaks(ctx: DocContext, o: Occ): boolean {
  const t = ctx.tokens;
  const next = t[o.last + 1];
  if (next?.kind === 'word' && PERSON_CUE_AFTER.has(next.lower)) return true;
  return next?.norm === ',' && t[o.last + 2]?.lower === 'who';
}

/**
 * Every form of the cluster is a run of two words or more of common English words (a function word may join them),
 * each content word written in lower case somewhere in the document unless the name is a person's; no first word is a first name, no word the head
 * of an organisation or a place or a title, and neither gazetteer knows the run.
 */
export function isCommonRun(ctx: DocContext, c: ClusterLike<Occ>): boolean {
  // a body may well be named with common words only ("Secret Service", a blog's "Let Us Bake Things")
  if (c.type === 'group' || c.roles.length > 0 || c.place) return false;
  const firstNames = getLexicons().firstNames;
  const forms = [...c.forms.keys()];
  const wordsOf = (form: string) =>
    form
      .split(/[\s\u00a0]+/)
      .map((w) => w.replace(/[’']s$/u, ''))
      .filter((w) => w && !NOT_CONTENT.has(w));
  const long = forms.filter((f) => wordsOf(f).length > 1);
  if (long.length === 0) return false;
  // a name that speaks or is introduced as someone ("Kettle said", "Kettle, who") is a person's, whatever its words
  if (c.occurrences.some((o) => speaks(ctx, o))) return false;
  // a one-word form cut from a longer one ("Kettle" of "Copper Kettle") goes with it, if a common word
  const inLong = new Set(long.flatMap(wordsOf));
  return forms.every((form) => {
    const words = wordsOf(form);
    if (words.length === 1) return inLong.has(words[0]!) && isEnglishWord(words[0]!.toLowerCase());
    if (words.length < 2) return false;
    if (!words.every((w) => /^\p{L}+(?:-\p{L}+)*$/u.test(w))) return false;
    const lower = words.map((w) => w.toLowerCase());
    const content = lower.filter((w) => !FUNCTION_WORDS.has(w));
    if (content.length < 2) return false;
    if (firstNames.has(lower[0]!)) return false;
    for (const w of content) {
      if (!w.split('-').every((part) => isEnglishWord(part))) return false;
      if (ORG_HEADS.has(w) || PLACE_HEADS.has(w) || TITLE_HEADS.has(w) || COMPANY_SUFFIXES.has(w)) return false;
      if (GROUP_NAME_ENDS.has(w) || GROUP_NAME_STARTS.has(w)) return false;
      // a person's name has a first name or a word that is no common word; a place's may be all common words
      // ("Pleasant View"), unless the document writes each of them in lower case too
      if (c.type !== 'person' && !ctx.lowerWords.has(w)) return false;
    }
    return !lookupPlace(form) && !organisations().has(orgKey(form));
  });
}
