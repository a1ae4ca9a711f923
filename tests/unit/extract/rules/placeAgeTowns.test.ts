import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { isAgeTown, placeAgeTowns } from '../../../../scripts/extract/rules/placeAgeTowns.ts';
import type { EntityType } from '../../../../scripts/core/types/common.ts';

function occurrence(text: string, name: string) {
  const ctx = analyseDocument(text);
  const at = text.indexOf(name);
  const first = ctx.tokens.findIndex((t) => t.start === at);
  const last = ctx.tokens.findIndex((t) => t.end === at + name.length);
  return { ctx, o: { first, last, text: name } };
}

describe("a person's town after their age", () => {
  it.each<[string, string, boolean]>([
    ['Hayley N. Hullen, 30, Bulvitt, was arrested for retail theft.', 'Bulvitt', true],
    ['A car driven by Leanne L. Hivan, 52, of Quinby, was southbound.', 'Quinby', true],
    ['The driver was Chad Hullen, 37, Tarrow.', 'Tarrow', true],
    // no age before it
    ['Hayley Hullen, Bulvitt, was arrested.', 'Bulvitt', false],
    // a count, not an age between commas
    ['In 2019, 300, Bulvitt said, were arrested.', 'Bulvitt', false],
    // a name going on ("Bulvitt Road") is not the town alone
    ['Hayley Hullen, 30, Bulvitt Road resident, was arrested.', 'Bulvitt', false],
  ])('%s (%s) → %s', (text, name, town) => {
    const { ctx, o } = occurrence(text, name);
    expect(isAgeTown(ctx, o)).toBe(town);
  });

  it('a town read as a person is a place', () => {
    const { ctx, o } = occurrence('Chad Hullen, 37, Quinby, was arrested by police.', 'Quinby');
    const cluster = { type: 'person' as EntityType, roles: [], occurrences: [o] };
    placeAgeTowns(ctx, [cluster]);
    expect(cluster.type).toBe('place');
  });
});
