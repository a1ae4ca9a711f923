import { describe, expect, it } from 'vitest';
import { guard, isolate, STAGE_FAILED } from '../../../scripts/core/guard.ts';
import type { Warning } from '../../../scripts/core/types/common.ts';

describe('guard and isolate', () => {
  it.each<[string, () => number, number, number]>([
    ['a step that works gives its result', () => 7, 7, 0],
    [
      'a throw gives the fallback and a warning',
      () => {
        throw new TypeError('boom');
      },
      -1,
      1,
    ],
  ])('%s', (_, work, expected, warningCount) => {
    const warnings: Warning[] = [];
    expect(guard(warnings, 'a.md', 'find quotes', 'the article is shown without them', () => -1, work)).toBe(expected);
    expect(warnings).toHaveLength(warningCount);
    if (warningCount) {
      expect(warnings[0]).toEqual({
        code: STAGE_FAILED,
        file: 'a.md',
        message: 'could not find quotes (TypeError: boom); the article is shown without them',
      });
    }
  });

  it('isolate runs the whole list once when nothing throws, and drops only the items that fail alone', () => {
    const warnings: Warning[] = [];
    let runs = 0;
    const sum = (xs: readonly number[]) => {
      runs++;
      if (xs.includes(3)) throw new RangeError('three');
      return xs.reduce((a, b) => a + b, 0);
    };
    expect(isolate([1, 2, 4], sum, String, 'add', 'left out', warnings)).toBe(7);
    expect(runs).toBe(1);
    expect(isolate([1, 2, 3, 4], sum, (x) => `f${x}.md`, 'add', 'left out', warnings)).toBe(7);
    expect(warnings).toEqual([
      { code: STAGE_FAILED, file: 'f3.md', message: 'could not add (RangeError: three); left out' },
    ]);
  });
});
