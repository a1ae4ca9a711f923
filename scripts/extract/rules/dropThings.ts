/**
 * Layer (after the tagger and dropCommonRuns): drop the names of things that web pages capitalise and the tagger
 * takes for people, groups or places, by class of text:
 * - a name glued by a hyphen to a lower-case word after it ("Varnholm-based", "Quillo-area"): one MISC word by the
 *   guidelines (rule 7), no mention of the place; the occurrence goes;
 * - a name glued to an underscore ("QUILLO_API_URL"): part of an identifier in code, no name; the occurrence goes;
 * - a job title taken for a name ("Senior Editor", "Chief Brand Officer", "Certified Sleep Consultant"): every form
 *   ends in a job noun, and no name of a person or body ends that way;
 * - an item of a list with quantities ("Cooking Turnip (1) Barley (2) Sugar (1)"): a name of common English words
 *   followed by a bracketed count, on a line with two more counts: an ingredient or an item, not a name;
 * - a word the page also writes in lower case in its running text ("the zorblat is a showy plant", "run zorblat
 *   install"): a name of something (a plant, a tool) the page capitalises at will; a proper name is not written in
 *   lower case. Only for words that are no common English word (those are dropNotNames' case) and no first name;
 * - a thing named after its owner in a compound ("Rabbit's Foot", "Mermaid's Pendant"): a one-word name every
 *   occurrence of which follows a capitalised common word and "'s" that names nothing of the page itself.
 */
import { withOccurrences } from './dropCommonRuns.ts';
import type { DocContext } from '../analyse/analyseDocument.ts';
import {
  FUNCTION_WORDS,
  getLexicons,
  isEnglishWord,
  MISC_HEADS,
  ORG_HEADS,
  PLACE_HEADS,
  TITLE_HEADS,
  WEEKDAYS,
  wordSet,
} from '../../lang/lexicon.ts';
import { lookupPlace } from '../../lang/gazetteer.ts';

export interface Options {
  /** Drop occurrences glued by a hyphen to a lower-case word after them ("X-based"). */
  hyphenSuffixes: boolean;
  /** Drop occurrences glued to an underscore (identifiers in code). */
  identifiers: boolean;
  /** Drop names that end in a job noun ("Senior Editor"). */
  jobTitles: boolean;
  /** Drop common words followed by a bracketed count on a line of counts ("Turnip (1)"). */
  quantityItems: boolean;
  /** Drop a word that is no English word when the page also writes it in lower case in running text. */
  lowerCaseElsewhere: boolean;
  /** Drop a one-word name only ever after a common word's possessive ("Rabbit's Foot"). */
  possessiveThings: boolean;
  /** Drop a word capitalised only where position capitalises it (headings, sentence starts), written in lower case elsewhere. */
  positionalCaps: boolean;
  /** Drop plans, deals and bills ("Green Deal for Varnholm", "Senate Bill 12"): MISC. */
  programmes: boolean;
  /** Drop a word that only ever labels a phone number in brackets ("0800 123 456 (Textphone)"). */
  phoneLabels: boolean;
  /** Drop a one-word person's name that is a common word and only ever stands among capitalised words (menus, item lists). */
  listedWords: boolean;
  /** Drop interjections, contractions and weekday names taken for names ("Ummm", "This'll", "Sundays and Mondays"). */
  words: boolean;
}

export const defaultOptions: Options = {
  hyphenSuffixes: true,
  identifiers: true,
  jobTitles: true,
  quantityItems: true,
  lowerCaseElsewhere: true,
  possessiveThings: true,
  positionalCaps: true,
  programmes: true,
  words: true,
  listedWords: true,
  phoneLabels: true,
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
  place?: unknown;
}

/** The clusters that still name a person, a group or a place, without the occurrences that are parts of words. */
export function dropThings<O extends Occ, C extends ClusterLike<O>>(
  ctx: DocContext,
  clusters: C[],
  options: Partial<Options> = {},
): C[] {
  const opts = { ...defaultOptions, ...options };
  const out: C[] = [];
  let lower: Map<string, number> | undefined;
  let owners: Set<string> | undefined;
  for (const c of clusters) {
    let kept = c;
    if (opts.hyphenSuffixes || opts.identifiers) {
      const occurrences = c.occurrences.filter(
        (o) => !(opts.hyphenSuffixes && hasHyphenSuffix(ctx, o)) && !(opts.identifiers && inIdentifier(ctx, o)),
      );
      if (occurrences.length === 0) continue;
      if (occurrences.length < c.occurrences.length) kept = withOccurrences(c, occurrences);
    }
    if (opts.jobTitles && isJobTitle(kept)) continue;
    if (opts.quantityItems && isQuantityItem(ctx, kept)) continue;
    if (opts.lowerCaseElsewhere) {
      lower ??= standaloneLowerCase(ctx);
      if (isWrittenInLowerCase(kept, lower)) continue;
    }
    if (opts.possessiveThings) {
      owners ??= new Set(clusters.flatMap((x) => [...x.forms.keys()].flatMap((f) => f.split(/\s+/))));
      if (isPossessiveThing(ctx, kept, owners)) continue;
    }
    if (opts.positionalCaps) {
      lower ??= standaloneLowerCase(ctx);
      if (isCapitalisedByPosition(ctx, kept, lower)) continue;
    }
    if (opts.programmes && isProgramme(ctx, kept)) continue;
    if (opts.words && isNoNameWord(kept)) continue;
    if (opts.listedWords && isListedWord(ctx, kept)) continue;
    if (opts.phoneLabels && isPhoneLabel(ctx, kept)) continue;
    out.push(kept);
  }
  return out;
}

/**
 * Lower-case words that make a compound adjective of the name before them ("Varnholm-based", "Quillo-area", "Zorin-led"),
 * not the second half of a name ("Kwok-hung").
 */
const COMPOUND_HEADS =
  wordSet(`based area born led backed era style owned run made funded sponsored controlled held bound wide related linked
  affiliated aligned oriented friendly centric focused headquartered listed dominated centered centred inspired themed
  like esque designed brokered educated trained dependent level class bred grown built produced allied leaning
  registered flagged operated managed imposed ruled`);

/** "Varnholm-based", "Quillo-area seat": a name and a compound's lower-case head joined by a hyphen. */
function hasHyphenSuffix(ctx: DocContext, o: Occ): boolean {
  const inside = /-(\p{Ll}+)$/u.exec(o.text);
  if (inside) return COMPOUND_HEADS.has(inside[1]!);
  const after = /^-(\p{Ll}+)(?![\p{L}\p{N}])/u.exec(ctx.text.slice(o.end, o.end + 30));
  return !!after && COMPOUND_HEADS.has(after[1]!);
}

/** "QUILLO_API_URL", "MY_QUILLO": a name glued to an underscore. */
export const inIdentifier = (ctx: DocContext, o: Occ): boolean =>
  ctx.text[o.end] === '_' || ctx.text[o.start - 1] === '_';

/**
 * Nouns of jobs and roles that end a title and no name: "Senior Editor", "Brand Officer". Words that also end names
 * of bodies or works ("Reporter", "Counsel", "Secretary") are left out.
 */
const JOB_NOUNS =
  wordSet(`editor officer consultant veterinarian coordinator analyst correspondent columnist producer strategist specialist
  adviser advisor nurse physician therapist instructor photographer spokesman spokeswoman spokesperson chairman
  chairwoman co-founder cofounder founder vp`);

/** Every form ends in a job noun. */
function isJobTitle(c: ClusterLike<Occ>): boolean {
  if (c.place) return false;
  return [...c.forms.keys()].every((f) => {
    const words = f.split(/\s+/);
    return /^\p{Lu}/u.test(words[words.length - 1]!) && JOB_NOUNS.has(words[words.length - 1]!.toLowerCase());
  });
}

/** The occurrence is followed by "(n)": a bracketed count. */
function countAfter(ctx: DocContext, last: number): boolean {
  const t = ctx.tokens;
  return (
    t[last + 1]?.norm === '(' &&
    t[last + 2]?.kind === 'number' &&
    /^\d{1,3}$/.test(t[last + 2]!.text) &&
    t[last + 3]?.norm === ')'
  );
}

/** A name of common English words followed by a count, on a line with at least three counts. */
function isQuantityItem(ctx: DocContext, c: ClusterLike<Occ>): boolean {
  if (c.place) return false;
  // the cheap test first: a count after one of its occurrences
  if (!c.occurrences.some((o) => countAfter(ctx, o.last))) return false;
  const common = [...c.forms.keys()].every((f) => f.split(/\s+/).every((w) => isEnglishWord(w.toLowerCase())));
  if (!common) return false;
  const t = ctx.tokens;
  return c.occurrences.some((o) => {
    if (!countAfter(ctx, o.last)) return false;
    let counts = 0;
    let i = o.last;
    while (i > 0 && !t[i]!.lineStart) i--;
    for (let j = i; j < t.length && (j === i || !t[j]!.lineStart); j++) if (countAfter(ctx, j)) counts++;
    return counts >= 2;
  });
}

/**
 * How often the page writes each word in lower case standing on its own: with a space before it, not glued to a
 * handle's "@", a path's "/", a domain's ".", a hyphen or an underscore on either side.
 */
function standaloneLowerCase(ctx: DocContext): Map<string, number> {
  const out = new Map<string, number>();
  const t = ctx.tokens;
  t.forEach((tok, i) => {
    if (tok.kind !== 'word' || tok.cap || tok.text !== tok.lower || !tok.spaceBefore) return;
    const next = t[i + 1];
    if (next && !next.spaceBefore) {
      if (/^[-_/@.:]$/.test(next.norm) && t[i + 2] && !t[i + 2]!.spaceBefore) return;
      if (!/^[-,;:.!?)"'”’\]]$/.test(next.norm)) return;
    }
    out.set(tok.lower, (out.get(tok.lower) ?? 0) + 1);
  });
  return out;
}

/**
 * Nearly all of the cluster's occurrences start with one word of 4+ letters that is no English word, no first name
 * and no place, and the page writes that word in lower case on its own elsewhere.
 */
function isWrittenInLowerCase(c: ClusterLike<Occ>, lower: ReadonlyMap<string, number>): boolean {
  if (c.place) return false;
  const heads = new Map<string, number>();
  for (const o of c.occurrences) {
    const head = o.text.split(/[\s'’]+/)[0]!;
    heads.set(head, (heads.get(head) ?? 0) + 1);
  }
  // a body's name ends in its head ("Quillex Department"), whatever its first word
  const endsInHead = (f: string) => ORG_HEADS.has(f.slice(f.lastIndexOf(' ') + 1).toLowerCase());
  if ([...c.forms.keys()].some((f) => /\s/.test(f) && endsInHead(f))) return false;
  const [head, n] = [...heads].sort((a, b) => b[1] - a[1])[0]!;
  if (5 * n < 4 * c.occurrences.length) return false;
  if (!/^\p{Lu}(?:\p{Ll}{3,}|\p{Lu}{3,})$/u.test(head)) return false;
  const w = head.toLowerCase();
  if (!lower.get(w) || isEnglishSpelling(w) || getLexicons().firstNames.has(w)) return false;
  if (ORG_HEADS.has(w) || PLACE_HEADS.has(w) || TITLE_HEADS.has(w)) return false;
  return !lookupPlace(head);
}

/** An English word in British or American spelling ("organization", "artifact", "color"). */
function isEnglishSpelling(w: string): boolean {
  if (isEnglishWord(w)) return true;
  const british = w
    .replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1')
    .replace(/or(s?)$/, 'our$1')
    .replace(/er(s?)$/, 're$1')
    .replace(/^artifact/, 'artefact')
    .replace(/og(s?)$/, 'ogue$1')
    .replace(/nse(s?)$/, 'nce$1');
  return british !== w && isEnglishWord(british);
}

/** Words before "'s" that make a contraction, not an owner: "Where's Wally", "Let's". */
const CONTRACTED = new Set('where what who here there that it let how when why this everyone nobody'.split(' '));

/** "Rabbit's Foot": a one-word name only ever after a capitalised common word's possessive, an owner no name of the page. */
function isPossessiveThing(ctx: DocContext, c: ClusterLike<Occ>, names: ReadonlySet<string>): boolean {
  if (c.place) return false;
  return c.occurrences.every((o) => {
    if (/\s/.test(o.text)) return false;
    const owner = /(\p{Lu}\p{Ll}+)['’]s\s+$/u.exec(ctx.text.slice(Math.max(0, o.start - 30), o.start));
    if (!owner) return false;
    const w = owner[1]!;
    const lw = w.toLowerCase();
    if (CONTRACTED.has(lw) || FUNCTION_WORDS.has(lw)) return false;
    return isEnglishWord(lw) && !names.has(w) && !getLexicons().firstNames.has(w.toLowerCase());
  });
}

/**
 * A one-word name capitalised only where its position capitalises it (title-case lines, headlines, sentence starts),
 * never inside a sentence of the running text, and written in lower case on its own elsewhere ("Tuesday (Sunny
 * Weather)" beside "a sunny day").
 */
function isCapitalisedByPosition(ctx: DocContext, c: ClusterLike<Occ>, lower: ReadonlyMap<string, number>): boolean {
  if (c.place) return false;
  const forms = [...c.forms.keys()];
  if (!forms.every((f) => /^\p{Lu}\p{Ll}+$/u.test(f))) return false;
  const words = new Set(forms.map((f) => f.toLowerCase()));
  if (words.size !== 1) return false;
  const w = [...words][0]!;
  if (!lower.get(w) || ctx.bodyCaps.has(w)) return false;
  // a first name that starts sentences is someone's ("Ann said"); on headings alone, a heading's word
  const heading = (o: Occ) => ctx.titleLine[o.first] === 1 || ctx.headline[o.first] === 1;
  if (getLexicons().firstNames.has(w)) return c.occurrences.every(heading);
  return c.occurrences.every((o) => heading(o) || ctx.sentenceStart[o.first] === 1);
}

/** Last words of a named plan or programme (MISC in the guidelines, like laws and treaties). */
const PROGRAMME_HEADS = new Set([...MISC_HEADS, 'deal', 'plan']);

/**
 * A plan, a deal, a law or a bill: the longest form's head (its last word, or the word before "of", "for" or "on")
 * is a programme's word ("Green Deal for Varnholm"), or "Bill" before a number ("Senate Bill 12").
 */
function isProgramme(ctx: DocContext, c: ClusterLike<Occ>): boolean {
  if (c.place || c.type === 'person') return false;
  const longest = [...c.forms.keys()].sort((a, b) => b.length - a.length)[0]!;
  const words = longest.split(/\s+/);
  if (words.length < 2 || getLexicons().firstNames.has(words[0]!.toLowerCase())) return false;
  const cut = words.findIndex((w, i) => i > 0 && /^(?:of|for|on)$/.test(w));
  const head = (cut > 0 ? words[cut - 1]! : words[words.length - 1]!).toLowerCase();
  if (PROGRAMME_HEADS.has(head)) return true;
  return (
    head === 'bill' &&
    c.occurrences.some((o) => ctx.tokens[o.last + 1]?.kind === 'number' && ctx.tokens[o.last + 1]!.spaceBefore)
  );
}

/** An interjection ("Ummm", "Hmmm": a letter three times), a contraction ("This'll"), or weekdays ("Sundays and Mondays"). */
function isNoNameWord(c: ClusterLike<Occ>): boolean {
  return [...c.forms.keys()].every((f) => {
    if (/^\p{L}+$/u.test(f) && /(\p{L})\1\1/u.test(f.toLowerCase())) return true;
    if (/^\p{L}+['’](?:ll|ve|re|d)$/u.test(f)) return true;
    const words = f.toLowerCase().split(/\s+/);
    return (
      words.some((w) => w !== 'and') &&
      words.every((w) => w === 'and' || (w.length > 5 && WEEKDAYS.has(w.replace(/s$/, ''))))
    );
  });
}

/**
 * A person's name of one common English word ("Emerald", "Holly") whose every occurrence stands among capitalised words
 * (a menu, a list of items, a table's row squashed into a line: "Diamond Emerald Melon") and never beside a
 * lower-case word: nothing in the text makes it anyone's name.
 */
function isListedWord(ctx: DocContext, c: ClusterLike<Occ>): boolean {
  if (c.type !== 'person' || c.place) return false;
  const forms = [...c.forms.keys()];
  if (forms.length !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(forms[0]!)) return false;
  const w = forms[0]!.toLowerCase();
  // a first name among capitals is a person's name cut short ("Rob" of "Rob Quillo")
  if (!isEnglishWord(w) || getLexicons().firstNames.has(w)) return false;
  const t = ctx.tokens;
  const lowerWord = (i: number) => t[i]?.kind === 'word' && !t[i]!.cap;
  const capWord = (i: number) => t[i]?.kind === 'word' && t[i]!.cap;
  // a title before it, or an owner's "'s" after it, somewhere: a person's name ("President Quillo", "Quillo's")
  const person = (o: Occ) => TITLE_HEADS.has(t[o.first - 1]?.lower ?? '') || /^['’]s?$/.test(t[o.last + 1]?.norm ?? '');
  if (c.occurrences.some(person)) return false;
  return c.occurrences.every(
    (o) =>
      !lowerWord(o.first - 1) &&
      !lowerWord(o.last + 1) &&
      ((capWord(o.first - 1) && !t[o.first]!.lineStart) || (capWord(o.last + 1) && !t[o.last + 1]!.lineStart)),
  );
}

/**
 * A name whose every occurrence opens a bracket right after a phone number (two groups of digits or more): a label of
 * the number ("0800 123 456 (Textphone)", "(Quillex compatible)"), a service or a device, no name of ours.
 */
function isPhoneLabel(ctx: DocContext, c: ClusterLike<Occ>): boolean {
  const t = ctx.tokens;
  const digits = (i: number) => t[i]?.kind === 'number' && /^\d{3,}$/.test(t[i]!.text);
  return c.occurrences.every((o) => t[o.first - 1]?.norm === '(' && digits(o.first - 2) && digits(o.first - 3));
}
