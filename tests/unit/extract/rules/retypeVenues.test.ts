import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { retypeVenues } from '../../../../scripts/extract/rules/retypeVenues.ts';

/** A one-cluster document: every occurrence of `name`, typed `type`, after retypeVenues. */
function retyped(text: string, name: string, type: string): string {
  const ctx = analyseDocument(text);
  const occurrences = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const first = ctx.tokens.findIndex((t) => t.start === at);
    const last = ctx.tokens.findIndex((t) => t.end === at + name.length);
    occurrences.push({ first, last });
  }
  const cluster = { type, occurrences };
  retypeVenues(ctx, [cluster]);
  return cluster.type;
}

describe("a person's name ending in a venue's head noun is the business", () => {
  it.each<[string, string, string, string]>([
    ['Tobin Quade Bar says it will open again.', 'Tobin Quade Bar', 'person', 'group'],
    ['The Orla Inn have said they will close.', 'Orla Inn', 'person', 'group'],
    ["Venn's Cafe is open for takeaway.", "Venn's Cafe", 'person', 'group'],
    // a venue read as a place keeps that reading
    ['She walks to the Tarvel Saloon at noon.', 'Tarvel Saloon', 'place', 'place'],
    // a venue word inside a name, or in lower case, is no head
    ['Jane Bar Roe said so.', 'Jane Bar Roe', 'person', 'person'],
    ['Jane Roe bar none.', 'Jane Roe', 'person', 'person'],
  ])('%s (%s, %s) → %s', (text, name, type, expected) => {
    expect(retyped(text, name, type)).toBe(expected);
  });

  it('every mention must end in the head noun', () => {
    expect(retyped('Mara Inn said so. Later Mara Inn and Mara Inn Roe spoke.', 'Mara Inn', 'person')).toBe('group');
    const ctx = analyseDocument('Mara Inn said so. Mara Inn Roe spoke.');
    const cluster = {
      type: 'person',
      occurrences: [
        { first: 0, last: 1 },
        { first: 5, last: 7 },
      ],
    };
    retypeVenues(ctx, [cluster]);
    expect(cluster.type).toBe('person');
  });
});
