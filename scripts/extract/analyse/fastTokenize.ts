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

/** compromise's parse (tokenize/methods/parse.js): sentences of terms, each with its normal form. */
function fromString(input: string, w: World): Term[][] {
  const { splitSentences, splitTerms } = w.methods.one.tokenize;
  return splitSentences(input || '', w).map((txt) => {
    const terms = splitTerms(txt, w.model).map((t) => w.methods.one.tokenize.splitWhitespace(t, w.model));
    for (const t of terms) t.normal = normalOf(t.text || '');
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
  splitWhitespace: world.methods.one.tokenize.splitWhitespace,
  fromString: world.methods.one.tokenize.fromString,
  machine: world.compute.machine!,
  alias: world.compute.alias!,
};

/** Put the remembering steps in place of compromise's own (once); `fast` = false puts compromise's own back (tests). */
export function installFastTokenize(fast = true): void {
  world.methods.one.tokenize.splitWhitespace = fast ? (text) => splitWhitespace(text) : own.splitWhitespace;
  world.methods.one.tokenize.fromString = fast ? fromString : own.fromString;
  world.compute.machine = fast ? machine : own.machine;
  world.compute.alias = fast ? alias : own.alias;
  world.compute.freeze = fast ? freeze : own.freeze;
}
