import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { proseLowerWords } from '../../../../scripts/extract/rules/proseLowerWords.ts';

describe('proseLowerWords: lower-case words of the prose, not of handles and addresses', () => {
  it.each<[string, string, boolean]>([
    ['a word of the prose', 'The vorn was quick.', true],
    ['a handle', 'Twitter: @jan_vorn', false],
    ['a hashtag', 'Tagged #vorn all week.', false],
    ['a domain', 'Her blog (janvorn.com) and quillo.vorn.net grew.', false],
    ['an e-mail address', 'Mail jan@vorn.org now.', false],
    ['a link', 'See https://quillo.net/vorn today.', false],
  ])('%s', (_label, text, lower) => {
    expect(proseLowerWords(analyseDocument(text)).has('vorn')).toBe(lower);
  });
});
