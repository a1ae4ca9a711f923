import { describe, expect, it } from 'vitest';
import { L, LABELS } from '../../../../scripts/extract/tagger/labels.ts';
import { partialTarget, prepare } from '../../../../scripts/dev/train/trainTagger.ts';

const at = (name: (typeof LABELS)[number]) => LABELS.indexOf(name);

/** Emissions for n tokens where each token prefers one label by `margin`. */
function emit(prefer: (typeof LABELS)[number][], margin = 5): Float64Array {
  const e = new Float64Array(prefer.length * L);
  prefer.forEach((p, i) => {
    e[i * L + at(p)] = margin;
  });
  return e;
}

describe('partialTarget', () => {
  const trans = new Float64Array(L * L);
  it.each([
    ['a token outside the gold the model reads as MISC stays MISC', ['B-MISC', 'O'], ['O', 'O'], ['B-MISC', 'O']],
    ['a token outside the gold the model reads as a person becomes O or MISC', ['B-PER', 'O'], ['O', 'O'], ['O', 'O']],
    [
      'a gold name keeps its labels whatever the model says',
      ['O', 'B-LOC', 'O'],
      ['B-PER', 'I-PER', 'O'],
      ['B-PER', 'I-PER', 'O'],
    ],
    ['MISC continues after MISC only', ['B-MISC', 'I-MISC', 'I-ORG'], ['O', 'O', 'O'], ['B-MISC', 'I-MISC', 'O']],
  ] as const)('%s', (_, prefer, gold, expected) => {
    const target = partialTarget(emit([...prefer]), trans, Uint8Array.from(gold.map(at)));
    expect([...target].map((k) => LABELS[k])).toEqual(expected);
  });
});

describe('prepare', () => {
  const text = 'Nadia Orrel Visits\n\nNadia Orrel visited Tarnby. She left.';
  it.each([
    ['with nothing skipped, every sequence is trained on', [], false],
    ['a skipped title line leaves its sequence out', [{ start: 0, end: 18 }], true],
  ])('%s', (_, skip, skipped) => {
    const p = prepare({ text, spans: [{ start: 20, end: 31, type: 'PER' }], skip, partial: true }, false);
    const trained = p.train ?? p.input.sequences;
    const firstToken = p.input.ctx.tokens[trained[0]![0]]!;
    expect(firstToken.start === 0).toBe(!skipped);
    expect(p.partial).toBe(true);
    expect(p.gold.some((g) => g !== 0)).toBe(true);
  });
});
