import { describe, expect, it } from 'vitest';
import { figures, scorePage } from '../../../../scripts/dev/corpora/scoreMainText.ts';

const TEXT = 'Port Eslin will rebuild\nits harbour wall.\n\nKordova Vesnik  said the work begins in spring.';

describe('scorePage', () => {
  it.each([
    [
      'a with segment found is a true positive',
      { with: ['rebuild its harbour'], without: [] },
      { tp: 1, fn: 0, fp: 0, tn: 0 },
    ],
    ['one not found is a false negative', { with: ['the old quay'], without: [] }, { tp: 0, fn: 1, fp: 0, tn: 0 }],
    [
      'a without segment found is a false positive',
      { with: [], without: ['Vesnik said'] },
      { tp: 0, fn: 0, fp: 1, tn: 0 },
    ],
    ['one not found is a true negative', { with: [], without: ['Sign up'] }, { tp: 0, fn: 0, fp: 0, tn: 1 }],
    [
      'white space is collapsed on both sides, the segment trimmed',
      { with: [' wall. Kordova\u00a0Vesnik '], without: [] },
      { tp: 1, fn: 0, fp: 0, tn: 0 },
    ],
    ['case counts', { with: ['port eslin'], without: [] }, { tp: 0, fn: 1, fp: 0, tn: 0 }],
    ['an empty segment is never found', { with: [''], without: ['  '] }, { tp: 0, fn: 1, fp: 0, tn: 1 }],
  ])('%s', (_, gold, expected) => expect(scorePage(TEXT, gold)).toEqual(expected));

  it('a page with no text finds nothing', () => {
    expect(scorePage('', { with: ['a', 'b'], without: ['c'] })).toEqual({ tp: 0, fn: 2, fp: 0, tn: 1 });
  });
});

describe('figures', () => {
  it('sums the counts, then precision, recall, F1 and accuracy', () => {
    const f = figures([
      { tp: 3, fn: 1, fp: 1, tn: 2 },
      { tp: 1, fn: 1, fp: 0, tn: 1 },
    ]);
    expect(f).toMatchObject({ tp: 4, fn: 2, fp: 1, tn: 3 });
    expect(f.precision).toBeCloseTo(4 / 5);
    expect(f.recall).toBeCloseTo(4 / 6);
    expect(f.f1).toBeCloseTo((2 * (4 / 5) * (4 / 6)) / (4 / 5 + 4 / 6));
    expect(f.accuracy).toBeCloseTo(7 / 10);
  });

  it('no counts: every figure is 0', () => {
    expect(figures([])).toEqual({ tp: 0, fn: 0, fp: 0, tn: 0, precision: 0, recall: 0, f1: 0, accuracy: 0 });
  });
});
