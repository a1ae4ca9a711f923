/**
 * Adapted from compromise 14.17 (https://github.com/spencermountain/compromise), © 2019 Spencer Kelly, MIT License:
 * the licence is kept beside this file (compromise.LICENSE.txt).
 *
 * A faster drop-in for compromise's `bulkMatch` (the sweep of its ~1,000 post-tagging match rules over each
 * sentence), giving exactly the same results in the same order: compromise 14.17's own code
 * (src/1-one/sweep/methods/sweep/*, src/1-one/match/methods/match/index.js) with these costs removed, measured to be
 * a fifth of the extractor's time:
 * - finding the rules a sentence may trigger walked every one of the net's ~2,000 hook keys per sentence; here the
 *   sentence's own words and tags are looked up, and the rules taken in the same key order;
 * - trying a rule at every word of a sentence copied the rest of the sentence (`terms.slice(i)`) and built a match
 *   state before testing the first word; here a first word that cannot match is skipped before either (the test is
 *   compromise's own term match, the one its matcher would run first);
 * - each rule's needs and wants were filtered in three passes of closures;
 * - a rule whose first reg is a block of choices was tried from every word; here the block is tested first (its start
 *   words found in the sentence's index when its choices start with plain words or tags), and the plain one-word regs
 *   after a start word are tested on the words that follow before compromise's matcher runs.
 * Beside it, compromise's setTag without its debugging read of the environment, and its postTagger without the views
 * its sweep built of every match (see below). Installed once, on compromise's world, by `installFastSweep`
 * (tagWithCompromise.ts).
 */
import nlp from 'compromise/two';

/** The parts of compromise's terms, match rules and results this file reads (compromise ships no types for them). */
interface Term {
  id: string;
  [key: string]: unknown;
}
interface Reg {
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  start?: boolean;
  end?: boolean;
  choices?: unknown;
}
interface Rule {
  match: string;
  regs: Reg[];
  needs: string[];
  wants: string[];
  ifNo?: string[];
  minWant: number;
  minWords: number;
  group?: string;
  justOne?: boolean;
  notIf?: unknown;
  unTag?: unknown;
}
interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}
type Pointer = [number | null, number, number, string?, string?];
interface Found {
  pointer: Pointer;
  groups: Record<string, Pointer>;
}
interface Methods {
  one: { cacheDoc: (document: Term[][]) => Set<string>[]; bulkMatch: unknown };
}

type TryHere = (terms: Term[], regs: Reg[], start: number, length: number) => Found | null;
type GetGroup = (results: Found[], group: string | undefined) => { ptrs: Pointer[] };
type NotIf = (results: Found[], notIf: unknown, docs: Term[][]) => Found[];

// compromise's matcher internals are not exported: they are read from the files its `two` entry point sits beside
const base = import.meta.resolve('compromise/two');
const load = async <T>(path: string): Promise<T> =>
  ((await import(new URL(`./1-one/match/methods/match/${path}`, base).href)) as { default: T }).default;
const tryHere = await load<TryHere>('02-from-here.js');
const termMethods = (
  (await import(new URL('./1-one/match/methods/termMethods.js', base).href)) as {
    default: Record<string, ((term: Term) => boolean) | undefined>;
  }
).default;
const fuzzy = await load<(a: string, b: string) => number>('term/_fuzzy.js');

/** compromise's term match (term/doesMatch.js, its wrapMatch: negated for a negative reg), as it is but with loops for its closures. */
function doesMatch(term: Term, reg: Reg, index: number, length: number): boolean | null {
  const result = termMatch(term as TermLike, reg as RegLike, index, length);
  return reg.negative === true ? !result : result;
}

/** compromise's doesMatch (term/doesMatch.js), step for step. */
function termMatch(term: TermLike, reg: RegLike, index: number, length: number): boolean | null {
  if (reg.anything === true) return true;
  if (reg.start === true && index !== 0) return false;
  if (reg.end === true && index !== length - 1) return false;
  if (reg.id !== undefined && reg.id === term.id) return true;
  if (reg.word !== undefined) {
    if (reg.use) return reg.word === term[reg.use as string];
    if (term.machine !== null && term.machine === reg.word) return true;
    if (reg.fuzzy === true) {
      if (reg.word === term.root) return true;
      if (fuzzy(reg.word as string, term.normal as string) >= (reg.min as number)) return true;
    }
    const { alias } = term;
    if (alias) for (let k = 0; k < alias.length; k++) if (alias[k] === reg.word) return true;
    return reg.word === term.text || reg.word === term.normal;
  }
  if (reg.tag !== undefined) return term.tags.has(reg.tag as string) === true;
  if (reg.method !== undefined) {
    const method = termMethods[reg.method as string];
    return typeof method === 'function' && method(term as Term) === true;
  }
  if (reg.pre !== undefined) return (term.pre && (term.pre as string).includes(reg.pre as string)) as boolean;
  if (reg.post !== undefined) return (term.post && (term.post as string).includes(reg.post as string)) as boolean;
  if (reg.regex !== undefined) {
    const str = reg.use ? term[reg.use as string] : term.normal;
    return (reg.regex as RegExp).test(str as string);
  }
  if (reg.chunk !== undefined) return term.chunk === reg.chunk;
  if (reg.switch !== undefined) return term.switch === reg.switch;
  if (reg.machine !== undefined)
    return term.normal === reg.machine || term.machine === reg.machine || term.root === reg.machine;
  if (reg.sense !== undefined) return term.sense === reg.sense;
  if (reg.fastOr !== undefined) {
    if (reg.pos && !term.tags.has(reg.pos)) return null;
    const str = term.root || term.implicit || term.machine || term.normal;
    return reg.fastOr.has(str as string) || reg.fastOr.has(term.text as string);
  }
  if (reg.choices !== undefined) {
    const choices = reg.choices as Reg[];
    if (reg.operator === 'and') {
      for (let k = 0; k < choices.length; k++) if (!doesMatch(term as Term, choices[k]!, index, length)) return false;
      return true;
    }
    for (let k = 0; k < choices.length; k++) if (doesMatch(term as Term, choices[k]!, index, length)) return true;
    return false;
  }
  return false;
}
const getGroup = await load<GetGroup>('03-getGroup.js');
const notIf = await load<NotIf>('03-notIf.js');

/**
 * The net read once. Every string a rule hooks on or tests for (its needs, wants and ifNo: words, "#Tag", "%Switch%")
 * gets a number; a sentence's items are then flags in an array. Each rule has its needs, ifNo and wants as numbers,
 * the earliest of its needs in compromise's key order (Object.keys of the hooks), and its position in the list of each
 * key it is hooked under. Each rule is filed under one key it cannot do without (a need, a word rather than a tag when
 * it has one), or under each of its wants when it needs nothing. `exact` is false when two rules share a match text
 * (compromise keeps only the first) or a rule tests a string that is no hook key: then the sentence's rules are found
 * as compromise finds them.
 */
interface RuleInfo {
  rule: Rule;
  needs: Int32Array;
  ifNo: Int32Array;
  wants: Int32Array;
  minWant: number;
  /** The earliest key order of its needs (Infinity without needs). */
  needOrder: number;
  /** The key orders it is hooked under, and its position in each of those keys' lists. */
  keyOrders: Int32Array;
  keyPositions: Int32Array;
}
interface NetIndex {
  keys: string[];
  order: Map<string, number>;
  exact: boolean;
  /** The number of each string the rules test; `tags`: of "#" + tag, by tag. */
  ids: Map<string, number>;
  tags: Map<string, number>;
  /** The key order of each number (-1: no hook key). */
  orderOf: Int32Array;
  infos: RuleInfo[];
  /** Rule numbers filed under each string's number. */
  anchored: (number[] | undefined)[];
  /** Per sentence: the strings it has (flags by number), and the sentence each rule was last found for. */
  present: Uint8Array;
  stamp: Int32Array;
  /** Per rule found for the sentence: where compromise lists it (key order × 65536 + position). */
  sortKey: Float64Array;
  sentence: number;
  /** How many sentences so far had each string. */
  seen: Int32Array;
}
const netIndexes = new WeakMap<Net, NetIndex>();

function netIndex(net: Net): NetIndex {
  let ni = netIndexes.get(net);
  if (ni) return ni;
  const keys = Object.keys(net.hooks);
  const order = new Map(keys.map((k, i) => [k, i]));
  const positions = new Map<Rule, Map<number, number>>();
  const texts = new Map<string, Rule>();
  let exact = true;
  for (const [ki, k] of keys.entries())
    for (const [i, rule] of net.hooks[k]!.entries()) {
      let at = positions.get(rule);
      if (!at) positions.set(rule, (at = new Map()));
      at.set(ki, i);
      if ((texts.get(rule.match) ?? rule) !== rule) exact = false;
      texts.set(rule.match, rule);
    }
  const ids = new Map<string, number>();
  const idOf = (str: string): number => {
    let id = ids.get(str);
    if (id === undefined) ids.set(str, (id = ids.size));
    return id;
  };
  for (const k of keys) idOf(k);
  const infos: RuleInfo[] = [];
  for (const [rule, at] of positions) {
    for (const str of [...rule.needs, ...rule.wants]) if (!order.has(str)) exact = false;
    const needOrders = rule.needs.map((n) => order.get(n) ?? Number.POSITIVE_INFINITY);
    infos.push({
      rule,
      needs: Int32Array.from(rule.needs, idOf),
      ifNo: Int32Array.from(rule.ifNo ?? [], idOf),
      wants: Int32Array.from(rule.wants, idOf),
      minWant: rule.minWant,
      needOrder: Math.min(...needOrders),
      keyOrders: Int32Array.from(at.keys()),
      keyPositions: Int32Array.from(at.values()),
    });
  }
  const orderOf = new Int32Array(ids.size).fill(-1);
  for (const [str, id] of ids) orderOf[id] = order.get(str) ?? -1;
  const tags = new Map<string, number>();
  for (const [str, id] of ids) if (str.startsWith('#')) tags.set(str.slice(1), id);
  ni = {
    keys,
    order,
    exact,
    ids,
    tags,
    orderOf,
    infos,
    anchored: [],
    present: new Uint8Array(ids.size),
    stamp: new Int32Array(infos.length).fill(-1),
    sortKey: new Float64Array(infos.length),
    sentence: 0,
    seen: new Int32Array(ids.size),
  };
  // before any sentence is seen: a word the rule needs rather than a tag
  const tagIds = new Set(tags.values());
  fileRules(ni, (id) => (tagIds.has(id) ? 1 : 0));
  netIndexes.set(net, ni);
  return ni;
}

/**
 * File each rule under the need that is rarest by `rarity` (the sentences seen so far that had it), or under each of
 * its wants when it needs nothing; put its needs rarest first. Where a rule is filed changes only how many rules are
 * tested per sentence, never which pass.
 */
function fileRules(ni: NetIndex, rarity: (id: number) => number): void {
  const anchored: (number[] | undefined)[] = new Array(ni.ids.size);
  const file = (id: number, r: number) => {
    const list = anchored[id];
    if (list) list.push(r);
    else anchored[id] = [r];
  };
  for (const [r, info] of ni.infos.entries()) {
    const wants = [...new Set(info.wants)];
    if (info.needs.length > 0) {
      // a stable sort: among needs as rare, the earlier stays first
      info.needs = Int32Array.from([...info.needs].sort((x, y) => rarity(x) - rarity(y)));
      // a rule that needs some of its wants is found through any of them, when they are rarer together
      const byWants = info.minWant >= 1 ? wants.reduce((n, w) => n + rarity(w), 0) : Number.POSITIVE_INFINITY;
      if (byWants < rarity(info.needs[0]!)) for (const want of wants) file(want, r);
      else file(info.needs[0]!, r);
    } else for (const want of wants) file(want, r);
  }
  ni.anchored = anchored;
}

/** Sentences after which the rules are filed again by how often the sentences had each string. */
const REFILE_AT = new Set([1_000, 30_000]);

/** Flag one of a sentence's strings, if a rule tests it. */
function mark(ni: NetIndex, id: number | undefined, items: number[]): void {
  if (id !== undefined && ni.present[id] === 0) {
    ni.present[id] = 1;
    items.push(id);
  }
}

/** The strings of compromise's cacheDoc for one sentence (words, forms, "%switch%", "#Tag"), flagged by number. */
function markSentence(ni: NetIndex, terms: Term[], items: number[]): void {
  const { ids } = ni;
  for (const t of terms as (Term & {
    normal: string;
    switch?: string;
    implicit?: string;
    machine?: string | null;
    root?: string;
    alias?: string[];
    tags: Set<string>;
  })[]) {
    if (t.normal !== '') mark(ni, ids.get(t.normal), items);
    if (t.switch) mark(ni, ids.get(`%${t.switch}%`), items);
    if (t.implicit) mark(ni, ids.get(t.implicit), items);
    if (t.machine) mark(ni, ids.get(t.machine), items);
    if (t.root) mark(ni, ids.get(t.root), items);
    if (t.alias) for (const a of t.alias) mark(ni, ids.get(a), items);
    for (const tag of t.tags) mark(ni, ni.tags.get(tag), items);
  }
}

/** compromise's getHooks and trimDown for one sentence: the rules it may trigger, in compromise's order. */
function rulesOf(terms: Term[], ni: NetIndex): Rule[] {
  const items: number[] = [];
  markSentence(ni, terms, items);
  for (const id of items) ni.seen[id]!++;
  const sentence = ++ni.sentence;
  if (REFILE_AT.has(sentence)) fileRules(ni, (id) => ni.seen[id]!);
  const found: number[] = [];
  for (const id of items) {
    const rules = ni.anchored[id];
    if (rules === undefined) continue;
    // a rule filed under several of the sentence's strings is tested once (the flags do not change meanwhile)
    for (const r of rules) {
      if (ni.stamp[r] === sentence) continue;
      ni.stamp[r] = sentence;
      if (possible(ni.infos[r]!, ni.present)) found.push(r);
    }
  }
  // compromise lists a rule first under the earliest of its keys the sentence has, at its place in that key's list
  const { sortKey } = ni;
  for (const r of found) {
    const info = ni.infos[r]!;
    let key = info.needOrder;
    const { wants } = info;
    for (let k = 0; k < wants.length; k++) if (ni.present[wants[k]!] === 1) key = Math.min(key, ni.orderOf[wants[k]!]!);
    const pos = info.keyPositions[info.keyOrders.indexOf(key)]!;
    sortKey[r] = key * 65536 + pos;
  }
  for (const id of items) ni.present[id] = 0;
  found.sort((x, y) => sortKey[x]! - sortKey[y]!);
  const rules: Rule[] = new Array(found.length);
  for (let k = 0; k < found.length; k++) rules[k] = ni.infos[found[k]!]!.rule;
  return rules;
}

/** Whether the sentence has every need, none of the ifNo and enough wants of a rule (trimDown). */
function possible(info: RuleInfo, present: Uint8Array): boolean {
  const { needs, ifNo, wants } = info;
  for (let k = 0; k < needs.length; k++) if (present[needs[k]!] === 0) return false;
  for (let k = 0; k < ifNo.length; k++) if (present[ifNo[k]!] === 1) return false;
  if (wants.length === 0) return true;
  let found = 0;
  for (let k = 0; k < wants.length; k++) found += present[wants[k]!]!;
  return found >= info.minWant;
}

/** `possible` on compromise's own cache of the sentence's strings. */
function possibleIn(rule: Rule, have: Set<string>): boolean {
  for (const need of rule.needs) if (!have.has(need)) return false;
  if (rule.ifNo !== undefined) for (const no of rule.ifNo) if (have.has(no)) return false;
  if (rule.wants.length === 0) return true;
  let found = 0;
  for (const want of rule.wants) if (have.has(want)) found++;
  return found >= rule.minWant;
}

/** The rules a sentence may trigger: those hooked on its words and tags, in key order, each once (getHooks). */
function hooksOf(have: Set<string>, net: Net, ni: NetIndex): Rule[] {
  const at: number[] = [];
  for (const item of have) {
    const i = ni.order.get(item);
    if (i !== undefined) at.push(i);
  }
  at.sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: Rule[] = [];
  for (const i of at) {
    for (const rule of net.hooks[ni.keys[i]!]!) {
      if (seen.has(rule.match)) continue;
      seen.add(rule.match);
      out.push(rule);
    }
  }
  return out;
}

/** The parts of a term and a reg the tests below read (see compromise's term/doesMatch.js). */
type TermLike = Term & {
  text: string;
  normal: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  tags: Set<string>;
};
type RegLike = Reg & {
  id?: unknown;
  word?: unknown;
  tag?: unknown;
  use?: unknown;
  fuzzy?: unknown;
  method?: unknown;
  pre?: unknown;
  post?: unknown;
  regex?: unknown;
  chunk?: unknown;
  switch?: unknown;
  machine?: unknown;
  sense?: unknown;
  fastOr?: Set<string>;
  pos?: string;
  min?: unknown;
  operator?: string;
};

/**
 * How a rule's first reg can be tested on a word: 'word' or 'tag' when compromise's term match of it looks only at
 * the word's forms (text, normal, machine, aliases) or at its tags, so the words that pass are found in the
 * sentence's index; 'or' for a list of words ("(a|b|c)", compromise's fastOr), tested here as compromise's term match
 * tests it; 'test' when it fails tryHere at the first step unless compromise's term match passes; 'block' for a block
 * of choices ("(a|#Tag)", "(#Noun && @hasComma)") that fails tryHere at the first step unless one of its choices (or
 * all, for "&&") matches there; 'none'.
 */
type FirstKind = 'word' | 'tag' | 'or' | 'test' | 'block' | 'none';

/** Whether tryHere tests a reg with compromise's term match alone, failing the rule if it fails. */
function isPlain(reg: Reg): boolean {
  return (
    reg.optional !== true &&
    reg.negative !== true &&
    reg.anything !== true &&
    reg.choices === undefined &&
    !(reg.end === true && reg.greedy === true)
  );
}

function firstKind(reg: RegLike): FirstKind {
  if (isBlock(reg)) return 'block';
  if (!isPlain(reg)) return 'none';
  if (reg.start === true || reg.end === true || reg.id !== undefined) return 'test';
  if (typeof reg.word === 'string') return reg.use === undefined && reg.fuzzy !== true ? 'word' : 'test';
  if (typeof reg.tag === 'string') return 'tag';
  const onlyOr =
    reg.fastOr instanceof Set &&
    reg.word === undefined &&
    reg.tag === undefined &&
    reg.method === undefined &&
    reg.pre === undefined &&
    reg.post === undefined &&
    reg.regex === undefined &&
    reg.chunk === undefined &&
    reg.switch === undefined &&
    reg.machine === undefined &&
    reg.sense === undefined;
  return onlyOr ? 'or' : 'test';
}

type Block = Reg & { choices: unknown[]; operator?: string };

/** Whether tryHere tests a reg as a block of choices alone, failing the rule if none (or not all) match. */
function isBlock(reg: Reg): reg is Block {
  return (
    Array.isArray(reg.choices) &&
    ((reg as Block).operator === 'or' || (reg as Block).operator === 'and') &&
    reg.optional !== true &&
    reg.negative !== true &&
    reg.anything !== true
  );
}

/** Whether a block matches exactly one word when it matches (each choice one reg, none greedy). */
function isOneWordBlock(reg: Block): boolean {
  return (
    reg.greedy !== true &&
    reg.end !== true &&
    reg.choices.every((c) => Array.isArray(c) && c.length === 1 && (c[0] as Reg).greedy !== true)
  );
}

/**
 * Whether a block can match at word i (false: tryHere fails there at its first step): compromise's doOrBlock and
 * doAndBlock (match/steps/logic/and-or.js) as far as whether they match; a choice with a greedy reg before its last is
 * taken to match (not worked out here).
 */
function blockMatches(terms: Term[], i: number, block: Block): boolean {
  const n = terms.length;
  if (block.operator === 'and') {
    for (const choice of block.choices as Reg[][])
      for (let w = 0; w < choice.length; w++) {
        const t = terms[i + w];
        if (t === undefined || !doesMatch(t, choice[w]!, i + w, n)) return false;
      }
    return true;
  }
  for (const choice of block.choices) {
    if (!Array.isArray(choice)) return false;
    if (choiceMatches(terms, i, choice as Reg[])) return true;
  }
  return false;
}

/** Whether a choice of an or-block matches from word i (tryChoice gives more than 0). */
function choiceMatches(terms: Term[], i: number, choice: Reg[]): boolean {
  for (let w = 0; w < choice.length; w++) {
    const t = terms[i + w];
    if (t === undefined || doesMatch(t, choice[w]!, i + w, terms.length) !== true) return false;
    if (choice[w]!.greedy === true && w < choice.length - 1) return true;
  }
  return choice.length > 0;
}

/** compromise's term match of a fastOr reg ('or' above), true or not. */
function matchesOr(t: TermLike, reg: RegLike): boolean {
  if (reg.pos && !t.tags.has(reg.pos)) return false;
  const str = t.root || t.implicit || t.machine || t.normal;
  return reg.fastOr!.has(str) || reg.fastOr!.has(t.text);
}

/** Per sentence: where each word form and each tag stands, in order. */
interface SentenceIndex {
  words: Map<string, number[]>;
  tags: Map<string, number[]>;
}

function add(index: Map<string, number[]>, key: string, i: number): void {
  const at = index.get(key);
  if (!at) index.set(key, [i]);
  else if (at[at.length - 1] !== i) at.push(i);
}

/** The words and tags a rule of the net starts from (see matchSentence): the only ones a sentence's index needs. */
interface StartKeys {
  words: Set<string>;
  tags: Set<string>;
}
const startKeysOf = new WeakMap<Net, StartKeys>();

function startKeys(net: Net): StartKeys {
  let keys = startKeysOf.get(net);
  if (!keys) {
    keys = { words: new Set(), tags: new Set() };
    for (const rule of [...Object.values(net.hooks).flat(), ...net.always]) {
      if (!rule.regs || rule.regs.length === 0) continue;
      const { kind, key, starts } = prepare(rule);
      if (kind === 'word') keys.words.add(key);
      if (kind === 'tag') keys.tags.add(key);
      for (const start of starts ?? []) (start.kind === 'word' ? keys.words : keys.tags).add(start.key);
    }
    startKeysOf.set(net, keys);
  }
  return keys;
}

function indexSentence(terms: Term[], keys: StartKeys): SentenceIndex {
  const words = new Map<string, number[]>();
  const tags = new Map<string, number[]>();
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as TermLike;
    if (typeof t.machine === 'string') addWord(keys, words, t.machine, i);
    if (t.alias) for (const a of t.alias) addWord(keys, words, a, i);
    if (typeof t.text === 'string') addWord(keys, words, t.text, i);
    if (typeof t.normal === 'string') addWord(keys, words, t.normal, i);
    for (const tag of t.tags) if (keys.tags.has(tag)) add(tags, tag, i);
  }
  return { words, tags };
}

/** Index word i under `word` when a rule starts from that word. */
function addWord(keys: StartKeys, words: Map<string, number[]>, word: string, i: number): void {
  if (keys.words.has(word)) add(words, word, i);
}

const NOWHERE: number[] = [];

interface Prepared {
  kind: FirstKind;
  /** The word or tag of a 'word' or 'tag' first reg. */
  key: string;
  minLength: number;
  /**
   * Where the words after a start word are tested from (see mayMatchFrom): 'one', after a first reg that matched one
   * word; 'greedy', after a plain greedy first reg ("#Noun+"), as far as compromise's getGreedy takes it; 'here', from
   * the start word itself (a first reg that is optional, negative or any word); 'none': not tested.
   */
  from: 'one' | 'greedy' | 'here' | 'none';
  /** The regs tested from there, in order: each moves the positions a match can have reached (see Step). */
  steps: Step[];
  /** The first reg and the one after it, for 'greedy'. */
  first: Reg;
  next: Reg | undefined;
  /**
   * For a 'block' first reg: words and tags one of which a word must have for the block to match there (the first reg
   * of each choice of an or-block, of one choice of an and-block), when they are all plain words or tags; the start
   * words are then found in the sentence's index.
   */
  starts: { kind: 'word' | 'tag'; key: string }[] | undefined;
}
const prepared = new WeakMap<Rule, Prepared>();

/** The word or tag a plain reg tests (firstKind 'word' or 'tag'), or undefined. */
function keyOf(reg: unknown): { kind: 'word' | 'tag'; key: string } | undefined {
  const r = reg as RegLike;
  const kind = firstKind(r);
  if (kind === 'word') return { kind, key: r.word as string };
  if (kind === 'tag') return { kind, key: r.tag as string };
  return undefined;
}

/** The `starts` of a block (see Prepared), or undefined. */
function blockStarts(block: Block): Prepared['starts'] {
  const firsts = block.choices.map((c) => (Array.isArray(c) ? keyOf(c[0]) : undefined));
  if (block.operator === 'and') {
    const one = firsts.find((k) => k !== undefined);
    return one ? [one] : undefined;
  }
  return firsts.every((k) => k !== undefined) ? (firsts as { kind: 'word' | 'tag'; key: string }[]) : undefined;
}

/** The word positions of the sentence that hold one of `starts`, in order, each once. */
function startPositions(index: SentenceIndex, starts: NonNullable<Prepared['starts']>): number[] {
  if (starts.length === 1) {
    const { kind, key } = starts[0]!;
    return (kind === 'word' ? index.words : index.tags).get(key) ?? NOWHERE;
  }
  const out: number[] = [];
  for (const { kind, key } of starts) {
    const at = (kind === 'word' ? index.words : index.tags).get(key);
    if (at) for (const i of at) out.push(i);
  }
  out.sort((a, b) => a - b);
  let k = 0;
  for (let j = 0; j < out.length; j++) if (j === 0 || out[j] !== out[j - 1]) out[k++] = out[j]!;
  out.length = k;
  return out;
}

function prepare(rule: Rule): Prepared {
  let p = prepared.get(rule);
  if (!p) {
    const first = rule.regs[0] as RegLike;
    const kind = firstKind(first);
    const oneWord =
      kind === 'block'
        ? isOneWordBlock(first as Block)
        : kind !== 'none' && first.greedy !== true && first.end !== true;
    const greedy =
      kind !== 'none' &&
      kind !== 'block' &&
      first.greedy === true &&
      first.start !== true &&
      first.end !== true &&
      (first as { min?: unknown }).min === undefined &&
      (first as { max?: unknown }).max === undefined;
    const from = oneWord ? 'one' : greedy ? 'greedy' : kind === 'none' ? 'here' : 'none';
    p = {
      kind,
      key: kind === 'word' ? (first.word as string) : kind === 'tag' ? (first.tag as string) : '',
      minLength: rule.regs.filter((r) => r.optional !== true && r.negative !== true).length,
      from,
      steps: from === 'none' ? [] : stepsOf(rule.regs, from === 'here' ? 0 : 1),
      first,
      next: rule.regs[1],
      starts: kind === 'block' ? blockStarts(first as Block) : undefined,
    };
    prepared.set(rule, p);
  }
  return p;
}

/**
 * A reg as it moves the positions a match can have reached, read from compromise's tryHere: 'one', a plain reg that
 * must match the word at the position (its term match) and moves past it; 'neg', a negative reg ("!foo"), the same
 * with the negated match; 'any', any word ("."); 'opt', an optional reg ("foo?", "!foo?", ".?") that may take the
 * word or not (compromise may let the next reg take it, which is still one word).
 */
interface Step {
  op: 'one' | 'neg' | 'any' | 'opt';
  reg: Reg;
  /** The tag or word of a plain tag or word reg, tested here directly. */
  tag: string | undefined;
  word: string | undefined;
}

/** The steps of regs[from..], up to the first that no step describes (a block, a greedy reg after its first word). */
function stepsOf(regs: Reg[], from: number): Step[] {
  const steps: Step[] = [];
  const step = (op: Step['op'], reg: Reg): Step => ({ op, reg, tag: undefined, word: undefined });
  for (let j = from; j < regs.length; j++) {
    const reg = regs[j] as RegLike;
    if (reg.choices !== undefined) break;
    if (reg.greedy === true) {
      // a plain greedy reg must match its first word; where it ends is not followed
      if (isPlain(reg)) steps.push(plainStep(reg));
      break;
    }
    if (reg.optional === true) steps.push(step('opt', reg));
    else if (reg.anything === true) {
      if (reg.negative === true) break;
      steps.push(step('any', reg));
    } else if (reg.negative === true) steps.push(step('neg', reg));
    else {
      steps.push(plainStep(reg));
      if (reg.end === true) break;
    }
  }
  return steps;
}

function plainStep(reg: Reg): Step {
  const r = reg as RegLike;
  const kind = firstKind(r);
  return {
    op: 'one',
    reg,
    tag: kind === 'tag' && r.word === undefined ? (r.tag as string) : undefined,
    word: kind === 'word' ? (r.word as string) : undefined,
  };
}

/** The highest position a match is followed to, past its start word (a bit each in a 32-bit mask). */
const MAX_REACH = 30;

/**
 * Whether the rule may match from start word i, whose first reg passed there: the positions a match can have reached
 * after each reg (see Step) are followed, and the rule cannot match when none is left. A word that is part of a
 * contraction (tryHere may skip past the rest of it) ends the test, as may-match.
 */
function mayMatchFrom(terms: Term[], i: number, p: Prepared): boolean {
  if (p.from === 'none') return true;
  const n = terms.length;
  // bit b of the mask: a match may have reached word i + b
  let mask: number;
  let hi: number;
  if (p.from === 'here') {
    mask = 1;
    hi = 0;
  } else {
    if ((terms[i] as TermLike).implicit) return true;
    if (p.from === 'one') {
      mask = 2;
      hi = 1;
    } else {
      // compromise's getGreedy: on while the reg matches, until the next reg matches
      const { first, next } = p;
      let t = i + 1;
      for (; t < n; t++) {
        if (next !== undefined && doesMatch(terms[t]!, next, t, n)) break;
        if (doesMatch(terms[t]!, first, t, n) === false) break;
      }
      if (t - i > MAX_REACH) return true;
      mask = 1 << (t - i);
      hi = t - i;
    }
  }
  const { steps } = p;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    let reached = 0;
    for (let b = 0; b <= hi; b++) {
      if ((mask & (1 << b)) === 0) continue;
      const at = i + b;
      if (at >= n) {
        // no word left: an optional reg takes none
        if (step.op === 'opt') reached |= 1 << b;
        continue;
      }
      const t = terms[at] as TermLike;
      if (t.implicit || b >= MAX_REACH) return true;
      if (step.op === 'opt') reached |= (1 << b) | (1 << (b + 1));
      else if (step.op === 'any' || passes(step, t, at, n)) reached |= 1 << (b + 1);
    }
    if (reached === 0) return false;
    mask = reached;
    hi = 31 - Math.clz32(reached);
  }
  return true;
}

/** compromise's term match of a 'one' or 'neg' step's reg on word t (negated for 'neg'), true or not. */
function passes(step: Step, t: TermLike, at: number, n: number): boolean {
  if (step.tag !== undefined) return t.tags.has(step.tag);
  if (step.word !== undefined) return isWord(t, step.word);
  return doesMatch(t, step.reg, at, n) === true;
}

/** compromise's term match of a plain word reg ('word' above): its machine form, an alias, its text or normal form. */
function isWord(t: TermLike, word: string): boolean {
  if (t.machine !== null && t.machine === word) return true;
  if (t.alias?.some((a) => a === word)) return true;
  return word === t.text || word === t.normal;
}

/** compromise's runMatch for one sentence (methods.one.match([terms], rule)), skipping hopeless start words. */
function matchSentence(terms: Term[], rule: Rule, index: SentenceIndex): Pointer[] {
  const { regs } = rule;
  if (!regs || regs.length === 0) return [];
  const p = prepare(rule);
  const { kind, key, minLength, starts } = p;
  let results: Found[] = [];
  const first = regs[0]!;
  if (first.start === true) {
    // a rule anchored at the sentence's first word: tried there only, when its first regs may match there
    const hopeless =
      (kind === 'test' && doesMatch(terms[0]!, first, 0, terms.length) !== true) ||
      (kind === 'block' && !blockMatches(terms, 0, first as Block)) ||
      !mayMatchFrom(terms, 0, p);
    const res = hopeless ? null : tryHere(terms, regs, 0, terms.length);
    if (res) keep(res, results);
  } else if (kind === 'word' || kind === 'tag' || starts !== undefined) {
    // the start words are those the index holds for the first reg; after a match, the search resumes past it
    let next = 0;
    const at =
      starts !== undefined
        ? startPositions(index, starts)
        : ((kind === 'word' ? index.words : index.tags).get(key) ?? NOWHERE);
    for (const i of at) {
      if (i < next) continue;
      if (terms.length - i < minLength) break;
      if (starts !== undefined && !blockMatches(terms, i, first as Block)) continue;
      if (!mayMatchFrom(terms, i, p)) continue;
      const res = tryHere(terms.slice(i), regs, i, terms.length);
      if (!res) continue;
      keep(res, results);
      if (rule.justOne === true) break;
      const end = res.pointer[2];
      next = Math.abs(end - 1) > i ? Math.abs(end - 1) + 1 : i + 1;
    }
  } else {
    for (let i = 0; i < terms.length; i += 1) {
      if (terms.length - i < minLength) break;
      if (kind === 'or' && !matchesOr(terms[i] as TermLike, first as RegLike)) continue;
      if (kind === 'test' && doesMatch(terms[i]!, first, i, terms.length) !== true) continue;
      if (kind === 'block' && !blockMatches(terms, i, first as Block)) continue;
      if (!mayMatchFrom(terms, i, p)) continue;
      const res = tryHere(terms.slice(i), regs, i, terms.length);
      if (!res) continue;
      keep(res, results);
      if (rule.justOne === true) break;
      const end = res.pointer[2];
      if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
    }
  }
  if (regs[regs.length - 1]!.end === true) results = results.filter((res) => terms.length === res.pointer[2]);
  if (rule.notIf) results = notIf(results, rule.notIf, [terms]);
  const { ptrs } = getGroup(results, rule.group);
  for (const ptr of ptrs) {
    ptr[3] = terms[ptr[1]]!.id;
    ptr[4] = terms[ptr[2] - 1]!.id;
  }
  return ptrs;
}

/** A match of a rule in the one-sentence document compromise's runMatch gives match(): pointers into sentence 0. */
function keep(res: Found, results: Found[]): void {
  res.pointer[0] = 0;
  for (const k of Object.keys(res.groups)) res.groups[k]![0] = 0;
  results.push(res);
}

/** compromise's bulkMatch (sweep/index.js): the same results, in the same order. */
function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): unknown[] {
  const ni = netIndex(net);
  // compromise's own cache of each sentence's strings is needed only where the net is not exact
  const docCache = ni.exact ? undefined : methods.one.cacheDoc(document);
  const keys = startKeys(net);
  const results: (Rule & { pointer: Pointer })[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]!;
    const index = indexSentence(terms, keys);
    const have = docCache?.[n];
    const rules = have ? hooksOf(have, net, ni).filter((rule) => possibleIn(rule, have)) : rulesOf(terms, ni);
    for (const rule of net.always) rules.push(rule);
    for (const rule of rules) {
      if (terms.length < rule.minWords) continue;
      const ptrs = matchSentence(terms, rule, index);
      if (ptrs.length === 0) continue;
      for (const ptr of ptrs) {
        ptr[0] = n;
        const todo = Object.assign({}, rule, { pointer: ptr });
        if (rule.unTag !== undefined) todo.unTag = rule.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

/** The parts of compromise's world the replacements below read and replace. */
interface TagTerm {
  tags: Set<string>;
  frozen?: boolean;
  dirty?: boolean;
  chunk?: string;
}
type TagSet = Record<string, { not?: string[]; parents?: string[] } | undefined>;
interface World {
  model: { one: { tagSet?: TagSet }; two: { matches: unknown } };
  methods: Methods & {
    one: {
      setTag: unknown;
      buildNet: (matches: unknown, world: World) => Net;
      bulkTagger: (found: unknown[], docs: Term[][], world: World) => void;
    };
    two: { quickSplit: (docs: Term[][]) => (Term & { index: [number, number] })[][] };
  };
  compute: Record<string, unknown>;
}
interface TaggedView {
  world: World;
  docs: Term[][];
  methods: Methods;
  update: (pointers: number[][]) => TaggedView;
  uncache: () => void;
  unfreeze: () => void;
}

const addChunk = (term: TagTerm, tag: string): void => {
  if (tag === 'Noun' || tag === 'Verb') term.chunk = tag;
};

/** compromise's tagTerm (src/1-one/tag/methods/setTag.js), as it is. */
function tagTerm(term: TagTerm, tag: string, tagSet: TagSet, isSafe: unknown): true | null {
  if (term.tags.has(tag) === true) return null;
  if (tag === '.') return null;
  if (term.frozen === true) isSafe = true;
  const known = tagSet[tag];
  if (known) {
    if (known.not && known.not.length > 0)
      for (let o = 0; o < known.not.length; o += 1) {
        if (isSafe === true && term.tags.has(known.not[o]!)) return null;
        term.tags.delete(known.not[o]!);
      }
    if (known.parents && known.parents.length > 0)
      for (let o = 0; o < known.parents.length; o += 1) {
        term.tags.add(known.parents[o]!);
        addChunk(term, known.parents[o]!);
      }
  }
  term.tags.add(tag);
  term.dirty = true;
  addChunk(term, tag);
  return true;
}

/**
 * compromise's setTag without its debugging hook: it read `process.env.DEBUG_TAGS` on every call (a call into the
 * C++ environment, about 70,000 a pass over CoNLL dev), which we never set. Otherwise the same steps.
 */
function setTag(terms: TagTerm[], tag: unknown, world: Partial<World> = {}, isSafe?: unknown, _reason?: string): void {
  const tagSet = world.model!.one.tagSet || {};
  if (!tag) return;
  if (Array.isArray(tag)) {
    for (const tg of tag) setTag(terms, tg, world, isSafe);
    return;
  }
  if (typeof tag !== 'string') {
    console.warn(`compromise: Invalid tag '${String(tag)}'`);
    return;
  }
  let t = tag.trim();
  if (/ /.test(t)) {
    // '#Noun . #Adjective': one tag for each term
    const tags = t.split(/ /);
    terms.forEach((term, i) => {
      const one = tags[i];
      if (one) tagTerm(term, one.replace(/^#/, ''), tagSet, isSafe);
    });
    return;
  }
  t = t.replace(/^#/, '');
  for (let i = 0; i < terms.length; i += 1) tagTerm(terms[i]!, t, tagSet, isSafe);
}

/**
 * compromise's postTagger (src/2-two/postTagger/compute/index.js) with the sweep's tagging only: compromise's
 * View.sweep also built one View per match found (and one of them all), which postTagger never reads.
 */
function postTagger(view: TaggedView): TaggedView {
  const { world } = view;
  const { methods } = world;
  const document = methods.two.quickSplit(view.docs);
  const ptrs = document.map((terms) => {
    const t = terms[0]!;
    return [t.index[0], t.index[1], t.index[1] + terms.length];
  });
  const m = view.update(ptrs);
  const { docs } = m;
  const found = (methods.one.bulkMatch as BulkMatch)(docs, postNet!, m.methods, {});
  methods.one.bulkTagger(found, docs, m.world);
  view.uncache();
  view.unfreeze();
  return view;
}

const world = (nlp as unknown as { _world: World })._world;
type BulkMatch = typeof bulkMatch;
/**
 * The net of compromise's post-tagging rules, built as compromise's postTagger builds its own, from copies of the
 * rules (building parses each rule in place, and a parsed rule cannot be parsed again); none when compromise has
 * already built its own net (then its own postTagger stays).
 */
const postMatches = world.model.two.matches as { regs?: unknown }[];
const postNet = postMatches.some((rule) => rule.regs !== undefined)
  ? undefined
  : world.methods.one.buildNet(
      postMatches.map((rule) => ({ ...rule })),
      world,
    );
const own = {
  bulkMatch: world.methods.one.bulkMatch,
  setTag: world.methods.one.setTag,
  postTagger: world.compute.postTagger,
};
/** compromise's own sweep, kept for the tests that compare the two. */
export const compromiseBulkMatch = own.bulkMatch;
export const fastBulkMatch = bulkMatch;

/**
 * Put the faster sweep, setTag and postTagger in place of compromise's own (once); `use` = compromiseBulkMatch puts
 * compromise's own back (tests).
 */
export function installFastSweep(use: unknown = bulkMatch): void {
  const theirs = use === own.bulkMatch;
  world.methods.one.bulkMatch = use;
  world.methods.one.setTag = theirs ? own.setTag : setTag;
  world.compute.postTagger = theirs || postNet === undefined ? own.postTagger : postTagger;
}
