import { describe, expect, it } from 'vitest';
import { noun, plural } from '../../../../scripts/core/text/plural.ts';

describe('plural', () => {
  it.each<[number, string, string | undefined, string]>([
    [0, 'article', undefined, '0 articles'],
    [1, 'article', undefined, '1 article'],
    [2, 'article', undefined, '2 articles'],
    [1, 'mention', undefined, '1 mention'],
    [43, 'mention', undefined, '43 mentions'],
    [1, 'person', undefined, '1 person'],
    [3, 'person', undefined, '3 people'],
    [2, 'entity', undefined, '2 entities'],
    [1, 'entity', undefined, '1 entity'],
    [2, 'sentence', undefined, '2 sentences'],
    [2, 'match', undefined, '2 matches'],
    [2, 'place', undefined, '2 places'],
    [2, 'quote', undefined, '2 quotes'],
    [5697, 'relation', undefined, '5,697 relations'],
    [2, 'file', 'files', '2 files'],
    [1, 'group', undefined, '1 group'],
  ])('%i %s', (n, one, many, expected) => {
    expect(plural(n, one, many)).toBe(expected);
  });
  it('noun alone', () => {
    expect(noun(1, 'warning')).toBe('warning');
    expect(noun(2, 'warning')).toBe('warnings');
  });
});
