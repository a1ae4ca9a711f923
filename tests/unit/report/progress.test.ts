import { describe, expect, it } from 'vitest';
import { progressLine } from '../../../scripts/report/progress.ts';

describe('progress bar', () => {
  it.each<[number, number, string]>([
    [0, 100, 'extract  [----------------------------] 0/100'],
    [50, 100, 'extract  [##############--------------] 50/100'],
    [1000, 1000, 'extract  [############################] 1,000/1,000'],
  ])('%i of %i', (done, total, expected) => {
    expect(progressLine('extract', done, total)).toBe(expected);
  });
});
