/**
 * Tag a document: stage 1 labels every sequence from the token's own features; stage 2 adds how the same words
 * were labelled elsewhere in the document by stage 1, and labels again. Viterbi decoding in both.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Span } from '../../core/types/common.ts';
import { viterbi } from './decode.ts';
import {
  contextHashes,
  docEvidence,
  docFeatures,
  hashString,
  MAX_CONTEXT_HASHES,
  wordFeatures,
  type TaggerInput,
} from './features.ts';
import { L as LABEL_COUNT } from './labels.ts';

/** A module-local copy: an imported binding is read through a getter on every use in the hot loops. */
const L: number = LABEL_COUNT;
import type { Stage, TaggerModel } from './model.ts';

/** Token ranges [start, end) of each sentence; a token belongs to the sentence it starts in. */
export function sequencesOf(ctx: DocContext, sentences: readonly Span[]): [number, number][] {
  const n = ctx.tokens.length;
  const out: [number, number][] = [];
  let i = 0;
  for (const s of sentences) {
    const start = i;
    while (i < n && ctx.tokens[i]!.start < s.end) i++;
    if (i > start) out.push([start, i]);
  }
  if (i < n) out.push([i, n]);
  return out;
}

/** Hashed word features per word form, words and other tokens apart, per statistics table (a model's); cleared when large. */
interface WordCache {
  words: Map<string, Uint32Array>;
  others: Map<string, Uint32Array>;
}
const wordCache = new WeakMap<object, WordCache>();
const NO_STATS = {};

/** The word-feature cache of the input's statistics table, cleared when large. */
function wordCacheOf(input: TaggerInput): WordCache {
  let cache = wordCache.get(input.stats ?? NO_STATS);
  if (!cache) wordCache.set(input.stats ?? NO_STATS, (cache = { words: new Map(), others: new Map() }));
  if (cache.words.size + cache.others.size > 200_000) {
    cache.words.clear();
    cache.others.clear();
  }
  return cache;
}

/** The hashed word features of token i, from the cache. */
function wordHashes(input: TaggerInput, cache: WordCache, i: number): Uint32Array {
  const t = input.ctx.tokens[i]!;
  const isWord = t.kind === 'word';
  const map = isWord ? cache.words : cache.others;
  let words = map.get(t.norm);
  if (!words)
    map.set(t.norm, (words = Uint32Array.from(wordFeatures(t.norm, t.lower, isWord, input.stats), hashString)));
  return words;
}

/** The hashed static features of token i of the sequence [start, end) (word features from a cache, context features fresh). */
function tokenHashes(input: TaggerInput, cache: WordCache, i: number, start: number, end: number) {
  const words = wordHashes(input, cache, i);
  const all = new Uint32Array(words.length + MAX_CONTEXT_HASHES);
  all.set(words);
  const n = contextHashes(input, i, start, end, all, words.length);
  return all.subarray(0, words.length + n);
}

/** The hashed static features of every token (training keeps them for many passes; tagging hashes a sequence at a time). */
export function staticHashes(input: TaggerInput): Uint32Array[] {
  const out: Uint32Array[] = new Array(input.ctx.tokens.length);
  const cache = wordCacheOf(input);
  for (const [start, end] of input.sequences)
    for (let i = start; i < end; i++) out[i] = tokenHashes(input, cache, i, start, end);
  return out;
}

/**
 * The context-feature hashes of the tokens [from, to) of some whole sequences, in one flat list: token i's are
 * `hashes[offsets[i - from]]` up to `hashes[offsets[i - from + 1]]`. (Their word features are summed per word: wordSums.)
 */
interface Hashed {
  from: number;
  hashes: Uint32Array;
  offsets: Int32Array;
}

/** Hash the context features of the sequences `sequences[first..last]` (inclusive) into one flat list. */
function hashSequences(input: TaggerInput, first: number, last: number): Hashed {
  const { sequences } = input;
  const from = sequences[first]![0];
  const to = sequences[last]![1];
  const offsets = new Int32Array(to - from + 1);
  let hashes = new Uint32Array((to - from) * 32);
  let n = 0;
  for (let s = first; s <= last; s++) {
    const [start, end] = sequences[s]!;
    for (let i = start; i < end; i++) {
      if (n + MAX_CONTEXT_HASHES > hashes.length) {
        const more = new Uint32Array(Math.max(hashes.length * 2, n + MAX_CONTEXT_HASHES));
        more.set(hashes.subarray(0, n));
        hashes = more;
      }
      offsets[i - from] = n;
      n += contextHashes(input, i, start, end, hashes, n);
      offsets[i - from + 1] = n;
    }
  }
  return { from, hashes, offsets };
}

/**
 * A word form's int8 weights summed over its own features, for the last two stages that asked (a model has two), kept
 * per word form (words and other tokens apart) per statistics table (the word features depend on it); cleared when
 * large. One look-up per token serves both stages.
 */
interface WordSum {
  stageA: Stage | undefined;
  sumA: Int32Array | undefined;
  stageB: Stage | undefined;
  sumB: Int32Array | undefined;
}
interface WordSums {
  words: Map<string, WordSum>;
  others: Map<string, WordSum>;
}
const wordSumCache = new WeakMap<object, WordSums>();

function wordSumsOf(input: TaggerInput): WordSums {
  let sums = wordSumCache.get(input.stats ?? NO_STATS);
  if (!sums) wordSumCache.set(input.stats ?? NO_STATS, (sums = { words: new Map(), others: new Map() }));
  if (sums.words.size + sums.others.size > 200_000) {
    sums.words.clear();
    sums.others.clear();
  }
  return sums;
}

/** The word-sum entries (see WordSum) of the tokens [from, to), `entries[i - from]`. */
interface Entries {
  from: number;
  entries: WordSum[];
}

/** Look up the word-sum entries of the tokens [from, to). */
function wordSumEntries(input: TaggerInput, from: number, to: number): Entries {
  const sums = wordSumsOf(input);
  const { tokens } = input.ctx;
  const entries: WordSum[] = new Array(to - from);
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const map = t.kind === 'word' ? sums.words : sums.others;
    let entry = map.get(t.norm);
    if (!entry) map.set(t.norm, (entry = { stageA: undefined, sumA: undefined, stageB: undefined, sumB: undefined }));
    entries[i - from] = entry;
  }
  return { from, entries };
}

/** The sum of the stage's weights over token i's word features (from its entry, worked out on first use). */
function wordSum(
  stage: Stage & { w: Int8Array },
  entry: WordSum,
  input: TaggerInput,
  cache: WordCache,
  i: number,
): Int32Array {
  if (entry.stageA === stage) return entry.sumA!;
  if (entry.stageB === stage) return entry.sumB!;
  const mask = (1 << stage.bits) - 1;
  const hashes = wordHashes(input, cache, i);
  const sum = new Int32Array(L);
  addWeights(stage.w, mask, hashes, 0, hashes.length, sum);
  // the older of the two goes
  entry.stageB = entry.stageA;
  entry.sumB = entry.sumA;
  entry.stageA = stage;
  entry.sumA = sum;
  return sum;
}

/**
 * Emission scores of the tokens [start, end) with int8 weights: each word's own features summed once per word, its
 * context features from the flat hashes, the second stage's own per token. Integer sums are exact, so the scores are
 * those of `emissions`, bit for bit (the float sums of integers, scaled the same way).
 */
function emissionsOf(
  stage: Stage & { w: Int8Array },
  input: TaggerInput,
  hashed: Hashed,
  extra: readonly (Uint32Array | undefined)[] | undefined,
  start: number,
  end: number,
  { from: entriesFrom, entries }: Entries,
): Float64Array {
  const mask = (1 << stage.bits) - 1;
  const { w, scale } = stage;
  const { hashes, offsets, from } = hashed;
  const cache = wordCacheOf(input);
  const emit = new Float64Array((end - start) * L);
  const sum = new Int32Array(L);
  for (let i = start; i < end; i++) {
    sum.set(wordSum(stage, entries[i - entriesFrom]!, input, cache, i));
    addWeights(w, mask, hashes, offsets[i - from]!, offsets[i - from + 1]!, sum);
    const more = extra?.[i - start];
    if (more) addWeights(w, mask, more, 0, more.length, sum);
    const row = (i - start) * L;
    for (let k = 0; k < L; k++) emit[row + k] = sum[k]! * scale;
  }
  return emit;
}

/** Add to `sum` the int8 weights of the buckets of hashes[from..to). */
function addWeights(w: Int8Array, mask: number, hashes: Uint32Array, from: number, to: number, sum: Int32Array): void {
  if (L !== 9) {
    for (let f = from; f < to; f++) {
      const base = (hashes[f]! & mask) * L;
      for (let k = 0; k < L; k++) sum[k] = sum[k]! + w[base + k]!;
    }
    return;
  }
  // nine labels: the sums kept in locals (measured about twice as fast as the loop over k)
  let s0 = sum[0]!;
  let s1 = sum[1]!;
  let s2 = sum[2]!;
  let s3 = sum[3]!;
  let s4 = sum[4]!;
  let s5 = sum[5]!;
  let s6 = sum[6]!;
  let s7 = sum[7]!;
  let s8 = sum[8]!;
  for (let f = from; f < to; f++) {
    const b = (hashes[f]! & mask) * 9;
    s0 += w[b]!;
    s1 += w[b + 1]!;
    s2 += w[b + 2]!;
    s3 += w[b + 3]!;
    s4 += w[b + 4]!;
    s5 += w[b + 5]!;
    s6 += w[b + 6]!;
    s7 += w[b + 7]!;
    s8 += w[b + 8]!;
  }
  sum[0] = s0;
  sum[1] = s1;
  sum[2] = s2;
  sum[3] = s3;
  sum[4] = s4;
  sum[5] = s5;
  sum[6] = s6;
  sum[7] = s7;
  sum[8] = s8;
}

/** Emission scores of one sequence under a stage. */
export function emissions(
  stage: Stage,
  feats: readonly (ArrayLike<number> | undefined)[],
  extra: readonly (ArrayLike<number> | undefined)[] | undefined,
  start: number,
  end: number,
): Float64Array {
  const mask = (1 << stage.bits) - 1;
  const { w, scale } = stage;
  const emit = new Float64Array((end - start) * L);
  for (let i = start; i < end; i++) {
    const row = (i - start) * L;
    for (const list of [feats[i], extra?.[i]]) {
      if (!list) continue;
      for (let f = 0; f < list.length; f++) {
        const base = (list[f]! & mask) * L;
        for (let k = 0; k < L; k++) emit[row + k] = emit[row + k]! + w[base + k]!;
      }
    }
    for (let k = 0; k < L; k++) emit[row + k] = emit[row + k]! * scale;
  }
  return emit;
}

export function decodeAll(
  stage: Stage,
  input: TaggerInput,
  feats: readonly Uint32Array[],
  extra?: readonly (Uint32Array | undefined)[],
): Uint8Array {
  const labels = new Uint8Array(input.ctx.tokens.length);
  for (const [start, end] of input.sequences) {
    const out = viterbi(emissions(stage, feats, extra, start, end), stage.trans, end - start);
    labels.set(out, start);
  }
  return labels;
}

/** Second-pass feature hashes of every token, from first-pass labels. */
export function docHashes(ctx: DocContext, labels: Uint8Array): (Uint32Array | undefined)[] {
  const ev = docEvidence(ctx, labels);
  const out: (Uint32Array | undefined)[] = new Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const f = docFeatures(ctx, ev, labels, i);
    if (f.length) out[i] = Uint32Array.from(f, hashString);
  }
  return out;
}

export interface Options {
  /** Documents of up to this many tokens hash their context features once for both stages (about 120 bytes a token). */
  keepHashes: number;
}

export const defaultOptions: Options = { keepHashes: 50_000 };

/**
 * Labels (indices into LABELS) for every token. Each stage hashes the features of one sequence at a time and drops them
 * once it is decoded: a 20 MB article never holds the hashes of all its tokens at once (about 300 bytes a token), at
 * the cost of hashing the context features twice (BENCHMARKS.md, "One very large article"); a document of up to
 * `keepHashes` tokens hashes them once for both stages.
 */
export function tagDocument(input: TaggerInput, model: TaggerModel, options: Partial<Options> = {}): Uint8Array {
  const opts = { ...defaultOptions, ...options };
  const whole =
    input.ctx.tokens.length <= opts.keepHashes && input.sequences.length > 0
      ? hashSequences(input, 0, input.sequences.length - 1)
      : undefined;
  // a document whose hashes are kept looks its words up once for both stages
  const entries = whole ? wordSumEntries(input, 0, input.ctx.tokens.length) : undefined;
  const first = decodeSequences(model.stages[0]!, input, whole, entries, undefined);
  if (model.stages.length < 2) return first;
  const ev = docEvidence(input.ctx, first);
  return decodeSequences(model.stages[1]!, input, whole, entries, (i) => {
    const f = docFeatures(input.ctx, ev, first, i);
    return f.length ? Uint32Array.from(f, hashString) : undefined;
  });
}

/**
 * One stage's labels, each sequence's features hashed (unless `whole` holds them all), its words' sums looked up
 * (unless `entries` holds them all) and `extra`, the second pass's, made just before it is decoded.
 */
function decodeSequences(
  stage: Stage,
  input: TaggerInput,
  whole: Hashed | undefined,
  entries: Entries | undefined,
  extra: ((i: number) => Uint32Array | undefined) | undefined,
): Uint8Array {
  const labels = new Uint8Array(input.ctx.tokens.length);
  const cache = wordCacheOf(input);
  const { sequences } = input;
  for (let s = 0; s < sequences.length; s++) {
    const [start, end] = sequences[s]!;
    const more: (Uint32Array | undefined)[] | undefined = extra ? [] : undefined;
    if (more && extra) for (let i = start; i < end; i++) more.push(extra(i));
    let emit: Float64Array;
    if (stage.w instanceof Int8Array) {
      const hashed = whole ?? hashSequences(input, s, s);
      const words = entries ?? wordSumEntries(input, start, end);
      emit = emissionsOf(stage as Stage & { w: Int8Array }, input, hashed, more, start, end, words);
    } else {
      const feats: Uint32Array[] = [];
      for (let i = start; i < end; i++) feats.push(tokenHashes(input, cache, i, start, end));
      emit = emissions(stage, feats, more, 0, end - start);
    }
    labels.set(viterbi(emit, stage.trans, end - start), start);
  }
  return labels;
}
