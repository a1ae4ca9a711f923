import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countParts, partFolder, partOf } from '../../../scripts/write/indexSite.ts';

const pages = (n: number) => Array.from({ length: n }, (_, i) => `people/person-${i}/index.html`);

describe('the parts of the search index', () => {
  it.each([
    [0, 1],
    [15, 1],
    [40, 2],
    [100, 6],
    [3000, 8],
  ])('%i pages, parts of 16 pages at least: %i parts', (n, parts) => {
    expect(countParts(pages(n), { pagesPerPart: 16 })).toBe(parts);
  });

  it.each([
    [400, 1],
    [599, 1],
    [900, 3],
    [3000, 8],
  ])('by default (300 pages a part at least) %i pages: %i parts', (n, parts) => {
    expect(countParts(pages(n))).toBe(parts);
  });

  it('puts a page in the same part on every build, whatever the other pages', () => {
    const all = pages(500);
    const parts = countParts(all);
    const before = all.map((f) => partOf(f, parts));
    expect([...all].reverse().map((f) => partOf(f, parts))).toEqual(before.reverse());
  });

  it('never leaves a part empty, and never has more parts than asked', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 12 }),
        (files, maxParts) => {
          const parts = countParts(files, { maxParts, pagesPerPart: 4 });
          expect(parts).toBeGreaterThanOrEqual(1);
          expect(parts).toBeLessThanOrEqual(maxParts);
          if (parts > 1) expect(new Set(files.map((f) => partOf(f, parts))).size).toBe(parts);
        },
      ),
    );
  });

  it.each([
    [0, ''],
    [3, 'part-3/'],
  ])('part %i is in the folder "%s" of the bundle', (part, folder) => {
    expect(partFolder(part)).toBe(folder);
  });
});
