import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { ENGLISH, PLAIN_LOWER, wordFacts } from '../../../../scripts/extract/rules/wordFacts.ts';

const TEXT =
  'Der Minister sagte am Montag in Quillby, dass die Regierung handeln werde. The minister of Varnholm said the ' +
  'plan was sound; co-operation with Kwok-hung and the un-named zorblat growers (ABC) would go on.\nNew line here.';

describe('wordFacts', () => {
  it.each([
    ['minister', PLAIN_LOWER | ENGLISH],
    ['the', PLAIN_LOWER | ENGLISH],
    ['zorblat', PLAIN_LOWER],
    ['sagte', PLAIN_LOWER],
    ['Minister', 0],
    ['Quillby', 0],
    ['of', 0],
  ])('gives %s the bits %i', (word, bits) => {
    const ctx = analyseDocument(TEXT);
    const facts = wordFacts(ctx);
    const i = ctx.tokens.findIndex((t) => t.text === word);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(facts(i)).toBe(bits);
  });

  it('gives each token the same bits whether asked first or again, in any order', () => {
    const ctx = analyseDocument(TEXT);
    const forwards = ctx.tokens.map((_, i) => wordFacts(ctx)(i));
    const fresh = analyseDocument(TEXT);
    const facts = wordFacts(fresh);
    const backwards = ctx.tokens.map((_, i) => facts(ctx.tokens.length - 1 - i)).reverse();
    expect(backwards).toEqual(forwards);
    expect(ctx.tokens.map((_, i) => facts(i))).toEqual(forwards);
  });
});
