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

/** A word's hashed features and, per shipped (int8) stage, the sum of their weights for each label. */
interface WordEntry {
  hashes: Uint32Array;
  sums: Map<Stage, Int32Array>;
}

/** Word entries per word, per statistics table (a model's); cleared when large. */
const wordCache = new WeakMap<object, Map<string, WordEntry>>();
const NO_STATS = {};

/** The static features of every token: its word's entry (from a cache) and its context features' hashes (fresh). */
interface StaticParts {
  words: WordEntry[];
  context: Uint32Array[];
}

function staticParts(input: TaggerInput): StaticParts {
  const n = input.ctx.tokens.length;
  const words: WordEntry[] = new Array(n);
  const context: Uint32Array[] = new Array(n);
  let cache = wordCache.get(input.stats ?? NO_STATS);
  if (!cache) wordCache.set(input.stats ?? NO_STATS, (cache = new Map()));
  if (cache.size > 200_000) cache.clear();
  for (const [start, end] of input.sequences) {
    for (let i = start; i < end; i++) {
      const t = input.ctx.tokens[i]!;
      const key = `${t.kind === 'word' ? 'w' : 'o'}${t.norm}`;
      let entry = cache.get(key);
      if (!entry) {
        const hashes = Uint32Array.from(wordFeatures(t.norm, t.lower, t.kind === 'word', input.stats), hashString);
        cache.set(key, (entry = { hashes, sums: new Map() }));
      }
      words[i] = entry;
      const feats = contextFeatures(input, i, start, end);
      const hashed = new Uint32Array(feats.length);
      for (let k = 0; k < feats.length; k++) hashed[k] = hashString(feats[k]!);
      context[i] = hashed;
    }
  }
  return { words, context };
}

/** The hashed static features of every token (word features from a cache, context features fresh). */
export function staticHashes(input: TaggerInput): Uint32Array[] {
  const { words, context } = staticParts(input);
  const out: Uint32Array[] = new Array(input.ctx.tokens.length);
  for (const [start, end] of input.sequences) {
    for (let i = start; i < end; i++) {
      const w = words[i]!.hashes;
      const all = new Uint32Array(w.length + context[i]!.length);
      all.set(w);
      all.set(context[i]!, w.length);
      out[i] = all;
    }
  }
  return out;
}

/** Add the int8 weights of each hashed feature to the label sums in `into` (from `at`). */
function addWeights(into: Int32Array, at: number, hashes: ArrayLike<number>, w: Int8Array, mask: number): void {
  for (let f = 0; f < hashes.length; f++) {
    const base = (hashes[f]! & mask) * L;
    for (let k = 0; k < L; k++) into[at + k] = into[at + k]! + w[base + k]!;
  }
}

/**
 * Labels of a shipped (int8) stage: as decodeAll, with each word's share of the scores summed once per word. The
 * weights are integers until scaled, so the sums, and the labels, are exactly decodeAll's.
 */
function decodeQuantised(
  stage: Stage,
  w: Int8Array,
  input: TaggerInput,
  parts: StaticParts,
  extra?: readonly (Uint32Array | undefined)[],
): Uint8Array {
  const labels = new Uint8Array(input.ctx.tokens.length);
  const mask = (1 << stage.bits) - 1;
  for (const [start, end] of input.sequences) {
    const sums = new Int32Array((end - start) * L);
    for (let i = start; i < end; i++) {
      const row = (i - start) * L;
      const entry = parts.words[i]!;
      let own = entry.sums.get(stage);
      if (!own) {
        own = new Int32Array(L);
        addWeights(own, 0, entry.hashes, w, mask);
        entry.sums.set(stage, own);
      }
      sums.set(own, row);
      addWeights(sums, row, parts.context[i]!, w, mask);
      const more = extra?.[i];
      if (more) addWeights(sums, row, more, w, mask);
    }
    const emit = new Float64Array(sums.length);
    for (let j = 0; j < sums.length; j++) emit[j] = sums[j]! * stage.scale;
    labels.set(viterbi(emit, stage.trans, end - start), start);
  }
  return labels;
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

/** Labels (indices into LABELS) for every token. */
export function tagDocument(input: TaggerInput, model: TaggerModel): Uint8Array {
  const [one, two] = model.stages;
  if (one && one.w instanceof Int8Array && (!two || two.w instanceof Int8Array)) {
    const parts = staticParts(input);
    const first = decodeQuantised(one, one.w, input, parts);
    if (!two) return first;
    return decodeQuantised(two, two.w as Int8Array, input, parts, docHashes(input.ctx, first));
  }
  const feats = staticHashes(input);
  const first = decodeAll(model.stages[0]!, input, feats);
  if (model.stages.length < 2) return first;
  return decodeAll(model.stages[1]!, input, feats, docHashes(input.ctx, first));
}
