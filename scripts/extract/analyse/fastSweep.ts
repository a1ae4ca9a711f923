/**
 * A faster drop-in for compromise's `bulkMatch` (the sweep of its ~1,000 post-tagging match rules over each
 * sentence), giving exactly the same results in the same order: compromise 14.17's own code
 * (src/1-one/sweep/methods/sweep/*, src/1-one/match/methods/match/index.js) with three costs removed, measured to be
 * a fifth of the extractor's time:
 * - finding the rules a sentence may trigger walked every one of the net's ~2,000 hook keys per sentence; here the
 *   sentence's own words and tags are looked up, and the rules taken in the same key order;
 * - trying a rule at every word of a sentence copied the rest of the sentence (`terms.slice(i)`) and built a match
 *   state before testing the first word; here a first word that cannot match is skipped before either (the test is
 *   compromise's own term match, the one its matcher would run first);
 * - each rule's needs and wants were filtered in three passes of closures.
 * Installed once, on compromise's world, by `installFastSweep` (tagWithCompromise.ts).
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
type DoesMatch = (term: Term, reg: Reg, index: number, length: number) => boolean | null;
type GetGroup = (results: Found[], group: string | undefined) => { ptrs: Pointer[] };
type NotIf = (results: Found[], notIf: unknown, docs: Term[][]) => Found[];

// compromise's matcher internals are not exported: they are read from the files its `two` entry point sits beside
const base = import.meta.resolve('compromise/two');
const load = async <T>(path: string): Promise<T> =>
  ((await import(new URL(`./1-one/match/methods/match/${path}`, base).href)) as { default: T }).default;
const tryHere = await load<TryHere>('02-from-here.js');
const doesMatch = await load<DoesMatch>('term/doesMatch.js');
const getGroup = await load<GetGroup>('03-getGroup.js');
const notIf = await load<NotIf>('03-notIf.js');

/**
 * The net read once: its hook keys in compromise's order (Object.keys) with the position of each; each rule's position
 * in the list of each of its keys; and each rule filed under one key it cannot do without (a need, a word rather than a
 * tag when it has one), or under each of its wants when it needs nothing. `exact` is false when two rules share a
 * match text (compromise keeps only the first), and then the sentence's rules are found as compromise finds them.
 */
interface NetIndex {
  keys: string[];
  order: Map<string, number>;
  positions: Map<Rule, Map<string, number>>;
  anchored: Map<string, Rule[]>;
  exact: boolean;
}
const netIndexes = new WeakMap<Net, NetIndex>();

function netIndex(net: Net): NetIndex {
  let ni = netIndexes.get(net);
  if (ni) return ni;
  const keys = Object.keys(net.hooks);
  const positions = new Map<Rule, Map<string, number>>();
  const texts = new Map<string, Rule>();
  let exact = true;
  for (const k of keys)
    net.hooks[k]!.forEach((rule, i) => {
      let at = positions.get(rule);
      if (!at) positions.set(rule, (at = new Map()));
      at.set(k, i);
      if ((texts.get(rule.match) ?? rule) !== rule) exact = false;
      texts.set(rule.match, rule);
    });
  const anchored = new Map<string, Rule[]>();
  const file = (key: string, rule: Rule) => {
    const list = anchored.get(key);
    if (list) list.push(rule);
    else anchored.set(key, [rule]);
  };
  for (const rule of positions.keys()) {
    if (rule.needs.length > 0) file(rule.needs.find((n) => !n.startsWith('#')) ?? rule.needs[0]!, rule);
    else for (const want of new Set(rule.wants)) file(want, rule);
  }
  ni = { keys, order: new Map(keys.map((k, i) => [k, i])), positions, anchored, exact };
  netIndexes.set(net, ni);
  return ni;
}

/** compromise's getHooks and trimDown for one sentence: the rules it may trigger, in compromise's order. */
function rulesOf(have: Set<string>, net: Net, ni: NetIndex): Rule[] {
  if (!ni.exact) return hooksOf(have, net, ni).filter((rule) => possible(rule, have));
  const found = new Set<Rule>();
  for (const item of have) {
    const rules = ni.anchored.get(item);
    if (rules) for (const rule of rules) if (!found.has(rule) && possible(rule, have)) found.add(rule);
  }
  // compromise lists a rule first under the earliest of its keys the sentence has, at its place in that key's list
  const keyed: { rule: Rule; key: number; pos: number }[] = [];
  for (const rule of found) {
    let key = Number.POSITIVE_INFINITY;
    for (const k of rule.needs) key = Math.min(key, ni.order.get(k)!);
    for (const k of rule.wants) if (have.has(k)) key = Math.min(key, ni.order.get(k)!);
    keyed.push({ rule, key, pos: ni.positions.get(rule)!.get(ni.keys[key]!)! });
  }
  keyed.sort((x, y) => x.key - y.key || x.pos - y.pos);
  return keyed.map((x) => x.rule);
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

/** Whether the sentence has every need, none of the ifNo and enough wants of a rule (trimDown). */
function possible(rule: Rule, have: Set<string>): boolean {
  for (const need of rule.needs) if (!have.has(need)) return false;
  if (rule.ifNo !== undefined) for (const no of rule.ifNo) if (have.has(no)) return false;
  if (rule.wants.length === 0) return true;
  let found = 0;
  for (const want of rule.wants) if (have.has(want)) found++;
  return found >= rule.minWant;
}

/**
 * How a rule's first reg can be tested on a word: 'word' or 'tag' when compromise's term match of it looks only at
 * the word's forms (text, normal, machine, aliases) or at its tags, so the words that pass are found in the
 * sentence's index; 'test' when it fails tryHere at the first step unless compromise's term match passes; 'none'.
 */
type FirstKind = 'word' | 'tag' | 'test' | 'none';

function firstKind(
  reg: Reg & { id?: unknown; word?: unknown; tag?: unknown; use?: unknown; fuzzy?: unknown },
): FirstKind {
  const plain =
    reg.optional !== true &&
    reg.negative !== true &&
    reg.anything !== true &&
    reg.choices === undefined &&
    !(reg.end === true && reg.greedy === true);
  if (!plain) return 'none';
  if (reg.start === true || reg.end === true || reg.id !== undefined) return 'test';
  if (typeof reg.word === 'string') return reg.use === undefined && reg.fuzzy !== true ? 'word' : 'test';
  return typeof reg.tag === 'string' ? 'tag' : 'test';
}

/** Per sentence: where each word form ("w" + form) and tag ("t" + tag) stands, in order. */
function indexSentence(terms: Term[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const at = index.get(key);
    if (!at) index.set(key, [i]);
    else if (at[at.length - 1] !== i) at.push(i);
  };
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as Term & { text?: string; normal?: string; machine?: string | null; alias?: string[] };
    if (typeof t.machine === 'string') add(`w${t.machine}`, i);
    if (t.alias) for (const a of t.alias) add(`w${a}`, i);
    if (typeof t.text === 'string') add(`w${t.text}`, i);
    if (typeof t.normal === 'string') add(`w${t.normal}`, i);
    for (const tag of t.tags as Set<string>) add(`t${tag}`, i);
  }
  return index;
}

const NOWHERE: number[] = [];

interface Prepared {
  kind: FirstKind;
  key: string;
  minLength: number;
}
const prepared = new WeakMap<Rule, Prepared>();

function prepare(rule: Rule): Prepared {
  let p = prepared.get(rule);
  if (!p) {
    const first = rule.regs[0] as Reg & { word?: string; tag?: string };
    const kind = firstKind(first);
    p = {
      kind,
      key: kind === 'word' ? `w${first.word}` : kind === 'tag' ? `t${first.tag}` : '',
      minLength: rule.regs.filter((r) => r.optional !== true && r.negative !== true).length,
    };
    prepared.set(rule, p);
  }
  return p;
}

/** compromise's runMatch for one sentence (methods.one.match([terms], rule)), skipping hopeless start words. */
function matchSentence(terms: Term[], rule: Rule, index: Map<string, number[]>): Pointer[] {
  const { regs } = rule;
  if (!regs || regs.length === 0) return [];
  const { kind, key, minLength } = prepare(rule);
  let results: Found[] = [];
  const first = regs[0]!;
  const keep = (res: Found) => {
    res.pointer[0] = 0;
    for (const k of Object.keys(res.groups)) res.groups[k]![0] = 0;
    results.push(res);
  };
  if (first.start === true) {
    const res = tryHere(terms, regs, 0, terms.length);
    if (res) keep(res);
  } else if (kind === 'word' || kind === 'tag') {
    // the start words are those the index holds for the first reg; after a match, the search resumes past it
    let next = 0;
    for (const i of index.get(key) ?? NOWHERE) {
      if (i < next) continue;
      if (terms.length - i < minLength) break;
      const res = tryHere(terms.slice(i), regs, i, terms.length);
      if (!res) continue;
      keep(res);
      if (rule.justOne === true) break;
      const end = res.pointer[2];
      next = Math.abs(end - 1) > i ? Math.abs(end - 1) + 1 : i + 1;
    }
  } else {
    for (let i = 0; i < terms.length; i += 1) {
      if (terms.length - i < minLength) break;
      if (kind === 'test' && doesMatch(terms[i]!, first, i, terms.length) !== true) continue;
      const res = tryHere(terms.slice(i), regs, i, terms.length);
      if (!res) continue;
      keep(res);
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

/** compromise's bulkMatch (sweep/index.js): the same results, in the same order. */
function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): unknown[] {
  const docCache = methods.one.cacheDoc(document);
  const ni = netIndex(net);
  const results: (Rule & { pointer: Pointer })[] = [];
  for (let n = 0; n < document.length; n++) {
    const have = docCache[n]!;
    const terms = document[n]!;
    const index = indexSentence(terms);
    const rules = rulesOf(have, net, ni);
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

const world = (nlp as unknown as { _world: { methods: Methods } })._world;
/** compromise's own sweep, kept for the tests that compare the two. */
export const compromiseBulkMatch = world.methods.one.bulkMatch;
export const fastBulkMatch = bulkMatch;

/** Put the faster sweep in place of compromise's own (once); `use` puts either back (tests). */
export function installFastSweep(use: unknown = bulkMatch): void {
  world.methods.one.bulkMatch = use;
}
