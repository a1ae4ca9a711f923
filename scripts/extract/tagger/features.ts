/**
 * Features of one token for the tagger: the word and its neighbours, affixes, shape, capitalisation in context,
 * the gazetteers and lexicons, compromise's tags, the rule extractor's own labels (stacking) and, in the second
 * pass, how the same word was labelled elsewhere in the document. Each feature is a string, hashed to a bucket.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { lookupDemonym, lookupPlace } from '../../lang/gazetteer.ts';
import { getLexicons, isEnglishWord, ORG_HEADS, PLACE_HEADS, TITLE_HEADS } from '../../lang/lexicon.ts';
import { LABELS, O, typeOf, TYPES } from './labels.ts';
import { statFeatures, type WordStats } from './wordStats.ts';

export interface TaggerInput {
  ctx: DocContext;
  /** The rule extractor's label for each token (an index into LABELS). */
  rules: Uint8Array;
  /** Token ranges [start, end) decoded as one sequence (sentences). */
  sequences: [number, number][];
  /** Distributional statistics of words in raw news (from the model). */
  stats?: WordStats;
}

/** FNV-1a, 32 bits. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** "Jane" → "Xx", "U.S." → "X.X.", "2-0" → "d-d", "McCain" → "XxXx". */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const c of word) {
    const code = c.charCodeAt(0);
    const k =
      code < 128
        ? code >= 65 && code <= 90
          ? 'X'
          : code >= 97 && code <= 122
            ? 'x'
            : code >= 48 && code <= 57
              ? 'd'
              : c
        : /\p{Lu}/u.test(c)
          ? 'X'
          : /\p{Ll}/u.test(c)
            ? 'x'
            : /\p{N}/u.test(c)
              ? 'd'
              : c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

const lowerOf = (ctx: DocContext, i: number): string => {
  const t = ctx.tokens[i];
  return t ? t.lower : '';
};

/** Per-document caches of expensive per-word lookups. */
const gazetteerCache = new Map<string, string>();

function lexicalFeatures(word: string, lower: string, out: string[]): void {
  let gz = gazetteerCache.get(word);
  if (gz === undefined) {
    const parts: string[] = [];
    const place = /\p{L}/u.test(word) ? lookupPlace(word) : undefined;
    if (place) parts.push(`gz=${place.kind}`);
    if (/^\p{Lu}/u.test(word) && lookupDemonym(word)) parts.push('dem');
    if (getLexicons().firstNames.has(lower)) parts.push('fn');
    if (ORG_HEADS.has(lower)) parts.push('orgh');
    if (PLACE_HEADS.has(lower)) parts.push('plch');
    if (TITLE_HEADS.has(lower)) parts.push('title');
    if (isEnglishWord(lower)) parts.push('eng');
    gz = parts.join(' ');
    if (gazetteerCache.size > 200_000) gazetteerCache.clear();
    gazetteerCache.set(word, gz);
  }
  if (gz) for (const p of gz.split(' ')) out.push(p);
}

const ruleName = (label: number | undefined): string => (label === undefined ? '#' : LABELS[label]!);

const CONNECTORS = new Set([
  'of',
  'the',
  'for',
  'de',
  'del',
  'la',
  'le',
  'du',
  'van',
  'von',
  'der',
  'al',
  'el',
  'bin',
  'ibn',
  'and',
  '&',
]);

/** Runs of capitalised words (with connectors between them): [first, last] for each token in one, else -1. */
interface Runs {
  first: Int32Array;
  last: Int32Array;
}

const runsCache = new WeakMap<TaggerInput, Runs>();

function capitalisedRuns(input: TaggerInput): Runs {
  const cached = runsCache.get(input);
  if (cached) return cached;
  const { tokens } = input.ctx;
  const n = tokens.length;
  const first = new Int32Array(n).fill(-1);
  const last = new Int32Array(n).fill(-1);
  const capWord = (i: number): boolean => i < n && tokens[i]!.kind === 'word' && tokens[i]!.cap;
  for (let i = 0; i < n; ) {
    if (!capWord(i)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      if (capWord(j + 1) && tokens[j + 1]!.spaceBefore) j++;
      else if (j + 2 < n && CONNECTORS.has(tokens[j + 1]!.lower) && capWord(j + 2)) j += 2;
      else break;
    }
    for (let k = i; k <= j; k++) {
      first[k] = i;
      last[k] = j;
    }
    i = j + 1;
  }
  const runs = { first, last };
  runsCache.set(input, runs);
  return runs;
}

const shapesCache = new WeakMap<TaggerInput, string[]>();

/** The shape of every token, computed once per document. */
function shapesOf(input: TaggerInput): string[] {
  let shapes = shapesCache.get(input);
  if (!shapes) shapesCache.set(input, (shapes = input.ctx.tokens.map((t) => shape(t.norm))));
  return shapes;
}

/** The features of a word on its own, whatever its context: the same for every occurrence (callers cache them). */
export function wordFeatures(norm: string, lower: string, isWord: boolean, stats: WordStats | undefined): string[] {
  const out: string[] = ['b', `w=${norm}`, `l=${lower}`, `sh=${shape(norm)}`];
  for (let k = 1; k <= 3 && k < lower.length; k++) out.push(`p${k}=${lower.slice(0, k)}`);
  for (let k = 1; k <= 4 && k < lower.length; k++) out.push(`s${k}=${lower.slice(-k)}`);
  lexicalFeatures(norm, lower, out);
  if (isWord && /\p{L}/u.test(lower)) statFeatures(stats, lower.replace(/\.$/, ''), out);
  return out;
}

/** The features of a token in its context: neighbours, position, capitalisation in the document, runs, the rules' labels. */
export function contextFeatures(input: TaggerInput, i: number, seqStart: number, seqEnd: number): string[] {
  const { ctx, rules } = input;
  const t = ctx.tokens[i]!;
  const l = t.lower;
  const shapes = shapesOf(input);
  const sh = shapes[i]!;
  const out: string[] = [];
  const at = (j: number): string => (j < seqStart ? '<s>' : j >= seqEnd ? '</s>' : lowerOf(ctx, j));
  const shAt = (j: number): string => (j < seqStart ? '<s>' : j >= seqEnd ? '</s>' : shapes[j]!);
  const lm1 = at(i - 1);
  const lp1 = at(i + 1);
  out.push(`l-1=${lm1}`, `l+1=${lp1}`, `l-2=${at(i - 2)}`, `l+2=${at(i + 2)}`);
  out.push(
    `sh-1=${shAt(i - 1)}`,
    `sh+1=${shAt(i + 1)}`,
    `l-1|l=${lm1}|${l}`,
    `l|l+1=${l}|${lp1}`,
    `sh-1|sh|sh+1=${shAt(i - 1)}|${sh}|${shAt(i + 1)}`,
  );
  if (ctx.sentenceStart[i]) out.push(`ss|sh=${sh}`, `ss|l=${l}`);
  if (ctx.headline[i]) out.push(`hl|sh=${sh}`, `hl|l=${l}`);
  if (t.cap && ctx.lowerWords.has(l)) out.push('lowerToo');
  if (t.cap && ctx.midCaps.has(l)) out.push('midCap');
  const tags = ctx.tags[i]!;
  for (let bit = 1, k = 0; bit <= 32768; bit <<= 1, k++) if (tags & bit) out.push(`c=${k}`);
  // the capitalised run this token is in: its length, the position in it, its last word, the words around it
  const runs = capitalisedRuns(input);
  const rf = runs.first[i]!;
  if (rf >= 0) {
    const rl = runs.last[i]!;
    const len = Math.min(rl - rf + 1, 5);
    const pos = i === rf ? (i === rl ? 'U' : 'B') : i === rl ? 'L' : 'I';
    out.push(
      `run=${len}${pos}`,
      `runHead=${lowerOf(ctx, rl)}`,
      `runL=${at(rf - 1)}`,
      `runR=${at(rl + 1)}`,
      `runFirst=${lowerOf(ctx, rf)}`,
    );
  }
  // stacking: the rule extractor's labels here and next door
  const r = ruleName(rules[i]);
  out.push(
    `r=${r}`,
    `r|sh=${r}|${sh}`,
    `r-1=${ruleName(i > seqStart ? rules[i - 1] : undefined)}`,
    `r+1=${ruleName(i + 1 < seqEnd ? rules[i + 1] : undefined)}`,
  );
  return out;
}

/** FNV-1a over `s`, continuing from the state `h` (not yet made unsigned): hashString(a + b) = fnv(fnv(OFFSET, a), b) >>> 0. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
const OFFSET = 0x811c9dc5;
const BAR = 124; // '|'
const bar = (h: number): number => Math.imul(h ^ BAR, 0x01000193);
const prefix = (p: string): number => fnv(OFFSET, p);

const H = {
  lm1: prefix('l-1='),
  lp1: prefix('l+1='),
  lm2: prefix('l-2='),
  lp2: prefix('l+2='),
  shm1: prefix('sh-1='),
  shp1: prefix('sh+1='),
  lm1l: prefix('l-1|l='),
  llp1: prefix('l|l+1='),
  sh3: prefix('sh-1|sh|sh+1='),
  sssh: prefix('ss|sh='),
  ssl: prefix('ss|l='),
  hlsh: prefix('hl|sh='),
  hll: prefix('hl|l='),
  runHead: prefix('runHead='),
  runL: prefix('runL='),
  runR: prefix('runR='),
  runFirst: prefix('runFirst='),
  lowerToo: hashString('lowerToo'),
  midCap: hashString('midCap'),
};
/** `c=${k}` for each of compromise's 16 tag bits. */
const TAG_HASHES = Uint32Array.from({ length: 16 }, (_, k) => hashString(`c=${k}`));
/** `run=${len}${pos}` for len 1-5 and pos U, B, L, I (index (len - 1) * 4 + pos). */
const RUN_POS = ['U', 'B', 'L', 'I'];
const RUN_HASHES = Uint32Array.from({ length: 20 }, (_, x) => hashString(`run=${(x >> 2) + 1}${RUN_POS[x & 3]}`));
/** The rule features of each label (index LABELS.length: no label, '#'): `r=`, `r|sh=<r>|` (a state), `r-1=`, `r+1=`. */
const RULE_NAMES = [...LABELS, '#'];
const R_HASHES = Uint32Array.from(RULE_NAMES, (r) => hashString(`r=${r}`));
const R_SH = RULE_NAMES.map((r) => bar(prefix(`r|sh=${r}`)));
const R_PREV = Uint32Array.from(RULE_NAMES, (r) => hashString(`r-1=${r}`));
const R_NEXT = Uint32Array.from(RULE_NAMES, (r) => hashString(`r+1=${r}`));
const NO_RULE = LABELS.length;

/** The neighbour word at j as `contextFeatures` names it: '<s>' before the sequence, '</s>' after it. */
function lowerAround(ctx: DocContext, j: number, seqStart: number, seqEnd: number): string {
  return j < seqStart ? '<s>' : j >= seqEnd ? '</s>' : lowerOf(ctx, j);
}
function shapeAround(shapes: readonly string[], j: number, seqStart: number, seqEnd: number): string {
  return j < seqStart ? '<s>' : j >= seqEnd ? '</s>' : shapes[j]!;
}
/** The index of a rule label in the tables above (NO_RULE for none); -1 for a value that is no label. */
function ruleIndex(label: number | undefined): number {
  return label === undefined ? NO_RULE : label < NO_RULE ? label : -1;
}

/** The most hashes `contextHashes` writes for one token. */
export const MAX_CONTEXT_HASHES = 40;

/**
 * The hashes of `contextFeatures(input, i, seqStart, seqEnd)`, in the same order, written into `out` from `at`
 * without building the strings; returns how many (at most MAX_CONTEXT_HASHES). Tested against contextFeatures.
 */
export function contextHashes(
  input: TaggerInput,
  i: number,
  seqStart: number,
  seqEnd: number,
  out: Uint32Array,
  at: number,
): number {
  const { ctx, rules } = input;
  const t = ctx.tokens[i]!;
  const l = t.lower;
  const shapes = shapesOf(input);
  const sh = shapes[i]!;
  let n = at;
  const lm1 = lowerAround(ctx, i - 1, seqStart, seqEnd);
  const lp1 = lowerAround(ctx, i + 1, seqStart, seqEnd);
  out[n++] = fnv(H.lm1, lm1) >>> 0;
  out[n++] = fnv(H.lp1, lp1) >>> 0;
  out[n++] = fnv(H.lm2, lowerAround(ctx, i - 2, seqStart, seqEnd)) >>> 0;
  out[n++] = fnv(H.lp2, lowerAround(ctx, i + 2, seqStart, seqEnd)) >>> 0;
  const shm1 = shapeAround(shapes, i - 1, seqStart, seqEnd);
  const shp1 = shapeAround(shapes, i + 1, seqStart, seqEnd);
  out[n++] = fnv(H.shm1, shm1) >>> 0;
  out[n++] = fnv(H.shp1, shp1) >>> 0;
  out[n++] = fnv(bar(fnv(H.lm1l, lm1)), l) >>> 0;
  out[n++] = fnv(bar(fnv(H.llp1, l)), lp1) >>> 0;
  out[n++] = fnv(bar(fnv(bar(fnv(H.sh3, shm1)), sh)), shp1) >>> 0;
  if (ctx.sentenceStart[i]) {
    out[n++] = fnv(H.sssh, sh) >>> 0;
    out[n++] = fnv(H.ssl, l) >>> 0;
  }
  if (ctx.headline[i]) {
    out[n++] = fnv(H.hlsh, sh) >>> 0;
    out[n++] = fnv(H.hll, l) >>> 0;
  }
  if (t.cap && ctx.lowerWords.has(l)) out[n++] = H.lowerToo;
  if (t.cap && ctx.midCaps.has(l)) out[n++] = H.midCap;
  const tags = ctx.tags[i]!;
  for (let bit = 1, k = 0; bit <= 32768; bit <<= 1, k++) if (tags & bit) out[n++] = TAG_HASHES[k]!;
  const runs = capitalisedRuns(input);
  const rf = runs.first[i]!;
  if (rf >= 0) {
    const rl = runs.last[i]!;
    const len = Math.min(rl - rf + 1, 5);
    const pos = i === rf ? (i === rl ? 0 : 1) : i === rl ? 2 : 3;
    out[n++] = RUN_HASHES[(len - 1) * 4 + pos]!;
    out[n++] = fnv(H.runHead, lowerOf(ctx, rl)) >>> 0;
    out[n++] = fnv(H.runL, lowerAround(ctx, rf - 1, seqStart, seqEnd)) >>> 0;
    out[n++] = fnv(H.runR, lowerAround(ctx, rl + 1, seqStart, seqEnd)) >>> 0;
    out[n++] = fnv(H.runFirst, lowerOf(ctx, rf)) >>> 0;
  }
  const r = ruleIndex(rules[i]);
  const prev = ruleIndex(i > seqStart ? rules[i - 1] : undefined);
  const next = ruleIndex(i + 1 < seqEnd ? rules[i + 1] : undefined);
  if (r < 0 || prev < 0 || next < 0) {
    // a value that is no label: hash the strings as contextFeatures writes them
    const strings = contextFeatures(input, i, seqStart, seqEnd).slice(-4);
    for (const s of strings) out[n++] = hashString(s);
    return n - at;
  }
  out[n++] = R_HASHES[r]!;
  out[n++] = fnv(R_SH[r]!, sh) >>> 0;
  out[n++] = R_PREV[prev]!;
  out[n++] = R_NEXT[next]!;
  return n - at;
}

/** All the features that do not depend on the tagger's own output. */
export function staticFeatures(input: TaggerInput, i: number, seqStart: number, seqEnd: number): string[] {
  const t = input.ctx.tokens[i]!;
  return [
    ...wordFeatures(t.norm, t.lower, t.kind === 'word', input.stats),
    ...contextFeatures(input, i, seqStart, seqEnd),
  ];
}

/** How the rest of the document was labelled by the first pass, for the second. */
export interface DocEvidence {
  /** Lower-cased word → counts of O, PER, ORG, LOC, MISC over its capitalised occurrences. */
  byWord: Map<string, Int32Array>;
  /** Lower-cased last (first) word of multi-word spans → type index. */
  lastWord: Map<string, number>;
  firstWord: Map<string, number>;
}

export function docEvidence(ctx: DocContext, labels: Uint8Array): DocEvidence {
  const byWord = new Map<string, Int32Array>();
  const lastWord = new Map<string, number>();
  const firstWord = new Map<string, number>();
  for (let i = 0; i < labels.length; i++) {
    const t = ctx.tokens[i]!;
    if (t.kind !== 'word' || !t.cap) continue;
    let c = byWord.get(t.lower);
    if (!c) byWord.set(t.lower, (c = new Int32Array(TYPES.length + 1)));
    const label = labels[i]!;
    c[label === O ? 0 : typeOf(label) + 1]!++;
  }
  let start = -1;
  for (let i = 0; i <= labels.length; i++) {
    const label = i < labels.length ? labels[i]! : O;
    const continues = label !== O && (label & 1) === 0 && start >= 0;
    if (continues) continue;
    if (start >= 0 && i - 1 > start) {
      const type = typeOf(labels[start]!);
      lastWord.set(lowerOf(ctx, i - 1), type);
      firstWord.set(lowerOf(ctx, start), type);
    }
    start = label !== O ? i : -1;
  }
  return { byWord, lastWord, firstWord };
}

const TYPE_NAMES = ['O', ...TYPES];

/** Second-pass features: the majority label of this word elsewhere, and whether it ends or starts a longer name. */
export function docFeatures(ctx: DocContext, ev: DocEvidence, labels: Uint8Array, i: number): string[] {
  const t = ctx.tokens[i]!;
  if (t.kind !== 'word' || !t.cap) return [];
  const out: string[] = [];
  const counts = ev.byWord.get(t.lower);
  if (counts) {
    const own = labels[i]! === O ? 0 : typeOf(labels[i]!) + 1;
    let best = -1;
    let bestCount = 0;
    let others = 0;
    for (let k = 0; k < counts.length; k++) {
      const n = counts[k]! - (k === own ? 1 : 0);
      others += n;
      if (n > bestCount) {
        bestCount = n;
        best = k;
      }
    }
    if (others > 0) out.push(`d=${TYPE_NAMES[best]}`, `d|sh=${TYPE_NAMES[best]}|${shape(t.norm)}`);
  }
  const last = ev.lastWord.get(t.lower);
  if (last !== undefined) out.push(`dl=${TYPES[last]}`);
  const first = ev.firstWord.get(t.lower);
  if (first !== undefined) out.push(`df=${TYPES[first]}`);
  return out;
}
