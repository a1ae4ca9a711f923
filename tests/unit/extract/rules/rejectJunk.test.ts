import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { findCandidates } from '../../../../scripts/extract/rules/findCandidates.ts';
import { isDemonymWord, isJunk } from '../../../../scripts/extract/rules/rejectJunk.ts';

const junk = (text: string): boolean[] => {
  const ctx = analyseDocument(text);
  return findCandidates(ctx).map((c) => isJunk(ctx, c));
};

describe('rejectJunk', () => {
  it.each([
    ['a weekday', 'It happened on Monday here.'],
    ['a month', 'It happened in September here.'],
    ['a bare title', 'He became President yesterday.'],
    ['a lone organisation head', 'He joined the Ministry yesterday.'],
    ['a nationality adjective', 'the Iraqi troops'],
    ['a faith adjective', 'many Shi‘ite militias'],
    ['a table abbreviation', 'the Chg column'],
  ])('rejects %s', (_label, text) => {
    expect(junk(text).every(Boolean)).toBe(true);
  });

  it.each([
    ['a person', 'He met Ashton Carter here.'],
    ['a city', 'He went to Mosul yesterday.'],
    ['an acronym', 'He fought ISIS there.'],
  ])('keeps %s', (_label, text) => {
    expect(junk(text)).toEqual([false]);
  });

  it.each([
    ['Iraqi', true],
    ['Americans', true],
    ['Kurdish', true],
    ['Mosul', false],
    ['Carter', false],
  ])('isDemonymWord(%s) is %s', (word, expected) => {
    expect(isDemonymWord(word)).toBe(expected);
  });

  it('drops "Last week" at a sentence start', () => {
    const ctx = analyseDocument('Last week, the plan changed.');
    expect(findCandidates(ctx).filter((c) => !isJunk(ctx, c))).toEqual([]);
  });
});
