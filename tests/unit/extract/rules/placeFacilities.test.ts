import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { placeFacilities } from '../../../../scripts/extract/rules/placeFacilities.ts';
import type { EntityType } from '../../../../scripts/core/types/common.ts';

/** A one-cluster document: every occurrence of `name`, typed a group, after placeFacilities. */
function retyped(text: string, name: string): EntityType {
  const ctx = analyseDocument(text);
  const occurrences = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const first = ctx.tokens.findIndex((t) => t.start === at);
    const last = ctx.tokens.findIndex((t) => t.end === at + name.length);
    occurrences.push({ first, last });
  }
  const cluster: { type: EntityType; roles: string[]; occurrences: typeof occurrences } = {
    type: 'group',
    roles: [],
    occurrences,
  };
  placeFacilities(ctx, [cluster]);
  return cluster.type;
}

describe('a site the document puts people or things at is a place', () => {
  it.each<[string, string]>([
    ['A plan to convert a building on the grounds of Harrowgate Hospital was dropped.', 'Harrowgate Hospital'],
    ['The money had been kept on the third floor of the Velden Kuro Hospital, officials said.', 'Velden Kuro Hospital'],
    ['She walks to stand by the pond behind BrimMart. Mom loves BrimMart.', 'BrimMart'],
    ['She sits outside The Quillon Tavern on a bench.', 'Quillon Tavern'],
    ['Signs line the lawns in the neighboring Osper Vale community.', 'Osper Vale'],
    ['The talks broke down at the border of the Varnask.', 'Varnask'],
    ['The bridge west of Tallow Yard is closed.', 'Tallow Yard'],
    // a hospital's name is a building's
    ['Patients were moved to Norvale Hospital for Children.', 'Norvale Hospital for Children'],
    ['The director of the Quillby Friendship Hospital said the fuel ran out.', 'Quillby Friendship Hospital'],
  ])('%s (%s)', (text, name) => {
    expect(retyped(text, name)).toBe('place');
  });
});

describe('a body stays a group', () => {
  it.each<[string, string]>([
    // no site's context
    ['Harrowgate Hospital hired two nurses.', 'Harrowgate Hospital'],
    ['The company behind Quillon raised money.', 'Quillon'],
    // it speaks or acts as a body, somewhere in the document
    [
      'Protesters gathered outside Harrowgate Hospital. Harrowgate Hospital said it would reopen.',
      'Harrowgate Hospital',
    ],
    ['Fans waited outside Brenwick. Brenwick announced its results.', 'Brenwick'],
    ["Crowds stood near Tarsel Bank. Tarsel Bank's spokesman declined to comment.", 'Tarsel Bank'],
    // a hospital that acts as a body
    ['Marsh Hospital have announced that visits are over.', 'Marsh Hospital'],
    ['Marsh Hospital said it would hire two nurses.', 'Marsh Hospital'],
    // "hospital" not the name's head
    ['Visitors stay at Marsh Hospital Lodge for a week.', 'Marsh Hospital Lodge'],
  ])('%s (%s)', (text, name) => {
    expect(retyped(text, name)).toBe('group');
  });
});
