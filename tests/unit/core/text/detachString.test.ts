import { describe, expect, it } from 'vitest';
import { detachString } from '../../../../scripts/core/text/detachString.ts';

describe('detachString', () => {
  it.each([
    ['', ''],
    ['plain words', 'plain words'],
    ['a slice of a longer text', 'Orvel Tamsin spoke at the Quarn harbour on Monday.'.slice(0, 30)],
    ['quotes, a dash and an ellipsis', '“Ostrel” — said Vanya Kord…'],
    ['a character outside the BMP', 'Kessl 𝔘 ing'],
    ['a lone surrogate', 'broken \ud800 text'],
    ['control characters and a backslash', 'tab\there\nline \\ "quoted"'],
  ])('gives back an equal string (%s)', (_, s) => {
    const copy = detachString(s);
    expect(copy).toBe(s);
    expect(copy.length).toBe(s.length);
  });
});
