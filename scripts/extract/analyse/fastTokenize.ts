/**
 * Adapted from compromise 14.17 (https://github.com/spencermountain/compromise), © 2019 Spencer Kelly, MIT License:
 * the licence is kept beside this file (compromise.LICENSE.txt).
 *
 * compromise's tokeniser steps that are functions of one word's string alone, remembered by that string: the same
 * results, each worked out once per distinct word instead of once per word of the text (a tenth of compromise's time
 * was spent there, and a sixth of its garbage). compromise 14.17's own code, with these costs removed:
 * - parse (src/1-one/tokenize/methods/parse.js) split each word into punctuation and text (splitWhitespace, with
 *   Array.from of the word) and normalised its text (normal/index.js: ten regular expressions, a split and a join);
 * - the `machine` and `alias` computes (src/1-one/tokenize/compute/machine.js, alias.js) ran their regular expressions
 *   on every word (doMachine is copied here as it is).
 * - the `freeze` compute (src/1-one/freeze/compute.js) built, at every word that starts one of compromise's ~2,000
 *   multi-word entries, the strings of the words after it to look them up among its ~100 frozen words; here only at a
 *   word that starts a frozen multi-word entry (the string looked up starts with that word and a space).
 * Installed once, on compromise's world, by `installFastTokenize` (tagWithCompromise.ts).
 */
import nlp from 'compromise/two';

interface Term {
  frozen?: boolean;
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  normal?: string;
  implicit?: string;
  machine?: string;
  alias?: string[];
}
interface Model {
  one: { aliases: Record<string, string>; frozenLex: Record<string, unknown>; _multiCache?: Record<string, number> };
}
interface World {
  model: Model;
  methods: {
    one: {
      setTag: (terms: Term[], tag: unknown, world: World, isSafe?: unknown, reason?: string) => void;
      tokenize: {
        splitSentences: (input: string, world: World) => string[];
        splitTerms: (text: string, model: Model) => string[];
        splitWhitespace: (text: string, model: Model) => Term;
        fromString: (input: string, world: World) => Term[][];
      };
    };
  };
  compute: Record<string, (view: View) => void>;
}
interface View {
  docs: Term[][];
  world: World;
}

// compromise's tokeniser internals are not exported: they are read from the files its `two` entry point sits beside
const base = import.meta.resolve('compromise/two');
const load = async <T>(path: string): Promise<T> =>
  ((await import(new URL(`./1-one/tokenize/${path}`, base).href)) as { default: T }).default;
const splitPunctuation = await load<(text: string, model: Model) => { str: string; pre: string; post: string }>(
  'methods/03-whitespace/tokenize.js',
);
const normalize =
  await load<(term: { text: string; normal?: string }, world: World) => void>('compute/normal/index.js');
const addAliases =
  await load<(term: { normal?: string; text?: string; machine?: string; alias?: string[] }, world: World) => void>(
    'compute/alias.js',
  );
const { hasHyphen, splitHyphens } = (await import(
  new URL('./1-one/tokenize/methods/02-terms/01-hyphens.js', base).href
)) as {
  hasHyphen: (str: string, model: Model) => boolean;
  splitHyphens: (word: string) => string[];
};
const combineSlashes = await load<(arr: (string | null)[]) => (string | null)[]>('methods/02-terms/02-slashes.js');
const combineRanges = await load<(arr: (string | null)[]) => (string | null)[]>('methods/02-terms/03-ranges.js');

/** A memo of a function of one string, emptied when it holds `MAX_WORDS` strings (so its memory stays bounded). */
const MAX_WORDS = 100_000;

function remember<T>(make: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= MAX_WORDS) memo.clear();
      value = make(key);
      memo.set(key, value);
    }
    return value;
  };
}

const world = (nlp as unknown as { _world: World })._world;

const punctuationOf = remember((text) => splitPunctuation(text, world.model));
const normalOf = remember((text) => {
  const term = { text, normal: '' };
  normalize(term, world);
  return term.normal;
});
const hasDash = /^\p{Letter}+-\p{Letter}+$/u;
/** compromise's doMachine (compute/machine.js) of a word's implicit, normal or text form, as it is. */
const machineOf = remember((form) => {
  let str = form;
  str = str.replace(/['’]s$/, '');
  str = str.replace(/s['’]$/, 's');
  str = str.replace(/([aeiou][ktrp])in'$/, '$1ing');
  if (hasDash.test(str)) str = str.replace(/-/g, '');
  return str.replace(/^[#@]/, '');
});
/** The aliases compromise adds to a word with this normal (or text, or machine) form. */
const aliasesOf = remember((form) => {
  const term: { normal: string; alias?: string[] } = { normal: form };
  addAliases(term, world);
  return term.alias;
});

/** compromise's splitWhitespace (03-whitespace/index.js): a new term of the word. */
function splitWhitespace(text: string): Term {
  const { str, pre, post } = punctuationOf(text);
  return { text: str, pre, post, tags: new Set() };
}

/** A word's punctuation, text and the normal form of its text, remembered together (one look-up a word). */
const parsedOf = remember((text) => {
  const { str, pre, post } = splitPunctuation(text, world.model);
  return { str, pre, post, normal: normalOf(str || '') };
});

/** Whether a UTF-16 code unit is white space to a regular expression's `\s`. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `str.split(/(\S+)/)`: the runs of white space (first and last maybe empty) and the runs of other characters between them, alternating. */
function splitRuns(str: string): string[] {
  const out: string[] = [];
  const n = str.length;
  let i = 0;
  while (i < n) {
    const spaceStart = i;
    while (i < n && isSpace(str.charCodeAt(i))) i++;
    if (i === n) {
      out.push(str.slice(spaceStart));
      return out;
    }
    out.push(str.slice(spaceStart, i));
    const wordStart = i;
    while (i < n && !isSpace(str.charCodeAt(i))) i++;
    out.push(str.slice(wordStart, i));
  }
  out.push('');
  return out;
}

const wordlike = /\S/;
const isBoundary = /^[!?.]+$/;
const DASH = /[-–—]/;
/** compromise's notWord (02-terms/index.js): strings that are no term of their own. */
const notWord = new Set([
  '.',
  '?',
  '!',
  ':',
  ';',
  '-',
  '–',
  '—',
  '--',
  '...',
  '(',
  ')',
  '[',
  ']',
  '"',
  "'",
  '`',
  '«',
  '»',
  '*',
  '•',
]);

/**
 * compromise's splitWords (tokenize/methods/02-terms/index.js), as it is but for two costs: its naive split by a
 * regular expression with a capture (`str.split(/(\S+)/)`) is a scan of the character codes, and its hyphen test
 * (which splits every piece, white space included, on dashes) runs only on pieces that have a dash.
 */
function splitTerms(input: string, model: Model): string[] {
  if (typeof input !== 'string') return own.splitTerms(input, model);
  const str = input;
  const words = splitRuns(str);
  const arr: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (DASH.test(word) && hasHyphen(word, model) === true) {
      for (const part of splitHyphens(word)) arr.push(part);
      continue;
    }
    arr.push(word);
  }
  let result: (string | null)[] = [];
  let carry = '';
  for (let i = 0; i < arr.length; i++) {
    const word = arr[i]!;
    if (wordlike.test(word) === true && !notWord.has(word) && isBoundary.test(word) === false) {
      if (result.length > 0) {
        result[result.length - 1] += carry;
        result.push(word);
      } else result.push(carry + word);
      carry = '';
    } else carry += word;
  }
  if (carry) {
    if (result.length === 0) result[0] = '';
    result[result.length - 1] += carry;
  }
  result = combineSlashes(result);
  result = combineRanges(result);
  return result.filter((s): s is string => !!s);
}

/** compromise's parse (tokenize/methods/parse.js): sentences of terms, each with its normal form. */
function fromString(input: string, w: World): Term[][] {
  const { splitSentences, splitTerms } = w.methods.one.tokenize;
  return splitSentences(input || '', w).map((txt) => {
    const words = splitTerms(txt, w.model);
    const terms: Term[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const { str, pre, post, normal } = parsedOf(words[i]!);
      terms[i] = { text: str, pre, post, tags: new Set(), normal };
    }
    return terms;
  });
}

/** compromise's `machine` compute: the machine form where it differs from the normal one. */
function machine(view: View): void {
  for (const terms of view.docs)
    for (const term of terms) {
      const str = machineOf(term.implicit || term.normal || term.text);
      if (str !== term.normal) term.machine = str;
    }
}

/** compromise's `alias` compute: known aliases ("&" → "and") and the parts of a word with a slash. */
function alias(view: View): void {
  for (const terms of view.docs)
    for (const term of terms) {
      const form = term.normal || term.text || term.machine;
      if (!form) {
        addAliases(term, world);
        continue;
      }
      const found = aliasesOf(form);
      if (found === undefined) continue;
      term.alias = term.alias || [];
      for (const a of found) term.alias.push(a);
    }
}

/** The words a frozen multi-word entry starts with (each of its prefixes up to a space), and the entries' count. */
let frozenStarts = new Set<string>();
let frozenCount = -1;

/** compromise's freeze compute (src/1-one/freeze/compute.js): the same tags, only trying the words that can match. */
function freeze(view: View): void {
  const w = view.world;
  const { model, methods } = w;
  const setTag = methods.one.setTag;
  const { frozenLex } = model.one;
  const multi = model.one._multiCache || {};
  const keys = Object.keys(frozenLex);
  if (keys.length !== frozenCount) {
    frozenStarts = new Set();
    for (const key of keys)
      for (let j = key.indexOf(' '); j >= 0; j = key.indexOf(' ', j + 1)) frozenStarts.add(key.slice(0, j));
    frozenCount = keys.length;
  }
  for (const terms of view.docs) {
    for (let i = 0; i < terms.length; i += 1) {
      const t = terms[i]!;
      const word = (t.machine || t.normal)!;
      // the strings tried here start with the word and a space: a frozen one starts with a word of frozenStarts
      if (multi[word] !== undefined && terms[i + 1] && frozenStarts.has(word)) {
        const end = i + multi[word] - 1;
        for (let k = end; k > i; k -= 1) {
          const words = terms.slice(i, k + 1);
          const str = words.map((term) => term.machine || term.normal).join(' ');
          if (Object.hasOwn(frozenLex, str)) {
            setTag(words, frozenLex[str], w, false, '1-frozen-multi-lexicon');
            for (const term of words) term.frozen = true;
          }
        }
      }
      if (frozenLex[word] !== undefined && Object.hasOwn(frozenLex, word)) {
        setTag([t], frozenLex[word], w, false, '1-freeze-lexicon');
        t.frozen = true;
      }
    }
  }
}

const own = {
  freeze: world.compute.freeze!,
  splitTerms: world.methods.one.tokenize.splitTerms,
  splitWhitespace: world.methods.one.tokenize.splitWhitespace,
  fromString: world.methods.one.tokenize.fromString,
  machine: world.compute.machine!,
  alias: world.compute.alias!,
};

/** Put the remembering steps in place of compromise's own (once); `fast` = false puts compromise's own back (tests). */
/** The fast splitTerms, for the test that compares it with compromise's own. */
export const fastSplitTerms = splitTerms;
export const compromiseSplitTerms = own.splitTerms;

export function installFastTokenize(fast = true): void {
  world.methods.one.tokenize.splitWhitespace = fast ? (text) => splitWhitespace(text) : own.splitWhitespace;
  world.methods.one.tokenize.fromString = fast ? fromString : own.fromString;
  world.methods.one.tokenize.splitTerms = fast ? splitTerms : own.splitTerms;
  world.compute.machine = fast ? machine : own.machine;
  world.compute.alias = fast ? alias : own.alias;
  world.compute.freeze = fast ? freeze : own.freeze;
}
