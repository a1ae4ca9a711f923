/**
 * Adapted from compromise 14.17 (https://github.com/spencermountain/compromise), © 2019 Spencer Kelly, MIT License:
 * the licence is kept beside this file (compromise.LICENSE.txt).
 *
 * compromise's preTagger (src/2-two/preTagger/compute/tagger/index.js) with the same results and these costs removed:
 * - the look-alike rules (2nd-pass/03-regex.js: up to 130 regular expressions on a word) gave a result that depends
 *   only on the word's text, normal form and whether it had a tag yet: worked out once per such word here;
 * - the plural and tense guesses (3rd-pass/_fillTags.js: looksPlural, getTense) are functions of the word: the same;
 * - every tag the pre-tagger set (its fastTag) read `process.env.DEBUG_TAGS` (a call into the C++ environment), which
 *   we never set: the steps that tag most words (checkCase, fillTags, tagBySuffix, checkPrefix, checkRegex) are copied
 *   here, as they are, with a fastTag that does not read it.
 * The other steps are compromise's own. Installed once, on compromise's world, by `installFastPreTagger`
 * (tagWithCompromise.ts).
 */
import nlp from 'compromise/two';

interface Term {
  text: string;
  pre: string;
  post: string;
  normal: string;
  implicit?: string;
  machine?: string;
  tags: Set<string>;
  frozen?: boolean;
  index?: [number, number];
  confidence?: number;
}
type Regs = [RegExp, string | string[], string?][];
interface Model {
  one: { tagSet: Record<string, { parents?: string[] } | undefined> };
  two: {
    regexText: Regs;
    regexNormal: Regs;
    regexNumbers: Regs;
    endsWith: Record<string, Regs>;
    suffixPatterns: Record<string, string | string[]>[];
    prefixPatterns: Record<string, string | string[]>[];
  };
}
interface World {
  model: Model;
  methods: {
    one: { setTag: (terms: Term[], tag: unknown, world: World, isSafe?: unknown, reason?: string) => void };
    two: { quickSplit: (docs: Term[][]) => Term[][] };
  };
  compute: Record<string, unknown>;
}
interface View {
  methods: World['methods'];
  model: Model;
  world: World;
  docs: Term[][];
}
type Step = (terms: Term[], i: number, ...rest: unknown[]) => unknown;

// compromise's tagger steps are not exported: they are read from the files its `two` entry point sits beside
const base = import.meta.resolve('compromise/two');
const load = async <T>(path: string): Promise<T> =>
  ((await import(new URL(`./2-two/preTagger/${path}`, base).href)) as { default: T }).default;
const tagger = (path: string) => load<Step>(`compute/tagger/${path}`);
const colons = await tagger('1st-pass/01-colons.js');
const hyphens = await tagger('1st-pass/02-hyphens.js');
const tagSwitch = await tagger('2nd-pass/00-tagSwitch.js');
const checkYear = await tagger('2nd-pass/05-year.js');
const verbType = await tagger('3rd-pass/07-verb-type.js');
const checkAcronym = await tagger('3rd-pass/01-acronym.js');
const neighbours = await tagger('3rd-pass/02-neighbours.js');
const orgWords = await tagger('3rd-pass/03-orgWords.js');
const placeWords = await tagger('3rd-pass/04-placeWords.js');
const nounFallback = await tagger('3rd-pass/05-fallback.js');
const switches = await tagger('3rd-pass/06-switches.js');
const imperative = await load<(terms: Term[], world: World) => void>('compute/tagger/3rd-pass/08-imperative.js');
const looksPlural = await load<(str: string) => boolean>('methods/looksPlural.js');
const getTense = await load<(str: string) => string | null>('methods/transform/verbs/getTense/index.js');

/** A memo of a function of one string, emptied when it holds `MAX_WORDS` strings (so its memory stays bounded). */
const MAX_WORDS = 100_000;

function remember<T>(make: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined && !memo.has(key)) {
      if (memo.size >= MAX_WORDS) memo.clear();
      value = make(key);
      memo.set(key, value);
    }
    return value as T;
  };
}

const world = (nlp as unknown as { _world: World })._world;

/** compromise's fastTag (tagger/_fastTag.js) without its debugging read of the environment. */
function fastTag(term: Term, tag: string | string[] | null | undefined): void {
  if (!tag || tag.length === 0) return;
  if (term.frozen === true) return;
  term.tags = term.tags || new Set();
  if (typeof tag === 'string') term.tags.add(tag);
  else for (const tg of tag) term.tags.add(tg);
}

// 3rd-pass/_fillTags.js
const uncountable = [
  'Acronym',
  'Abbreviation',
  'ProperNoun',
  'Uncountable',
  'Possessive',
  'Pronoun',
  'Activity',
  'Honorific',
  'Month',
];
const isPlural = remember((normal) => looksPlural(normal));
const tenseOf = remember((normal) => getTense(normal));

function setPluralSingular(term: Term): void {
  if (!term.tags.has('Noun') || term.tags.has('Plural') || term.tags.has('Singular')) return;
  if (uncountable.find((tag) => term.tags.has(tag))) return;
  fastTag(term, isPlural(term.normal) ? 'Plural' : 'Singular');
}

function setTense(term: Term): void {
  const tags = term.tags;
  if (tags.has('Verb') && tags.size === 1) {
    const guess = tenseOf(term.normal);
    if (guess) fastTag(term, guess);
  }
}

function fillTags(terms: Term[], i: number, model: Model): void {
  const term = terms[i]!;
  const tags = Array.from(term.tags);
  for (let k = 0; k < tags.length; k += 1) {
    const known = model.one.tagSet[tags[k]!];
    if (known) fastTag(term, known.parents);
  }
  setPluralSingular(term);
  setTense(term);
}

// 2nd-pass/01-case.js
const titleCase = /^\p{Lu}[\p{Ll}'’]/u;
const hasNumber = /[0-9]/;
const notProper = ['Date', 'Month', 'WeekDay', 'Unit', 'Expression'];
const hasIVX = /[IVX]/;
const romanNumeral = /^[IVXLCDM]{2,}$/;
const romanNumValid = /^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const nope: Record<string, boolean> = { li: true, dc: true, md: true, dm: true, ml: true };

function checkCase(terms: Term[], i: number, model: Model): true | null {
  const term = terms[i]!;
  term.index = term.index || [0, 0];
  const index = term.index[1];
  const str = term.text || '';
  if (index !== 0 && titleCase.test(str) === true && hasNumber.test(str) === false) {
    if (notProper.find((tag) => term.tags.has(tag))) return null;
    if (term.pre.match(/["']$/)) return null;
    if (term.normal === 'the') return null;
    fillTags(terms, i, model);
    if (!term.tags.has('Noun') && !term.frozen) term.tags.clear();
    fastTag(term, 'ProperNoun');
    return true;
  }
  if (str.length >= 2 && romanNumeral.test(str) && hasIVX.test(str) && romanNumValid.test(str) && !nope[term.normal]) {
    fastTag(term, 'RomanNumeral');
    return true;
  }
  return null;
}

// 2nd-pass/02-suffix.js
function suffixLoop(str = '', suffixes: Model['two']['suffixPatterns'] = []): string | string[] | null {
  const len = str.length;
  let max = 7;
  if (len <= max) max = len - 1;
  for (let i = max; i > 1; i -= 1) {
    const suffix = str.substring(len - i, len);
    if (Object.hasOwn(suffixes[suffix.length]!, suffix)) return suffixes[suffix.length]![suffix]!;
  }
  return null;
}

function tagBySuffix(terms: Term[], i: number, model: Model): true | null {
  const term = terms[i]!;
  if (term.tags.size === 0) {
    let tag = suffixLoop(term.normal, model.two.suffixPatterns);
    if (tag !== null) {
      fastTag(term, tag);
      term.confidence = 0.7;
      return true;
    }
    if (term.implicit) {
      tag = suffixLoop(term.implicit, model.two.suffixPatterns);
      if (tag !== null) {
        fastTag(term, tag);
        term.confidence = 0.7;
        return true;
      }
    }
  }
  return null;
}

// 2nd-pass/04-prefix.js
function prefixLoop(str = '', prefixes: Model['two']['prefixPatterns'] = []): string | string[] | null {
  const len = str.length;
  let max = 7;
  if (max > len - 3) max = len - 3;
  for (let i = max; i > 2; i -= 1) {
    const prefix = str.substring(0, i);
    if (Object.hasOwn(prefixes[prefix.length]!, prefix)) return prefixes[prefix.length]![prefix]!;
  }
  return null;
}

function checkPrefix(terms: Term[], i: number, model: Model): true | null {
  const term = terms[i]!;
  if (term.tags.size === 0) {
    const tag = prefixLoop(term.normal, model.two.prefixPatterns);
    if (tag !== null) {
      fastTag(term, tag);
      term.confidence = 0.5;
      return true;
    }
  }
  return null;
}

// 2nd-pass/03-regex.js
const hasApostrophe = /['‘’‛‵′`´]/;

function doRegs(str: string, regs: Regs): Regs[number] | null {
  for (let i = 0; i < regs.length; i += 1) if (regs[i]![0].test(str) === true) return regs[i]!;
  return null;
}

function doEndsWith(str = '', byEnd: Model['two']['endsWith']): Regs[number] | null {
  const char = str[str.length - 1]!;
  if (Object.hasOwn(byEnd, char)) {
    const regs = byEnd[char] || [];
    for (let r = 0; r < regs.length; r += 1) if (regs[r]![0].test(str) === true) return regs[r]!;
  }
  return null;
}

/**
 * The look-alike rule of each word, by its text, then its normal form, then whether it has no tag yet (0 or 1): the
 * first normal form seen with a text is kept beside it (one look-up for most words), any other in a map of its own.
 */
interface LookAlikes {
  normal: string;
  found: (Regs[number] | null)[];
  others: Map<string, (Regs[number] | null)[]> | undefined;
}
const lookAlikes = new Map<string, LookAlikes>();
let lookAlikeCount = 0;

function lookAlike(text: string, normal: string, untagged: boolean): Regs[number] | null {
  let entry = lookAlikes.get(text);
  let found: (Regs[number] | null)[] | undefined;
  if (entry === undefined) {
    if (lookAlikeCount >= MAX_WORDS) {
      lookAlikes.clear();
      lookAlikeCount = 0;
    }
    found = [undefined as unknown as null, undefined as unknown as null];
    lookAlikes.set(text, (entry = { normal, found, others: undefined }));
    lookAlikeCount++;
  } else if (entry.normal === normal) found = entry.found;
  else {
    entry.others ??= new Map();
    found = entry.others.get(normal);
    if (found === undefined) {
      entry.others.set(normal, (found = [undefined as unknown as null, undefined as unknown as null]));
      lookAlikeCount++;
    }
  }
  const k = untagged ? 1 : 0;
  let arr = found[k];
  if (arr === undefined) arr = found[k] = lookAlikeOf(text, normal, untagged);
  return arr;
}

function checkRegex(terms: Term[], i: number, _model: Model, w: World): true | null {
  const setTag = w.methods.one.setTag;
  const term = terms[i]!;
  const normal = term.machine || term.normal;
  let text = term.text;
  if (hasApostrophe.test(term.post) && !hasApostrophe.test(term.pre)) text += term.post.trim();
  const arr =
    typeof text === 'string' && typeof normal === 'string'
      ? lookAlike(text, normal, term.tags.size === 0)
      : lookAlikeOf(text, normal, term.tags.size === 0);
  if (arr) {
    setTag([term], arr[1], w, null, `2-regex-'${arr[2] || arr[0]}'`);
    term.confidence = 0.6;
    return true;
  }
  return null;
}

function lookAlikeOf(text: string, normal: string, untagged: boolean): Regs[number] | null {
  const { regexText, regexNormal, regexNumbers, endsWith } = world.model.two;
  let arr = doRegs(text, regexText) || doRegs(normal, regexNormal);
  if (!arr && /[0-9]/.test(normal)) arr = doRegs(normal, regexNumbers);
  if (!arr && untagged) arr = doEndsWith(normal, endsWith);
  return arr;
}

// tagger/index.js
function ignoreCase(terms: Term[]): boolean {
  if (terms.filter((t) => !t.tags.has('ProperNoun')).length <= 3) return false;
  const lowerCase = /^[a-z]/;
  return terms.every((t) => !lowerCase.test(t.text));
}

function secondPass(terms: Term[], model: Model, w: World, isYelling: boolean): void {
  for (let i = 0; i < terms.length; i += 1) {
    if (terms[i]!.frozen === true) continue;
    tagSwitch(terms, i, model, w);
    if (isYelling === false) checkCase(terms, i, model);
    tagBySuffix(terms, i, model);
    checkRegex(terms, i, model, w);
    checkPrefix(terms, i, model);
    checkYear(terms, i, model, w);
  }
}

function thirdPass(terms: Term[], model: Model, w: World, isYelling: boolean): void {
  for (let i = 0; i < terms.length; i += 1) {
    let found = checkAcronym(terms, i, model, w);
    fillTags(terms, i, model);
    found = found || neighbours(terms, i, model, w);
    found = found || nounFallback(terms, i, model, w);
  }
  for (let i = 0; i < terms.length; i += 1) {
    if (terms[i]!.frozen === true) continue;
    orgWords(terms, i, w, isYelling);
    placeWords(terms, i, w, isYelling);
    switches(terms, i, w);
    verbType(terms, i, model, w);
    hyphens(terms, i, model, w);
  }
  imperative(terms, w);
}

function preTagger(view: View): Term[][] {
  const { methods, model, world: w } = view;
  const docs = view.docs;
  for (const terms of docs) colons(terms, 0, model, w);
  const document = methods.two.quickSplit(docs);
  for (let n = 0; n < document.length; n += 1) {
    const terms = document[n]!;
    const isYelling = ignoreCase(terms);
    secondPass(terms, model, w, isYelling);
    thirdPass(terms, model, w, isYelling);
  }
  return document;
}

const own = world.compute.preTagger;

/** Put this preTagger in place of compromise's own (once); `fast` = false puts compromise's own back (tests). */
export function installFastPreTagger(fast = true): void {
  world.compute.preTagger = fast ? preTagger : own;
}
