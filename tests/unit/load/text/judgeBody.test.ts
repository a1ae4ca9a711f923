import { describe, expect, it } from 'vitest';
import { hasArticleBody, measureProse } from '../../../../scripts/load/text/judgeBody.ts';
import { BRIEF, MOST_READ } from '../../../helpers/boilerplatePages.ts';

const MENU = ['Home', 'News', 'Sport', 'Weather', 'Opinion'];
const COOKIES =
  'We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.';
const FOOTER = ['About us | Contact | Privacy policy | Terms of use', '© 2024 The Eslin Courier. All rights reserved.'];
const NAMES = Array.from({ length: 24 }, (_, i) => `Senna Orlath ${i + 1}, Varrow University`);

describe('hasArticleBody', () => {
  it.each<[string, string[], string[], boolean]>([
    [
      'a menu, a cookie banner, a most-read list and a footer',
      [...MENU, COOKIES, 'Most read', ...MOST_READ, ...FOOTER],
      [...MENU, ...MOST_READ],
      false,
    ],
    ['the most-read headlines alone, as links', MOST_READ, MOST_READ, false],
    ['a cookie banner alone', [COOKIES], [], false],
    ['a footer alone', FOOTER, [], false],
    ['one short sentence', ['Port Eslin is a town.'], [], false],
    [
      'a real three-sentence brief in the same clutter',
      [...MENU, COOKIES, ...BRIEF, 'Most read', ...MOST_READ, ...FOOTER],
      [...MENU, ...MOST_READ],
      true,
    ],
    ['a real two-sentence brief', BRIEF.slice(0, 2), [], true],
    [
      'two short sentences',
      ['The Port Eslin ferry crews walked out on Tuesday. Talks resume on Friday, said Kordova Vesnik.'],
      [],
      true,
    ],
    ['one long sentence (all Readability kept of an article)', [BRIEF[0]!], [], true],
    ['the same headlines when they are not links are prose', MOST_READ, [], true],
    [
      'a paragraph that is mostly one link is link text',
      [`${MOST_READ[0]}. ${MOST_READ[1]}.`],
      [MOST_READ[0]!, MOST_READ[1]!],
      false,
    ],
    ['a paragraph with a link in it is still prose', [BRIEF.join(' ')], ['harbour authority'], true],
    ['a list of names that are not links (a letter’s signatories)', NAMES, [], true],
    ['the same list as links (a directory)', NAMES, NAMES, false],
    [
      'Chinese prose (no spaces)',
      [
        '港口城市的渡轮船员周二罢工，因为与港务局的谈判在周一深夜破裂。船员发言人表示，在港务局公布数据之前，他们不会复工。',
      ],
      [],
      true,
    ],
  ])('%s', (_, paragraphs, links, expected) =>
    expect(hasArticleBody(paragraphs, { titles: ['Home'], links })).toBe(expected),
  );

  it('counts the words and sentences of prose only', () => {
    expect(measureProse([...MENU, COOKIES, ...BRIEF], { links: MENU })).toEqual({ words: 50, sentences: 3, lines: 3 });
  });
});
