import { describe, expect, it } from 'vitest';
import { followsPlace, splitWhenBoth } from '../../../scripts/resolve/readings.ts';

describe('followsPlace', () => {
  // "Quorn" is a place mention ending at 5
  it.each([
    ['Quorn, Eslin', 7, 4, true],
    ['Quorn,  Eslin', 8, 4, true],
    ['Quorn and Eslin', 10, 4, false],
    ['Quorn Eslin', 6, 4, false],
    // the comma follows something else than a place's end
    ['Quornx, Eslin', 8, 4, false],
    // too far back for a small window, found with a wider one
    ['Quorn,      Eslin', 12, 4, false],
    ['Quorn,      Eslin', 12, 12, true],
  ])('%j at %i (window %i) → %s', (text, start, window, expected) => {
    expect(followsPlace(text, start, new Set([5]), window)).toBe(expected);
  });
});

describe('splitWhenBoth', () => {
  it.each([
    ['both readings: the first kept apart', [[[1, 2], [3]]], [1, 2]],
    ['one reading only: nothing', [[[1, 2], []]], []],
    ['the other reading only: nothing', [[[], [4]]], []],
    [
      'two names, one read both ways',
      [
        [[1], [2]],
        [[5], []],
      ],
      [1],
    ],
  ] as const)('%s', (_, readings, expected) => {
    expect([...splitWhenBoth(readings)].sort()).toEqual(expected);
  });
});
