import { describe, expect, it } from 'vitest';
import { formatWarnings } from '../../../scripts/report/formatSummary.ts';
import type { Warning } from '../../../scripts/core/types/common.ts';
import { unsupportedLanguage } from '../../../scripts/load/detectLanguage.ts';

const w = (file: string, code = 'BAD_SOURCE', message = 'source is odd'): Warning => ({ code, file, message });

describe('identical warnings are grouped', () => {
  it.each<[string, Warning[], string[]]>([
    ['one warning as it is', [w('a.md')], ['warning: a.md: source is odd [BAD_SOURCE]']],
    ['two files, same warning', [w('a.md'), w('b.md')], ['warning: 2 files: source is odd [BAD_SOURCE] (a.md, b.md)']],
    [
      '44 files, same warning',
      Array.from({ length: 44 }, (_, i) => w(`f${i}.md`)),
      ['warning: 44 files: source is odd [BAD_SOURCE] (f0.md, f1.md, f2.md and 41 more)'],
    ],
    [
      'different messages stay apart',
      [w('a.md'), w('b.md', 'BAD_SOURCE', 'other')],
      ['warning: a.md: source is odd [BAD_SOURCE]', 'warning: b.md: other [BAD_SOURCE]'],
    ],
    [
      'different codes stay apart',
      [w('a.md'), w('b.md', 'EMPTY')],
      ['warning: a.md: source is odd [BAD_SOURCE]', 'warning: b.md: source is odd [EMPTY]'],
    ],
  ])('%s', (_, warnings, expected) => {
    expect(formatWarnings(warnings)).toEqual(expected);
  });
});

describe('articles in languages extraction does not read: one line for all', () => {
  const lang = (file: string, language: string) => unsupportedLanguage({ source: file, language })!;
  it.each<[string, Warning[], string[]]>([
    [
      'one file as it is',
      [lang('a.html', 'de')],
      [
        'warning: a.html: is in German (de): extraction is English-only; its page is built without entities [LANGUAGE_NOT_SUPPORTED]',
      ],
    ],
    [
      'files in several languages, most files first',
      [lang('a.html', 'ru'), lang('b.html', 'de'), lang('c.md', 'de'), lang('d.html', 'ko')],
      [
        'warning: 4 files in German, Korean and Russian: extraction is English-only; their pages are built without entities [LANGUAGE_NOT_SUPPORTED] (a.html, b.html, c.md and 1 more)',
      ],
    ],
    [
      'many languages: the first four named, the rest counted',
      ['de', 'de', 'fr', 'es', 'it', 'nl', 'pl'].map((l, i) => lang(`p${i}.html`, l)),
      [
        'warning: 7 files in German, Dutch, French, Italian and 2 more languages: extraction is English-only; their pages are built without entities [LANGUAGE_NOT_SUPPORTED] (p0.html, p1.html, p2.html and 4 more)',
      ],
    ],
  ])('%s', (_, warnings, expected) => {
    expect(formatWarnings([w('x.md'), ...warnings])).toEqual([
      'warning: x.md: source is odd [BAD_SOURCE]',
      ...expected,
    ]);
  });
});
