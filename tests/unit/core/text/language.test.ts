import { describe, expect, it } from 'vitest';
import {
  isExtracted,
  languageCode,
  languageName,
  languageOfMessage,
  notExtractedMessage,
} from '../../../../scripts/core/text/language.ts';

describe('languageCode: a declared language tag', () => {
  it.each<[unknown, string | undefined]>([
    ['de', 'de'],
    ['DE', 'de'],
    [' fr ', 'fr'],
    ['de-AT', 'de'],
    ['en_GB', 'en'],
    ['pt-BR', 'pt'],
    ['zh-Hant-TW', 'zh'],
    ['fil', 'fil'],
    ['english', undefined],
    ['German', undefined],
    ['xx', undefined],
    ['und', undefined],
    ['', undefined],
    ['de AT', undefined],
    [42, undefined],
    [null, undefined],
    [['de'], undefined],
  ])('%j → %s', (value, code) => {
    expect(languageCode(value)).toBe(code);
  });
});

describe('languageName', () => {
  it.each([
    ['de', 'German'],
    ['en', 'English'],
    ['ko', 'Korean'],
    ['ru', 'Russian'],
    ['qq', 'qq'],
  ])('%s → %s', (code, name) => expect(languageName(code)).toBe(name));
});

describe('isExtracted', () => {
  it.each([
    ['en', true],
    [undefined, true],
    ['de', false],
    ['fr', false],
  ])('%s → %s', (language, extracted) => expect(isExtracted(language)).toBe(extracted));
});

it('the language is read back from the warning message', () => {
  expect(languageOfMessage(notExtractedMessage('de'))).toBe('German');
  expect(languageOfMessage('source is odd')).toBeUndefined();
});
