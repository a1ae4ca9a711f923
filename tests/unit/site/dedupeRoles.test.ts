import { describe, expect, it } from 'vitest';
import type { SiteRole } from '../../../scripts/core/types/site.ts';
import { dedupeRoles, office } from '../../../scripts/site/dedupeRoles.ts';

describe('roles: one per office', () => {
  it.each<[string, string]>([
    ['President', 'president'],
    ['U.S. President', 'president'],
    ['Republican President', 'president'],
    ['Vice President', 'vice president'],
    ['Turkish Foreign Minister', 'foreign minister'],
    ['Secretary of Defense', 'secretary of defense'],
  ])('%s → %s', (title, expected) => {
    expect(office(title)).toBe(expected);
  });

  it('keeps the wording used most, with its proof', () => {
    const role = (title: string, paragraph: string): SiteRole => ({
      title,
      article: 'a',
      sentence: `${title} Lane spoke.`,
      paragraph,
    });
    const roles = dedupeRoles([
      role('President', 'p-1'),
      role('Republican President', 'p-2'),
      role('U.S. President', 'p-3'),
      role('President', 'p-4'),
      role('Vice President', 'p-5'),
    ]);
    expect(roles.map((r) => [r.wording, r.count, r.role.paragraph])).toEqual([
      ['President', 4, 'p-1'],
      ['Vice President', 1, 'p-5'],
    ]);
  });
});
