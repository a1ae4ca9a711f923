import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { extractEntities } from '../../../../scripts/extract/index.ts';
import { viterbi } from '../../../../scripts/extract/tagger/decode.ts';
import {
  contextFeatures,
  contextHashes,
  docEvidence,
  docFeatures,
  hashString,
  MAX_CONTEXT_HASHES,
  shape,
  staticFeatures,
} from '../../../../scripts/extract/tagger/features.ts';
import { allowed, L, LABELS, labelsToSpans, spansToLabels } from '../../../../scripts/extract/tagger/labels.ts';
import { loadTagger } from '../../../../scripts/context.ts';
import { MODEL_FILE } from '../../../../scripts/load/readModel.ts';
import { decodeModel, encodeModel, quantise } from '../../../../scripts/extract/tagger/model.ts';
import { spansToTokenLabels } from '../../../../scripts/extract/tagger/stack.ts';
import {
  decodeAll,
  docHashes,
  sequencesOf,
  staticHashes,
  tagDocument,
} from '../../../../scripts/extract/tagger/tagDocument.ts';
import { prepare, trainModel } from '../../../../scripts/dev/train/trainTagger.ts';
import { splitSentences } from '../../../../scripts/extract/index.ts';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))));
const label = (name: string): number => LABELS.indexOf(name as (typeof LABELS)[number]);

describe('labels', () => {
  it.each<[string, string, boolean]>([
    ['O', 'I-PER', false],
    ['B-PER', 'I-PER', true],
    ['I-PER', 'I-PER', true],
    ['B-ORG', 'I-PER', false],
    ['I-LOC', 'B-LOC', true],
    ['B-MISC', 'O', true],
  ])('%s → %s allowed: %s', (from, to, ok) => {
    expect(allowed(label(from), label(to))).toBe(ok);
  });

  it('spans and labels round-trip', () => {
    const spans = [
      { first: 0, last: 1, type: 0 },
      { first: 2, last: 2, type: 0 },
      { first: 4, last: 6, type: 3 },
    ];
    const labels = spansToLabels(spans, 8);
    expect([...labels].map((l) => LABELS[l])).toEqual([
      'B-PER',
      'I-PER',
      'B-PER',
      'O',
      'B-MISC',
      'I-MISC',
      'I-MISC',
      'O',
    ]);
    expect(labelsToSpans(labels)).toEqual(spans);
  });
});

describe('features', () => {
  it.each([
    ['Jane', 'Xx'],
    ['U.S.', 'X.X.'],
    ['McCain', 'XxXx'],
    ['2-0', 'd-d'],
    ['al-Qaida', 'x-Xx'],
    ['Москва', 'Xx'],
  ])('shape(%s) = %s', (word, expected) => {
    expect(shape(word)).toBe(expected);
  });

  it('a token has its word, context, lexicon and rule features', () => {
    const text = 'Officials said Jane Roe met envoys in Geneva.';
    const ctx = analyseDocument(text);
    const rules = spansToTokenLabels(ctx, [{ start: 15, end: 23, type: 'person' }]);
    const i = ctx.tokens.findIndex((t) => t.norm === 'Jane');
    const feats = staticFeatures({ ctx, rules, sequences: [[0, ctx.tokens.length]] }, i, 0, ctx.tokens.length);
    expect(feats).toEqual(
      expect.arrayContaining([
        'b',
        'w=Jane',
        'l=jane',
        'sh=Xx',
        'l-1=said',
        'l+1=roe',
        'fn',
        'r=B-PER',
        'r+1=I-PER',
        'r-1=O',
      ]),
    );
    const g = ctx.tokens.findIndex((t) => t.norm === 'Geneva');
    const gf = staticFeatures({ ctx, rules, sequences: [[0, ctx.tokens.length]] }, g, 0, ctx.tokens.length);
    expect(gf).toEqual(expect.arrayContaining(['gz=city', 'l-1=in', 'l+1=.', 'r=O']));
    const first = staticFeatures({ ctx, rules, sequences: [[0, ctx.tokens.length]] }, 0, 0, ctx.tokens.length);
    expect(first).toEqual(expect.arrayContaining(['ss|sh=Xx', 'l-1=<s>']));
  });

  it.each([
    [
      'a dateline, a headline, runs of names and sentences',
      'LONDON 1996-08-30\nPrime Minister John Major of the Conservative Party met Bank of England officials. "We agree," said Mr. Major.',
    ],
    [
      'a table, numbers and punctuation',
      'SOCCER - ENGLISH LEAGUE RESULTS.\nArsenal 2 Chelsea 1\nLeeds United v Aston Villa\n(Jane Roe, Northam) -- 4.5% ; $12.30 ...',
    ],
    [
      'a title-case line, hyphens and non-Latin letters',
      'Acme Pro Unique Features\nThe U.S.-led talks in Москва and São Paulo went on; al-Qaida and McCain said so.',
    ],
  ])("context features hashed without their strings give the strings' hashes: %s", (_, text) => {
    const ctx = analyseDocument(text);
    const n = ctx.tokens.length;
    // every rule label, none (a rules array shorter than the document)
    const rules = Uint8Array.from({ length: n - 2 }, (_, i) => i % L);
    rules[1] = 200; // and a value that is no label
    const input = { ctx, rules, sequences: sequencesOf(ctx, splitSentences(text)) };
    const out = new Uint32Array(MAX_CONTEXT_HASHES + 3);
    let tested = 0;
    for (const [start, end] of [...input.sequences, [0, n] as [number, number]])
      for (let i = start; i < end; i++) {
        const strings = contextFeatures(input, i, start, end);
        const count = contextHashes(input, i, start, end, out, 3);
        expect([...out.subarray(3, 3 + count)]).toEqual(strings.map(hashString));
        tested++;
      }
    expect(tested).toBeGreaterThan(n);
  });

  it('second-pass features say how the same word was labelled elsewhere in the document', () => {
    const text = 'Jane Roe spoke. Later Roe left. Roe smiled.';
    const ctx = analyseDocument(text);
    const roe = ctx.tokens.map((t, i) => (t.norm === 'Roe' ? i : -1)).filter((i) => i >= 0);
    const labels = new Uint8Array(ctx.tokens.length);
    labels[0] = label('B-PER');
    labels[roe[0]!] = label('I-PER');
    labels[roe[1]!] = label('B-PER');
    const ev = docEvidence(ctx, labels);
    expect(docFeatures(ctx, ev, labels, roe[2]!)).toEqual(expect.arrayContaining(['d=PER', 'dl=PER']));
    expect(docFeatures(ctx, ev, labels, 0)).toEqual(expect.arrayContaining(['df=PER']));
  });
});

describe('decoding', () => {
  it('never puts I-X after O or after another type, and follows the emissions otherwise', () => {
    const n = 3;
    const emit = new Float64Array(n * L);
    // token 0 wants O, token 1 wants I-PER (impossible after O), token 2 wants O
    emit[0 * L + label('O')] = 5;
    emit[1 * L + label('I-PER')] = 5;
    emit[1 * L + label('B-PER')] = 4;
    emit[2 * L + label('O')] = 5;
    const out = viterbi(emit, new Float64Array(L * L), n);
    expect([...out].map((l) => LABELS[l])).toEqual(['O', 'B-PER', 'O']);
  });

  it('tagging hashes one sentence at a time and gives the labels of the all-at-once hashes training keeps', () => {
    const model = loadTagger().model!;
    const text = Array.from(
      { length: 40 },
      (_, i) =>
        `Ama Osei, a spokeswoman for the Halden Party, said on Monday in ${i % 2 ? 'Geneva' : 'Lima'}. Minister Lars Berg told the United Nations.`,
    ).join('\n\n');
    const ctx = analyseDocument(text);
    const input = { ctx, rules: new Uint8Array(ctx.tokens.length), sequences: sequencesOf(ctx, splitSentences(text)) };
    const feats = staticHashes(input);
    const first = decodeAll(model.stages[0]!, input, feats);
    const whole = decodeAll(model.stages[1]!, input, feats, docHashes(ctx, first));
    expect(whole.some((l) => l !== label('O'))).toBe(true);
    expect([...tagDocument(input, model)]).toEqual([...whole]);
    // a document too long to keep its hashes for the second stage hashes them again, with the same labels
    expect([...tagDocument(input, model, { keepHashes: 0 })]).toEqual([...whole]);
  });
});

describe('the model file', () => {
  it('encodes and decodes to the same weights; quantisation keeps signs and scale', () => {
    const bits = 4;
    const weights = Float64Array.from({ length: (1 << bits) * L }, (_, i) => (i % 7 === 0 ? ((i * 37) % 19) - 9 : 0));
    const trans = Float64Array.from({ length: L * L }, (_, i) => i / 10 - 4);
    const stage = quantise(weights, bits, trans);
    expect(Math.max(...stage.w)).toBeLessThanOrEqual(127);
    for (let i = 0; i < weights.length; i++)
      expect(Math.sign(stage.w[i]!)).toBe(Math.sign(Math.round(weights[i]! / stage.scale)));
    const back = decodeModel(encodeModel({ stages: [stage, stage] }));
    expect(back.stages).toHaveLength(2);
    expect([...back.stages[1]!.w]).toEqual([...stage.w]);
    expect([...back.stages[0]!.trans]).toEqual([...trans]);
    expect(back.stages[0]!.scale).toBe(stage.scale);
  });

  it('loads the shipped model once; a missing or corrupt file means rules only', async () => {
    const shipped = loadTagger().model;
    expect(shipped).not.toBeNull();
    expect(loadTagger().model).toBe(shipped);
    expect(shipped!.stages).toHaveLength(2);
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-model-'));
    temps.push(dir);
    expect(loadTagger(path.join(dir, 'missing.bin'))).toEqual({ model: null, problem: 'the file is missing' });
    await writeFile(path.join(dir, 'bad.bin'), 'not a model');
    expect(loadTagger(path.join(dir, 'bad.bin')).model).toBeNull();
    expect(loadTagger().problem).toBeUndefined();
    expect(MODEL_FILE).toMatch(/data[\\/]model[\\/]tagger\.bin$/);
  });
});

describe('training round trip on a tiny corpus of our own', () => {
  const docs = [
    {
      text: 'Ama Osei met the Halden Party in Lunford on Monday.',
      spans: [
        { start: 0, end: 8, type: 'PER' },
        { start: 17, end: 29, type: 'ORG' },
        { start: 33, end: 40, type: 'LOC' },
      ],
    },
    {
      text: 'The Halden Party said Osei would visit Lunford.',
      spans: [
        { start: 4, end: 16, type: 'ORG' },
        { start: 22, end: 26, type: 'PER' },
        { start: 39, end: 46, type: 'LOC' },
      ],
    },
    {
      text: 'Tomas Brandt left Korvia for Lunford.',
      spans: [
        { start: 0, end: 12, type: 'PER' },
        { start: 18, end: 24, type: 'LOC' },
        { start: 29, end: 36, type: 'LOC' },
      ],
    },
  ];

  it('learns its training documents, and the same data gives the same bytes', () => {
    const prepared = docs.map((d) => prepare(d, true));
    const model = trainModel(prepared, { bits: 14, epochs: 20, folds: 3 });
    const again = trainModel(
      docs.map((d) => prepare(d, true)),
      { bits: 14, epochs: 20, folds: 3 },
    );
    expect(Buffer.compare(encodeModel(model), encodeModel(again))).toBe(0);
    const reloaded = decodeModel(encodeModel(model));
    for (const p of prepared) {
      const predicted = tagDocument(p.input, reloaded);
      expect([...predicted]).toEqual([...p.gold]);
    }
    // and the whole extractor uses it
    const { entities } = extractEntities(docs[0]!.text, { model: reloaded });
    expect(entities.map((e) => [e.name, e.type])).toEqual(
      expect.arrayContaining([
        ['Ama Osei', 'person'],
        ['Halden Party', 'group'],
        ['Lunford', 'place'],
      ]),
    );
  });

  it('sequences follow the sentences', () => {
    const text = 'One. Two three. Four';
    const ctx = analyseDocument(text);
    expect(
      sequencesOf(ctx, splitSentences(text)).map(([a, b]) =>
        ctx.tokens
          .slice(a, b)
          .map((t) => t.norm)
          .join(' '),
      ),
    ).toEqual(['One .', 'Two three .', 'Four']);
  });
});
