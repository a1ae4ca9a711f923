/**
 * Training: a structured averaged perceptron (Collins 2002) over BIO labels with Viterbi decoding, in two stages.
 * Stage 2's document features come from stage-1 labels made by models that did not see the document (k-fold
 * jackknife), so it learns how far to trust them. Deterministic: a fixed document order shuffled by a seeded PRNG.
 */
import { analyseDocument, type DocContext } from '../../extract/analyse/analyseDocument.ts';
import { defaultOptions as extractDefaults, ruleClusters } from '../../extract/extractEntities.ts';
import { splitSentences } from '../../extract/analyse/splitSentences.ts';
import type { TaggerInput } from '../../extract/tagger/features.ts';
import { begin, inside, L as LABEL_COUNT, O, TYPES } from '../../extract/tagger/labels.ts';

const L: number = LABEL_COUNT;
import { quantise, type Stage, type TaggerModel } from '../../extract/tagger/model.ts';
import { ruleTokenLabels, spansToTokenLabels } from '../../extract/tagger/stack.ts';
import { decodeAll, docHashes, emissions, sequencesOf, staticHashes } from '../../extract/tagger/tagDocument.ts';
import { viterbi } from '../../extract/tagger/decode.ts';
import { mulberry32 } from '../../core/random.ts';
import { mergeUnits } from '../../extract/tagger/units.ts';
import type { WordStats } from '../../extract/tagger/wordStats.ts';

export interface Options {
  bits: number;
  epochs: number;
  /** Two stages (document features) or one. */
  stages: 1 | 2;
  /** Rule extractor's labels as features. */
  stack: boolean;
  folds: number;
  seed: number;
}

export const defaultOptions: Options = { bits: 20, epochs: 10, stages: 2, stack: true, folds: 4, seed: 1 };

export interface TrainDoc {
  text: string;
  spans: readonly { start: number; end: number; type: string }[];
  /** Only PER, ORG and LOC are labelled: a token outside the spans may be O or MISC (saved pages' gold). */
  partial?: boolean;
  /** Character ranges not trained on (a sentence touching one is skipped): text the gold does not cover. */
  skip?: readonly { start: number; end: number }[];
}

/** A document ready for training: its tokens, features and gold labels. */
export interface Prepared {
  input: TaggerInput;
  gold: Uint8Array;
  feats: Uint32Array[];
  /** The sequences trained on, when not all of `input.sequences`. */
  train?: [number, number][];
  /** Tokens labelled O may be O or MISC: the target is the best such path under the current weights. */
  partial?: boolean;
  /** How many times an epoch visits the document (its weight); 1 when absent. */
  repeats?: number;
}

export function prepare(doc: TrainDoc, stack: boolean, stats?: WordStats): Prepared {
  const full: DocContext = analyseDocument(doc.text);
  const ctx = mergeUnits(full).ctx;
  const rules = stack
    ? ruleTokenLabels(ctx, ruleClusters(full, { ...extractDefaults, model: null }).clusters)
    : new Uint8Array(ctx.tokens.length);
  const input: TaggerInput = {
    ctx,
    rules,
    sequences: sequencesOf(ctx, splitSentences(doc.text)),
    ...(stats ? { stats } : {}),
  };
  const gold = spansToTokenLabels(
    ctx,
    doc.spans
      .map((s) => ({ start: s.start, end: s.end, type: TYPES.indexOf(s.type as (typeof TYPES)[number]) }))
      .filter((s) => s.type >= 0),
  );
  const skip = doc.skip ?? [];
  const train = skip.length
    ? input.sequences.filter(([start, end]) => {
        const from = ctx.tokens[start]!.start;
        const to = ctx.tokens[end - 1]!.end;
        return !skip.some((r) => r.start < to && from < r.end);
      })
    : undefined;
  return {
    input,
    gold,
    feats: staticHashes(input),
    ...(train ? { train } : {}),
    ...(doc.partial ? { partial: true } : {}),
  };
}

const MISC_LABELS = new Set([0, begin(TYPES.indexOf('MISC')), inside(TYPES.indexOf('MISC'))]);
const BARRED = -1e12;

/**
 * The target of a partly labelled sequence: the best path under the current scores among those that keep every gold
 * name's labels and give every other token O, B-MISC or I-MISC (a latent-variable perceptron's target).
 */
export function partialTarget(emit: Float64Array, trans: Float64Array, gold: Uint8Array, out?: Uint8Array): Uint8Array {
  const n = gold.length;
  const masked = Float64Array.from(emit);
  for (let i = 0; i < n; i++) {
    const g = gold[i]!;
    for (let k = 0; k < L; k++) if (g !== O ? k !== g : !MISC_LABELS.has(k)) masked[i * L + k] = BARRED;
  }
  return viterbi(masked, trans, n, out);
}

/** One stage: the averaged perceptron over the given documents (with optional extra features per token). */
export function trainStage(
  docs: readonly Prepared[],
  extra: readonly ((Uint32Array | undefined)[] | undefined)[],
  opts: Options,
): Stage {
  const size = (1 << opts.bits) * L;
  const mask = (1 << opts.bits) - 1;
  const w = new Float64Array(size);
  const u = new Float64Array(size);
  const trans = new Float64Array(L * L);
  const transU = new Float64Array(L * L);
  let c = 1;
  const stage: Stage = { bits: opts.bits, w, scale: 1, trans };
  const order = docs.flatMap((d, i) => (d.repeats === undefined ? [i] : new Array<number>(d.repeats).fill(i)));
  const pred = new Uint8Array(4096);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const rand = mulberry32(opts.seed * 1000 + epoch);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const d of order) {
      const doc = docs[d]!;
      const more = extra[d];
      for (const [start, end] of doc.train ?? doc.input.sequences) {
        const n = end - start;
        const emit = emissions(stage, doc.feats, more, start, end);
        const gold = doc.partial
          ? partialTarget(emit, trans, doc.gold.subarray(start, end))
          : doc.gold.subarray(start, end);
        const out = viterbi(emit, trans, n, n <= pred.length ? pred.subarray(0, n) : new Uint8Array(n));
        let wrong = false;
        for (let i = 0; i < n; i++) if (out[i] !== gold[i]) wrong = true;
        if (wrong) {
          for (let i = 0; i < n; i++) {
            const g = gold[i]!;
            const p = out[i]!;
            const gPrev = i ? gold[i - 1]! : 0;
            const pPrev = i ? out[i - 1]! : 0;
            if (g !== p) {
              for (const list of [doc.feats[start + i], more?.[start + i]]) {
                if (!list) continue;
                for (let f = 0; f < list.length; f++) {
                  const base = (list[f]! & mask) * L;
                  w[base + g] = w[base + g]! + 1;
                  u[base + g] = u[base + g]! + c;
                  w[base + p] = w[base + p]! - 1;
                  u[base + p] = u[base + p]! - c;
                }
              }
            }
            if (i > 0 && (g !== p || gPrev !== pPrev)) {
              trans[gPrev * L + g] = trans[gPrev * L + g]! + 1;
              transU[gPrev * L + g] = transU[gPrev * L + g]! + c;
              trans[pPrev * L + p] = trans[pPrev * L + p]! - 1;
              transU[pPrev * L + p] = transU[pPrev * L + p]! - c;
            }
          }
        }
        c++;
      }
    }
  }
  // averaging: w - u / c
  for (let i = 0; i < size; i++) if (u[i] !== 0) w[i] = w[i]! - u[i]! / c;
  for (let i = 0; i < L * L; i++) trans[i] = trans[i]! - transU[i]! / c;
  return quantise(w, opts.bits, trans);
}

/** The whole model from prepared documents. */
export function trainModel(docs: readonly Prepared[], options: Partial<Options> = {}, words?: WordStats): TaggerModel {
  const opts = { ...defaultOptions, ...options };
  const none = docs.map(() => undefined);
  const first = trainStage(docs, none, opts);
  const extras = words ? { words } : {};
  if (opts.stages === 1) return { stages: [first], ...extras };
  // jackknife: stage-1 labels for each document from a model trained without it
  const extra: ((Uint32Array | undefined)[] | undefined)[] = new Array(docs.length);
  for (let fold = 0; fold < opts.folds; fold++) {
    const trainIdx = docs.map((_, i) => i).filter((i) => i % opts.folds !== fold);
    const model = trainStage(
      trainIdx.map((i) => docs[i]!),
      trainIdx.map(() => undefined),
      opts,
    );
    for (let i = fold; i < docs.length; i += opts.folds) {
      const d = docs[i]!;
      extra[i] = docHashes(d.input.ctx, decodeAll(model, d.input, d.feats));
    }
  }
  const second = trainStage(docs, extra, opts);
  return { stages: [first, second], ...extras };
}
