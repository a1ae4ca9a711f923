/**
 * Layer: merge the surface forms of one document into entities and give each entity one type.
 * Forms are merged when they are
 * - the same gazetteer place ("U.S." and "United States");
 * - linked in the text: "A (B)", "A (also known as B, C, and D)", "known as A, or B", "A, also known as B";
 * - an acronym and its expansion ("SDF" / "Syrian Democratic Forces");
 * - a surname and the full name of a person ("Merkel" / "Angela Merkel");
 * - a short prefix of a group or place name ("Hayat" / "Hayat Tahrir al-Sham");
 * - a qualified and a plain name ("Afghan Taliban" / "Taliban").
 * The type of an entity is the best summed evidence over all its occurrences, so one surface
 * form keeps one type across the document.
 */
import type { EntityType } from '../../core/types/common.ts';
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Classified, Scores } from './classifyCandidates.ts';
import { isNickname } from '../../lang/nicknames.ts';
import { fold, lookupPlace, type Place } from '../../lang/gazetteer.ts';
import {
  GENERATIONAL,
  getLexicons,
  isCommonWord,
  isEnglishWord,
  KIN_WORDS,
  LANDMARK_HEADS,
  NAME_CONNECTORS,
  ORG_HEADS,
  PLACE_HEADS,
} from '../../lang/lexicon.ts';

/** Generational suffixes: a name ending in one is another person than the same name without it. */
import { isDemonymWord } from './rejectJunk.ts';
import { inQuote, relativeByAge } from './kinReadings.ts';

export interface Cluster {
  /** Surface form → number of occurrences. */
  forms: Map<string, number>;
  occurrences: Classified[];
  scores: Scores;
  type: EntityType;
  name: string;
  place?: Place;
  roles: string[];
}

export interface Options {
  /** Longest gap (characters) between two names for an apposition pattern. */
  maxGap: number;
  /**
   * Read names with the identity rules that come after the tagger: a place absorbs no longer name that starts with it,
   * and a first name cut short joins no one. Off for the rule layers that feed the tagger (its training saw them without).
   */
  afterTagger: boolean;
  /** Evidence added once per entity, to break ties. */
  prior: Scores;
  /**
   * Below this much evidence a one-word name is a group in running text (people are
   * introduced with a first name or title) and a person on score lines and in tables.
   */
  weakEvidence: number;
}

export const defaultOptions: Options = {
  maxGap: 40,
  afterTagger: false,
  prior: { person: 0.3, group: 0.2, place: 0.1 },
  weakEvidence: 1.6,
};

const ALIAS_OPEN =
  /^\s*\(\s*(?:(?:also|sometimes|formerly|or|aka|a\.k\.a\.)\s+)?(?:(?:known|referred to)\s+as\s+|called\s+)?$/i;
// "X, called Y", "X, also known as Y", "X aka Y"; but not a verb: "Biden called Austin", "the court dubbed Roe"
const ALIAS_PHRASE =
  /^\s*(?:[,(]\s*(?:(?:also|formerly|better|sometimes|commonly)\s+)?(?:known\s+as|called|dubbed|aka|a\.k\.a\.)|(?:also|formerly|better|sometimes|commonly)\s+(?:known\s+as|called|dubbed)|aka|a\.k\.a\.|known\s+as)\s*$/i;
const LIST_SEP = /^\s*,?\s*(?:(?:and|or)\s+)?$/i;
/** ", called" or ", dubbed" alone, which can also be the sentence's verb. */
const VERB_ALIAS = /^\s*,\s*(?:called|dubbed)\s*$/i;
const KNOWN_AS_BEFORE = /(?:known\s+as|called|dubbed|named)\s*$/i;
const OR_GAP = /^\s*,?\s*or\s+$/i;

export function formKey(text: string): string {
  return fold(text);
}

function argmax(s: Scores): EntityType {
  if (s.person >= s.group && s.person >= s.place) return 'person';
  return s.group >= s.place ? 'group' : 'place';
}

function add(a: Scores, b: Scores): void {
  a.person += b.person;
  a.group += b.group;
  a.place += b.place;
}

/** The token right after a kinship noun ("his wife, Jane Roe", "his brother Oleg"). */
export function afterKinWord(ctx: DocContext, i: number): boolean {
  let t = i - 1;
  if (t >= 0 && ctx.tokens[t]!.norm === ',') t--;
  return t >= 0 && !ctx.tokens[t]!.cap && KIN_WORDS.has(ctx.tokens[t]!.lower);
}

/**
 * Names are not descriptions: a person's name of three words or more that reads "<words> <first name> <more>"
 * starts at the first name when no word before it is one ("Ohio Democrat Jane Roe", "Democrat Jane Roe" →
 * "Jane Roe"). The words left out are the article's description of the person, found as roles in the link stage.
 */
export function trimDescription(ctx: DocContext, c: Classified): Classified {
  if (argmax(c.scores) !== 'person') return c;
  const words: number[] = [];
  for (let t = c.first; t <= c.last; t++) if (ctx.tokens[t]!.kind === 'word') words.push(t);
  if (words.length < 3) return c;
  const { firstNames } = getLexicons();
  const isFirst = (t: number) => firstNames.has(ctx.tokens[t]!.lower);
  const k = words.findIndex(isFirst);
  if (k < 1 || words.length - k < 2) return c;
  // only descriptions go: places, demonyms and common words ("Ohio", "Democrat"), never part of a name ("Abu")
  const describes = (t: number) => {
    const w = ctx.tokens[t]!;
    return !!lookupPlace(w.text) || isDemonymWord(w.text) || isCommonWord(w.lower) || isEnglishWord(w.lower);
  };
  if (!words.slice(0, k).every(describes)) return c;
  const first = words[k]!;
  const start = ctx.tokens[first]!.start;
  return { ...c, first, start, text: ctx.text.slice(start, c.end) };
}

/** One surface form of the document (folded): its words, its occurrences and their summed evidence. */
interface Form {
  key: string;
  words: string[];
  occ: Classified[];
  scores: Scores;
}

/** Union-find over the forms of a document. */
interface Unions {
  find: (x: number) => number;
  union: (a: number, b: number) => void;
}

/** What people's full names say of surnames: the form ending in each, those of two people, the form of each "surname generation" (-1: two people). */
interface Surnames {
  lastWordOf: Map<string, number>;
  /** Every full name's form ending in each surname. */
  allOf: Map<string, number[]>;
  ambiguous: Set<string>;
  generationOf: Map<string, number>;
}

export function resolveDocAliases(ctx: DocContext, items: Classified[], options: Partial<Options> = {}): Cluster[] {
  const opts = { ...defaultOptions, ...options };
  const sorted = items.map((c) => trimDescription(ctx, c)).sort((a, b) => a.start - b.start);
  // forms
  const { forms, occForm } = collectForms(ctx, sorted);

  // union-find
  const uf = unionFind(forms);

  // same gazetteer place
  joinSamePlaces(forms, uf);

  // explicit alias patterns in the text
  joinAliasPatterns(ctx, sorted, occForm, opts.maxGap, uf);

  // acronyms and expansions
  joinAcronyms(ctx, forms, uf, opts.afterTagger);

  // surnames, prefixes, qualified names
  const byWords = indexByWords(forms);
  // provisional type of each form: that of its group of forms so far
  const provisional = provisionalTypes(forms, uf.find);
  const surnames = indexSurnames(forms, provisional, uf.find);
  joinSurnames(ctx, forms, provisional, surnames, uf, opts.afterTagger);
  joinFirstNames(ctx, forms, provisional, surnames, uf, opts.afterTagger);
  joinPrefixesAndQualified(forms, byWords, provisional, uf, opts.afterTagger);

  // a head noun alone stands for the one name of the article it ends ("the Guard" after "the National Guard")
  joinHeadNouns(forms, provisional, uf);
  if (opts.afterTagger) joinTails(forms, provisional, uf);

  // clusters
  const clusters = gatherClusters(forms, uf.find);
  return typeClusters(clusters, opts);
}

/** Group the occurrences by folded form, in order of first occurrence; also the form of each occurrence. */
function collectForms(ctx: DocContext, sorted: Classified[]): { forms: Form[]; occForm: number[] } {
  const formIndex = new Map<string, number>();
  const forms: Form[] = [];
  const formOf = (c: Classified): number => {
    const key = formKey(c.text);
    let idx = formIndex.get(key);
    if (idx === undefined) {
      idx = forms.length;
      formIndex.set(key, idx);
      const words = ctx.tokens
        .slice(c.first, c.last + 1)
        .filter((t) => t.kind === 'word')
        .map((t) => fold(t.norm));
      forms.push({ key, words, occ: [], scores: { person: 0, group: 0, place: 0 } });
    }
    return idx;
  };
  const occForm = sorted.map(formOf);
  sorted.forEach((c, i) => {
    const f = forms[occForm[i]!]!;
    f.occ.push(c);
    add(f.scores, c.scores);
  });
  return { forms, occForm };
}

/** A union-find over the forms; a union keeps the root of its first argument. */
function unionFind(forms: Form[]): Unions {
  const parent = forms.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[rb] = ra;
  };
  return { find, union };
}

/** Join the forms that are places and name the same gazetteer place ("U.S." and "United States"). */
function joinSamePlaces(forms: Form[], { union }: Unions): void {
  const byPlace = new Map<string, number>();
  forms.forEach((f, i) => {
    const p = f.occ.find((o) => o.place)?.place;
    if (!p || argmax(f.scores) !== 'place') return;
    const prev = byPlace.get(p.id);
    if (prev === undefined) byPlace.set(p.id, i);
    else union(prev, i);
  });
}

/** Join neighbouring occurrences that the text links: "A (B)", "A (also known as B, C, and D)", "A, also known as B", "known as A, or B". */
function joinAliasPatterns(
  ctx: DocContext,
  sorted: Classified[],
  occForm: number[],
  maxGap: number,
  { union }: Unions,
): void {
  let listRoot = -1;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    const fa = occForm[i]!;
    const fb = occForm[i + 1]!;
    if (b.start - a.end > maxGap) {
      listRoot = -1;
      continue;
    }
    const gap = ctx.text.slice(a.end, b.start);
    const closesAfter = /^\s*\)/.test(ctx.text.slice(b.end, b.end + 3));
    // a possessive is a description, not another name of the list: "called Jane Roe, John Doe's lawyer"
    const possessiveAfter = /^['’]s\b/.test(ctx.text.slice(b.end, b.end + 3));
    if (listRoot >= 0 && LIST_SEP.test(gap) && !possessiveAfter) {
      union(listRoot, fb);
      if (closesAfter) listRoot = -1;
      continue;
    }
    listRoot = -1;
    const bLetters = b.text.replace(/[^\p{L}]/gu, '');
    const bAcronym = bLetters.length >= 2 && bLetters === bLetters.toUpperCase() && !b.place;
    if (ALIAS_OPEN.test(gap) && ((closesAfter && bAcronym && !a.place) || /[a-z]/i.test(gap))) {
      union(fa, fb);
      if (!closesAfter) listRoot = fa;
    } else if (ALIAS_PHRASE.test(gap) && !(VERB_ALIAS.test(gap) && setOff(ctx, a))) {
      union(fa, fb);
      listRoot = fa;
    } else if (OR_GAP.test(gap) && KNOWN_AS_BEFORE.test(ctx.text.slice(Math.max(0, a.start - 20), a.start))) {
      union(fa, fb);
    }
  }
}

/**
 * Whether a name is set off by commas as an apposition ("Jane Roe's lawyer, John Doe, called…"): the comma after it
 * then closes the apposition and "called" is the sentence's verb, not a naming.
 */
function setOff(ctx: DocContext, a: Classified): boolean {
  return /,\s*$/.test(ctx.text.slice(Math.max(0, a.start - 3), a.start));
}

/** Join an acronym to the one form whose initials spell it ("SDF" / "Syrian Democratic Forces"). */
function joinAcronyms(ctx: DocContext, forms: Form[], { union }: Unions, afterTagger: boolean): void {
  const initials = new Map<string, number>();
  forms.forEach((f, i) => {
    if (f.words.length < 2) return;
    const caps = f.words.filter((w) => !NAME_CONNECTORS.has(w));
    if (caps.length < 2) return;
    // an expansion spells its words out: "U.S. Senate" is not the expansion of "US"
    const o = f.occ[0]!;
    if (
      ctx.tokens
        .slice(o.first, o.last + 1)
        .some((t) => t.kind === 'word' && t.allCaps && t.norm.replace(/[^\p{L}]/gu, '').length > 1)
    )
      return;
    initials.set(caps.map((w) => w[0]).join(''), i);
    initials.set(f.words.map((w) => w[0]).join(''), i);
  });
  forms.forEach((f, i) => {
    if (f.words.length !== 1) return;
    const occ = f.occ[0]!;
    const letters = occ.text.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 || letters.length > 8 || letters !== letters.toUpperCase()) return;
    // after the tagger, a country's abbreviation is the country's, whatever else it spells ("U.S." / "University of
    // Surrey"): the same gazetteer place joins it (joinSamePlaces)
    if (afterTagger && abbreviatesCountry(occ.text, letters)) return;
    const exp = initials.get(letters.toLowerCase()) ?? initials.get(letters.toLowerCase().replace(/s$/, ''));
    if (exp !== undefined) union(exp, i);
  });
}

/** Is the acronym the initials of the country the gazetteer reads it as ("U.S.", "UK"; not "AI", a country's code)? */
function abbreviatesCountry(text: string, letters: string): boolean {
  const place = lookupPlace(text);
  if (place?.kind !== 'country') return false;
  const initials = place.name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials === letters;
}

/** The first form with each sequence of words. */
function indexByWords(forms: Form[]): Map<string, number> {
  const byWords = new Map<string, number>();
  forms.forEach((f, i) => {
    const w = f.words.join(' ');
    if (!byWords.has(w)) byWords.set(w, i);
  });
  return byWords;
}

/** The type of each form's group of forms so far. */
function provisionalTypes(forms: Form[], find: (x: number) => number): EntityType[] {
  const rootScores = new Map<number, Scores>();
  forms.forEach((f, i) => {
    const r = find(i);
    const acc = rootScores.get(r) ?? { person: 0, group: 0, place: 0 };
    add(acc, f.scores);
    rootScores.set(r, acc);
  });
  return forms.map((_, i) => argmax(rootScores.get(find(i))!));
}

/** Where a name ends in generational suffixes ("John Doe Jr."): the index of the surname, and the suffixes without dots. */
function splitGeneration(f: Form): { k: number; suffix: string } {
  let k = f.words.length - 1;
  while (k > 0 && GENERATIONAL.has(f.words[k]!.replace(/\.$/, ''))) k--;
  return {
    k,
    suffix: f.words
      .slice(k + 1)
      .join(' ')
      .replace(/\./g, ''),
  };
}

/** Index the full names of people by surname, noting the surnames that two people share. */
function indexSurnames(forms: Form[], provisional: EntityType[], find: (x: number) => number): Surnames {
  const lastWordOf = new Map<string, number>();
  const allOf = new Map<string, number[]>();
  const ambiguous = new Set<string>();
  // "Doe Jr." is the short form of "John Doe Jr.": surname and generation
  const generationOf = new Map<string, number>();
  forms.forEach((f, i) => {
    if (f.words.length < 2 || provisional[i] !== 'person') return;
    // the surname, past a generational suffix ("John Doe Jr." → "doe")
    const { k, suffix } = splitGeneration(f);
    const last = f.words[k]!;
    const prev = lastWordOf.get(last);
    if (prev !== undefined && find(prev) !== find(i) && forms[prev]!.key !== f.key) ambiguous.add(last);
    lastWordOf.set(last, i);
    allOf.set(last, [...(allOf.get(last) ?? []), i]);
    if (suffix && k >= 1) {
      const key = `${last} ${suffix}`;
      const seen = generationOf.get(key);
      generationOf.set(key, seen !== undefined && find(seen) !== find(i) ? -1 : i);
    }
  });
  return { lastWordOf, allOf, ambiguous, generationOf };
}

/** Join a lone surname (or "surname generation") to the one person's full name it is short for ("Merkel" / "Angela Merkel"). */
function joinSurnames(
  ctx: DocContext,
  forms: Form[],
  provisional: EntityType[],
  { lastWordOf, allOf, ambiguous, generationOf }: Surnames,
  { union, find }: Unions,
  afterTagger = false,
): void {
  const firstOf = (i: number) => forms[i]!.occ.reduce((a, b) => (b.first < a.first ? b : a)).first;
  // a relative introduced as such ("his wife, Jane Roe") is not who the article's lone surname names
  const kin = (i: number) => afterKinWord(ctx, firstOf(i));
  forms.forEach((f, i) => {
    if (f.words.length === 1) {
      const w = f.words[0]!;
      // "the younger Roe": the one introduced as the child (kinReadings.ts)
      if (afterTagger && ambiguous.has(w)) {
        const relatives = [...new Set((allOf.get(w) ?? []).map(find))];
        const k = relativeByAge(
          ctx,
          f.occ.map((o) => o.first),
          relatives.map((r) => Math.min(...(allOf.get(w) ?? []).filter((j) => find(j) === r).map(firstOf))),
        );
        if (k !== undefined) {
          union(relatives[k]!, i);
          return;
        }
      }
      // of several people of the surname, the one not introduced as a relative ("his son, John Doe") is who the
      // surname alone means: the person the article is about
      const others = ambiguous.has(w) ? [...new Set((allOf.get(w) ?? []).filter((j) => !kin(j)).map(find))] : undefined;
      const full = others ? (others.length === 1 ? others[0] : undefined) : lastWordOf.get(w);
      if (full !== undefined && !(f.scores.place >= 6 && provisional[i] === 'place') && !kin(full)) union(full, i);
    } else {
      const { k, suffix } = splitGeneration(f);
      const full = k === 0 && suffix ? generationOf.get(`${f.words[0]} ${suffix}`) : undefined;
      if (full !== undefined && full >= 0) union(full, i);
    }
  });
}

/**
 * Join a lone first name to the one person of the document it can be ("Rex" in a quote, "Mike" for Michael Doe): a
 * one-word person that is no one's surname here, and the first name, a short form of it ("Rex" / "Rexford") or a
 * listed nickname of exactly one person's full name.
 */
function joinFirstNames(
  ctx: DocContext,
  forms: Form[],
  provisional: EntityType[],
  { lastWordOf, allOf }: Surnames,
  { union, find }: Unions,
  afterTagger: boolean,
): void {
  const firstOf = (i: number) => Math.min(...forms[i]!.occ.map((o) => o.first));
  const fits = (w: string, first: string) =>
    w === first || (w.length >= 3 && first.length > w.length && first.startsWith(w)) || isNickname(w, first);
  forms.forEach((f, i) => {
    if (f.words.length !== 1 || provisional[i] !== 'person' || f.occ.some((o) => o.place)) return;
    const w = f.words[0]!;
    if (lastWordOf.has(w) || (afterTagger && f.occ.some((o) => cutShort(ctx, o)))) return;
    const roots = new Set<number>();
    let before = false;
    for (const list of allOf.values())
      for (const j of list)
        if (find(j) !== find(i) && fits(w, forms[j]!.words[0]!)) {
          roots.add(find(j));
          if (firstOf(j) < firstOf(i)) before = true;
        }
    // a first name in a quote written before anyone of that name is named in full is someone else (kinReadings.ts)
    if (afterTagger && !before && f.occ.every((o) => inQuote(ctx.text, o.start))) return;
    if (roots.size === 1) union([...roots][0]!, i);
  });
}

/** A first name the name-finding cut short: a capitalised word follows it on its line ("Rob Zombie" found as "Rob"). */
function cutShort(ctx: DocContext, o: Classified): boolean {
  const next = ctx.tokens[o.last + 1];
  return !!next && next.kind === 'word' && next.cap && next.spaceBefore && !next.lineStart;
}

const DOMAIN_ENDINGS = new Set(['com', 'org', 'net', 'gov', 'edu', 'io', 'co', 'uk']);

/** A word that only qualifies the name before it: a dotted abbreviation ("d.c.") or a web domain's ending ("com"). */
const isAbbreviationOrDomain = (word: string): boolean => /^(?:\p{L}\.){2,}$/u.test(word) || DOMAIN_ENDINGS.has(word);

/** Join a name to a short prefix of it ("Hayat" / "Hayat Tahrir al-Sham") and a qualified name to the plain one ("Afghan Taliban" / "Taliban"). */
function joinPrefixesAndQualified(
  forms: Form[],
  byWords: Map<string, number>,
  provisional: EntityType[],
  { union }: Unions,
  afterTagger: boolean,
): void {
  const shared = sharedPrefixes(forms);
  forms.forEach((f, i) => {
    if (f.words.length < 2) return;
    // prefixes of a name ("Hayat" of "Hayat Tahrir al-Sham")
    for (let len = f.words.length - 1; len >= 1; len--) {
      const prefix = f.words.slice(0, len);
      if (NAME_CONNECTORS.has(prefix[len - 1]!)) continue;
      const j = byWords.get(prefix.join(' '));
      if (j === undefined || j === i) continue;
      const pf = forms[j]!;
      // after the tagger, a known place that starts two different names is the short form of neither ("Quillby" of
      // "Quillby University" and "Quillby Magazine"): joining it would make the two one
      if (afterTagger && shared.has(prefix.join(' ')) && isPlaceWord(pf.occ[0]!.text)) continue;
      // containment is not identity: a known place is not the body or building named after it ("U.S." / "U.S. Senate"),
      // and an acronym or a person followed by a head noun names something else ("UN" / "UN Security Council",
      // "Doe" / "Doe Tower"); a company's short name stays its name ("Ruch" / "Ruch Holding")
      // nor is a known place a longer name that starts with it ("Mexico" / "Mexico City", "Taylorville" /
      // "Taylorville Memorial Hospital", even typed a place), unless only an abbreviation or a web domain's ending
      // follows ("Washington D.C.", "Acme.com")
      const qualifiedOnly = f.words.slice(len).every(isAbbreviationOrDomain);
      if (pf.occ.some((o) => o.place) && (afterTagger ? !qualifiedOnly : provisional[i] !== 'place')) continue;
      if (!afterTagger && pf.occ.some((o) => o.place?.kind === 'country')) continue;
      // and a place never absorbs a longer name of another type ("Bronx" / "Bronx Times")
      if (afterTagger && provisional[j] === 'place' && provisional[i] !== 'place' && !qualifiedOnly) continue;
      const head = f.words[f.words.length - 1]!;
      const acronym = pf.occ.every((o) => /^\p{Lu}[\p{Lu}.&-]+$/u.test(o.text));
      if ((acronym || provisional[j] === 'person') && (ORG_HEADS.has(head) || PLACE_HEADS.has(head))) continue;
      // nor is a one-word name the landmark named after it ("Capitol" / "Capitol Hill", "Doe" / "Doe Tower")
      if (len === 1 && LANDMARK_HEADS.has(head) && !pf.occ.some((o) => o.place)) continue;
      // a one-word institution is not its committee or office ("House" / "House Judiciary Committee")
      if (len === 1 && ORG_HEADS.has(head) && (ORG_HEADS.has(prefix[0]!) || isEnglishWord(prefix[0]!))) continue;
      if (provisional[j] === 'person' && pf.scores.person > 3) continue;
      union(i, j);
      break;
    }
    // qualified name: demonym words + plain name
    let q = 0;
    while (q < f.words.length - 1 && isDemonymWord(f.words[q]!)) q++;
    if (q > 0) {
      const j = byWords.get(f.words.slice(q).join(' '));
      if (j !== undefined && j !== i && !ORG_HEADS.has(f.words[f.words.length - 1]!)) union(i, j);
    }
  });
}

/**
 * The word sequences that start two different longer names of the document: names that go on with different words
 * and end with different words ("New Quillby University" / "New Quillby Magazine"; not "Jane Roe" / "Jane Ann Roe").
 */
function sharedPrefixes(forms: Form[]): Set<string> {
  const seen = new Map<string, { next: string; last: string }>();
  const shared = new Set<string>();
  for (const f of forms) {
    const last = f.words[f.words.length - 1]!;
    for (let len = 1; len < f.words.length; len++) {
      const key = f.words.slice(0, len).join(' ');
      const next = f.words[len]!;
      const other = seen.get(key);
      if (!other) seen.set(key, { next, last });
      else if (other.next !== next && other.last !== last) shared.add(key);
    }
  }
  return shared;
}

/** Join a group's head noun used alone to the one group name of the document it ends ("the Guard" / "the National Guard"). */
function joinHeadNouns(forms: Form[], provisional: EntityType[], { find, union }: Unions): void {
  const byHead = new Map<string, number[]>();
  forms.forEach((f, i) => {
    if (f.words.length < 2 || provisional[i] !== 'group') return;
    const head = f.words[f.words.length - 1]!;
    if (!byHead.get(head)?.some((j) => find(j) === find(i))) byHead.set(head, [...(byHead.get(head) ?? []), i]);
  });
  forms.forEach((f, i) => {
    if (f.words.length !== 1 || provisional[i] !== 'group' || !ORG_HEADS.has(f.words[0]!)) return;
    const owners = new Set((byHead.get(f.words[0]!) ?? []).map(find));
    if (owners.size === 1) union([...owners][0]!, i);
  });
}

/**
 * Join a group's name of two words or more to the one longer group name of the article it ends, when the words left
 * out are no place or demonym ("Progressive Caucus" / "Congressional Progressive Caucus"; not "Democratic Party" /
 * "Ohio Democratic Party", the state's party).
 */
function joinTails(forms: Form[], provisional: EntityType[], { find, union }: Unions): void {
  forms.forEach((f, i) => {
    const n = f.words.length;
    if (n < 2 || provisional[i] !== 'group') return;
    const owners = new Set<number>();
    forms.forEach((g, j) => {
      if (g.words.length <= n || provisional[j] !== 'group') return;
      const rest = g.words.slice(0, g.words.length - n);
      if (g.words.slice(-n).join(' ') !== f.words.join(' ')) return;
      if (rest.some((w) => isPlaceWord(w) || isDemonymWord(w) || NAME_CONNECTORS.has(w))) return;
      owners.add(find(j));
    });
    if (owners.size === 1) union([...owners][0]!, i);
  });
}

/** A word that names a country, a region or a town of some size ("Ohio", "Dover"; not a hamlet called "Central"). */
function isPlaceWord(word: string): boolean {
  const place = lookupPlace(word);
  return !!place && (place.kind !== 'city' || place.population >= 100_000);
}

/** One cluster per group of joined forms (by root), with its occurrences, form counts, roles, place and summed evidence; type and name not yet set. */
function gatherClusters(forms: Form[], find: (x: number) => number): Map<number, Cluster> {
  const clusters = new Map<number, Cluster>();
  forms.forEach((f, i) => {
    const r = find(i);
    let c = clusters.get(r);
    if (!c) {
      c = {
        forms: new Map(),
        occurrences: [],
        scores: { person: 0, group: 0, place: 0 },
        type: 'person',
        name: '',
        roles: [],
      };
      clusters.set(r, c);
    }
    for (const o of f.occ) {
      c.occurrences.push(o);
      c.forms.set(o.text, (c.forms.get(o.text) ?? 0) + 1);
      if (o.role && !c.roles.includes(o.role)) c.roles.push(o.role);
      if (o.place && (!c.place || (c.place.lat === undefined && o.place.lat !== undefined))) c.place = o.place;
    }
    add(c.scores, f.scores);
  });
  return clusters;
}

/** Give each cluster its type (weak one-word names by the kind of line they are on), its name and its occurrences in text order. */
function typeClusters(clusters: Map<number, Cluster>, opts: Options): Cluster[] {
  const out: Cluster[] = [];
  for (const c of clusters.values()) {
    const best = Math.max(c.scores.person, c.scores.group, c.scores.place);
    const oneWord = [...c.forms.keys()].every((f) => !/\s/.test(f.trim()));
    add(c.scores, opts.prior);
    if (best < opts.weakEvidence && oneWord && c.scores.place < 1) {
      c.type = c.occurrences.some((o) => o.scoreLine) ? 'person' : 'group';
    } else c.type = argmax(c.scores);
    c.name = chooseName(c.forms);
    c.occurrences.sort((a, b) => a.start - b.start);
    out.push(c);
  }
  return out;
}

/** Of two forms of one length, one written in capitals only ("FRANKFURT" on a dateline) is the worse name. */
function shouted(form: string): boolean {
  return form.length > 1 && form === form.toUpperCase() && form !== form.toLowerCase();
}

/** Fullest form: the longest; ties go to the more frequent, then the first seen. */
export function chooseName(forms: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [form, count] of forms) {
    const clean = form.replace(/[’‘]/g, "'");
    const longer = clean.length > best.length;
    const sameLength = clean.length === best.length;
    if (
      longer ||
      (sameLength && shouted(best) && !shouted(form)) ||
      (sameLength && shouted(best) === shouted(form) && count > bestCount)
    ) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
