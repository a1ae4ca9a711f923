import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../scripts/extract/analyse/tokenize.ts';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ['possessive with curly apostrophe', 'Erdogan’s fears', ['Erdogan', '’s', 'fears']],
    ['possessive with straight apostrophe', "Turkey's president", ['Turkey', "'s", 'president']],
    ['apostrophe inside a word', 'anti-Shi‘ite atrocities', ['anti', '-', 'Shi‘ite', 'atrocities']],
    ['O’ names stay whole', "O'Brien won", ["O'Brien", 'won']],
    ['hyphenated compound', 'ISIS-occupied Mosul', ['ISIS', '-', 'occupied', 'Mosul']],
    ['dotted abbreviation', 'by U.S. standards.', ['by', 'U.S.', 'standards', '.']],
    ['title abbreviation keeps its dot', 'Gen. Smith', ['Gen.', 'Smith']],
    ['stray space before punctuation', 'Carter said .', ['Carter', 'said', '.']],
    ['numbers and dates', 'LONDON 1996-08-30', ['LONDON', '1996-08-30']],
    ['emoji and RTL text', 'Hi 👋 مرحبا', ['Hi', '👋', 'مرحبا']],
    ["a live blog's clock glued to its author", '14:05Jane Roe', ['14:05', 'Jane', 'Roe']],
    ['a clock with its lower-case unit stays one', 'at 9:30pm sharp', ['at', '9:30pm', 'sharp']],
    ['a number glued to capitals stays one', 'a 3D print', ['a', '3D', 'print']],
  ])('%s', (_label, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    ['“It starts,” Carter said .'],
    ['Recep Tayyip Erdogan, Turkey’s neo-Ottoman president'],
    ['\u0000\uffff\ud800 binary'],
  ])('offsets slice back to the text: %s', (text) => {
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it.each([
    ['Carter', { cap: true, allCaps: false }],
    ['ISIS', { cap: true, allCaps: true }],
    ['said', { cap: false, allCaps: false }],
  ])('capitalisation flags of %s', (text, flags) => {
    const [t] = tokenize(text);
    expect({ cap: t!.cap, allCaps: t!.allCaps }).toEqual(flags);
  });

  it('straightens curly quotes in norm', () => {
    expect(tokenize('Shi‘ite')[0]!.norm).toBe("Shi'ite");
  });
});
