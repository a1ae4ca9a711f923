import { describe, expect, it } from 'vitest';
import { formatWarnings } from '../../../scripts/report/formatSummary.ts';
import type { Warning } from '../../../scripts/core/types/common.ts';

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
