import { describe, expect, it } from 'vitest';
import { joinParagraphs, paragraphise, splitAtSentences } from '../../../../scripts/load/text/toText.ts';

describe('joinParagraphs', () => {
  it.each([
    [['  One\n two ', '', 'Three\u00a0four'], 'One two\n\nThree four'],
    [[], ''],
    [['\n\n'], ''],
  ])('%j → %j', (paragraphs, text) => expect(joinParagraphs(paragraphs)).toBe(text));
});

describe('paragraphise (dataset cells)', () => {
  it.each([
    ['blank lines separate paragraphs', 'One.\n\nTwo\nstill two.\r\n\r\nThree.', 'One.\n\nTwo still two.\n\nThree.'],
    ['without blank lines, every line is one', 'One.\nTwo.\nThree.', 'One.\n\nTwo.\n\nThree.'],
    ['a short line stays one paragraph', 'Just one sentence. And another.', 'Just one sentence. And another.'],
  ])('%s', (_, raw, text) => expect(paragraphise(raw)).toBe(text));

  it('a long line is cut at sentence ends only, keeping every character', () => {
    const sentences = Array.from(
      { length: 12 },
      (_, i) => `Sentence number ${i + 1} says that officials in Geneva met on Monday to talk about the plan.`,
    );
    const text = paragraphise(sentences.join(' '), { longParagraph: 300, paragraphLength: 150 });
    const paragraphs = text.split('\n\n');
    expect(paragraphs.length).toBeGreaterThan(2);
    expect(paragraphs.join(' ')).toBe(sentences.join(' '));
    for (const p of paragraphs) expect(p).toMatch(/^Sentence number \d+ .*\.$/);
  });

  it.each([
    [
      'never inside a straight quotation',
      'Intro words here. "First quoted sentence. Second quoted sentence. Third one." Then more after it.',
    ],
    [
      'never inside a curly quotation',
      'Intro words here. “First quoted sentence. Second quoted sentence. Third one.” Then more after it.',
    ],
  ])('%s', (_, line) => {
    const parts = splitAtSentences(line, 10);
    for (const part of parts) expect((part.match(/"/g) ?? []).length % 2, part).toBe(0);
    expect(parts.some((p) => p.includes('“') !== p.includes('”'))).toBe(false);
    expect(parts.join(' ')).toBe(line);
  });

  it.each([
    ['Mr. Smith', 'He met Mr. Smith there. Then left.'],
    ['an initial', 'He met J. Smith there. Then left.'],
    ['U.S.', 'He met U.S. officials there. Then left.'],
    ['a lower-case word', 'He met them at 5 p.m. on Monday. Then left.'],
  ])('not after %s', (_, line) => {
    expect(splitAtSentences(line, 5)).toEqual([line.replace(/ Then left\.$/, ''), 'Then left.']);
  });
});
