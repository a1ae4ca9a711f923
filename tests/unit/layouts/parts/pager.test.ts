import { describe, expect, it } from 'vitest';
import { shownPages } from '../../../../layouts/parts/pager.ts';

describe('the page numbers a pager shows', () => {
  it.each<[number, number, number[]]>([
    [1, 0, []],
    [1, 1, [1]],
    [3, 15, Array.from({ length: 15 }, (_, i) => i + 1)],
    [1, 16, [1, 2, 3, 4, 16]],
    [8, 16, [1, 5, 6, 7, 8, 9, 10, 11, 16]],
    [16, 16, [1, 13, 14, 15, 16]],
    [500_000, 1_000_000, [1, 499_997, 499_998, 499_999, 500_000, 500_001, 500_002, 500_003, 1_000_000]],
    [2, Number.MAX_SAFE_INTEGER, [1, 2, 3, 4, 5, Number.MAX_SAFE_INTEGER]],
  ])('page %i of %i', (page, pages, expected) => {
    expect(shownPages(page, pages)).toEqual(expected);
  });
});
