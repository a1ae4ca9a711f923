/**
 * Tag a document: stage 1 labels every sequence from the token's own features; stage 2 adds how the same words
 * were labelled elsewhere in the document by stage 1, and labels again. Viterbi decoding in both.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Span } from '../../core/types/common.ts';
import { viterbi } from './decode.ts';
import { contextFeatures, docEvidence, docFeatures, hashString, wordFeatures, type TaggerInput } from './features.ts';
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

/** Hashed word features per word, per statistics table (a model's); cleared when large. */
const wordCache = new WeakMap<object, Map<string, Uint32Array>>();
const NO_STATS = {};

/** The word-feature cache of the input's statistics table, cleared when large. */
function wordCacheOf(input: TaggerInput): Map<string, Uint32Array> {
  let cache = wordCache.get(input.stats ?? NO_STATS);
  if (!cache) wordCache.set(input.stats ?? NO_STATS, (cache = new Map()));
  if (cache.size > 200_000) cache.clear();
  return cache;
}

/** The hashed static features of token i of the sequence [start, end) (word features from a cache, context features fresh). */
function tokenHashes(input: TaggerInput, cache: Map<string, Uint32Array>, i: number, start: number, end: number) {
  const t = input.ctx.tokens[i]!;
  const key = `${t.kind === 'word' ? 'w' : 'o'}${t.norm}`;
  let words = cache.get(key);
  if (!words)
    cache.set(
      key,
      (words = Uint32Array.from(wordFeatures(t.norm, t.lower, t.kind === 'word', input.stats), hashString)),
    );
  const context = contextFeatures(input, i, start, end);
  const all = new Uint32Array(words.length + context.length);
  all.set(words);
  for (let k = 0; k < context.length; k++) all[words.length + k] = hashString(context[k]!);
  return all;
}

/** The hashed static features of every token (training keeps them for many passes; tagging hashes a sequence at a time). */
export function staticHashes(input: TaggerInput): Uint32Array[] {
  const out: Uint32Array[] = new Array(input.ctx.tokens.length);
  const cache = wordCacheOf(input);
  for (const [start, end] of input.sequences)
    for (let i = start; i < end; i++) out[i] = tokenHashes(input, cache, i, start, end);
  return out;
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

/**
 * Labels (indices into LABELS) for every token. Each stage hashes the features of one sequence at a time and drops them
 * once it is decoded: a 20 MB article never holds the hashes of all its tokens at once (about 300 bytes a token), at
 * the cost of hashing the static features twice (BENCHMARKS.md, "One very large article").
 */
export function tagDocument(input: TaggerInput, model: TaggerModel): Uint8Array {
  const first = decodeSequences(model.stages[0]!, input, undefined);
  if (model.stages.length < 2) return first;
  const ev = docEvidence(input.ctx, first);
  return decodeSequences(model.stages[1]!, input, (i) => {
    const f = docFeatures(input.ctx, ev, first, i);
    return f.length ? Uint32Array.from(f, hashString) : undefined;
  });
}

/** One stage's labels, each sequence's features hashed (and `extra`, the second pass's, made) just before it is decoded. */
function decodeSequences(
  stage: Stage,
  input: TaggerInput,
  extra: ((i: number) => Uint32Array | undefined) | undefined,
): Uint8Array {
  const labels = new Uint8Array(input.ctx.tokens.length);
  const cache = wordCacheOf(input);
  for (const [start, end] of input.sequences) {
    const feats: Uint32Array[] = [];
    const more: (Uint32Array | undefined)[] = [];
    for (let i = start; i < end; i++) {
      feats.push(tokenHashes(input, cache, i, start, end));
      if (extra) more.push(extra(i));
    }
    labels.set(
      viterbi(emissions(stage, feats, extra ? more : undefined, 0, end - start), stage.trans, end - start),
      start,
    );
  }
  return labels;
}
