import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, relationWords } from '../../../../layouts/parts/format.ts';

describe('relation strength in words', () => {
  it.each<[{ sentences: number; paragraphs: number; articles: number }, string]>([
    [{ sentences: 3, paragraphs: 0, articles: 2 }, 'named together in 3 sentences, 2 articles'],
    [{ sentences: 1, paragraphs: 0, articles: 1 }, 'named together in 1 sentence, 1 article'],
    [{ sentences: 2, paragraphs: 1, articles: 1 }, 'named together in 2 sentences and 1 paragraph, 1 article'],
    [{ sentences: 0, paragraphs: 1, articles: 1 }, 'named together in the same paragraph, 1 article'],
    [{ sentences: 0, paragraphs: 3, articles: 2 }, 'named together in the same 3 paragraphs, 2 articles'],
  ])('%j', (r, expected) => {
    expect(relationWords(r)).toBe(expected);
  });
});

describe('dates in words', () => {
  it.each<[string, string]>([
    ['2021-03-04', '4 March 2021'],
    ['2021-12-31', '31 December 2021'],
    ['0001-01-01', '1 January 0001'],
    ['9999-12-31', '31 December 9999'],
    ['2021-03', 'March 2021'],
    ['2021-13-01', '2021-13-01'],
    ['2021-00-10', '2021-00-10'],
    ['not a date', 'not a date'],
    ['', ''],
  ])('formatDate(%j) → %j', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it.each<[string, string]>([
    ['2021-03', 'March 2021'],
    ['0001-01', 'January 0001'],
    ['9999-12', 'December 9999'],
    ['2021-13', '2021-13'],
    ['', ''],
  ])('formatMonth(%j) → %j', (ym, expected) => {
    expect(formatMonth(ym)).toBe(expected);
  });
});
