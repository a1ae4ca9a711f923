import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { retypeUnplaced } from '../../../../scripts/extract/rules/retypeUnplaced.ts';
import type { EntityType } from '../../../../scripts/core/types/common.ts';

type Scores = { person: number; group: number; place: number };
/** The tagger's one reading of an unknown word: the prior, and place evidence. */
const TAGGED: Scores = { person: 0.3, group: 0.2, place: 3.1 };

/** A one-cluster document: every occurrence of `name` in `text`, typed place with `scores`, after retypeUnplaced. */
function retyped(text: string, name: string, scores: Scores = TAGGED, place?: unknown): EntityType {
  const ctx = analyseDocument(text);
  const occurrences = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const first = ctx.tokens.findIndex((t) => t.start === at);
    const last = ctx.tokens.findIndex((t) => t.end === at + name.length);
    occurrences.push({ first, last, text: name });
  }
  const cluster = { type: 'place' as EntityType, scores, roles: [], occurrences, ...(place ? { place } : {}) };
  retypeUnplaced(ctx, [cluster]);
  return cluster.type;
}

describe('a place that nothing in the document places is retyped', () => {
  it.each<[string, string, Scores, EntityType]>([
    // a given name and a surname-shaped word, in a list of singers
    ['The best singers:\n\n10. Brent Quorvel\n\n11. Gary Zandolt', 'Gary Zandolt', TAGGED, 'person'],
    // person evidence from the rule layers (a name's shape), no place evidence
    ['Fans dressed up as Zibbo Quarn for the party.', 'Zibbo Quarn', { person: 2.1, group: 0.2, place: 6.1 }, 'person'],
    // an organisation's head word
    [
      'Brinley Loft Studio mounted a changing station on the wall.',
      'Brinley Loft Studio',
      { person: 2.4, group: 0.2, place: 9.6 },
      'group',
    ],
    ['See how Quill and Ember made these crates.', 'Quill and Ember', { person: 1.2, group: 0.2, place: 4 }, 'group'],
    // nothing but the priors: a person's reading beats a town's (a reviewer's one name)
    ['Zarvik’s Review 8/10. The fish cakes were fresh and hot.', 'Zarvik', TAGGED, 'person'],
    // group evidence
    ['Trading fees are lower with Zentrix than anywhere.', 'Zentrix', { person: 0.3, group: 2.4, place: 3.1 }, 'group'],
  ])('%s (%s) → %s', (text, name, scores, type) => {
    expect(retyped(text, name, scores)).toBe(type);
  });
});

describe('a place with evidence, or with no evidence for anything else, stays a place', () => {
  const SHAPED: Scores = { person: 2.1, group: 0.2, place: 6.1 };
  it.each<[string, string, Scores]>([
    // "of X"
    ['Fans of Vortello cheered.', 'Vortello', TAGGED],
    // prepositions and nouns of places
    ['She grew up in Harry Quandle and left at twenty.', 'Harry Quandle', SHAPED],
    ['Rebels withdrew from the capital Zarnovo on Monday.', 'Zarnovo', { person: 1.5, group: 0.2, place: 3.1 }],
    [
      'Crowds stormed the buildings in the capital, Zarnovo, on Friday.',
      'Zarnovo',
      { person: 1.5, group: 2, place: 3.1 },
    ],
    ['The breakup of the former Vessa Union changed everything.', 'Vessa Union', { person: 0.3, group: 2, place: 3.1 }],
    // a known place beside it in a list, or after a comma
    ['Flowers grow across Florida, California and the Zembrian.', 'Zembrian', { person: 0.3, group: 2, place: 3.1 }],
    ['The firm is based in Quarlow, Ohio, since 1990.', 'Quarlow', { person: 0.3, group: 2, place: 3.1 }],
    // its own words: a place's head, a place's first word, a landmark after it
    ['The mob stormed the Harlen Capitol last week.', 'Harlen Capitol', { person: 1.5, group: 0.2, place: 3.1 }],
    ['The president left for Camp Vessel outside the city.', 'Camp Vessel', SHAPED],
    ['They played at the Kosvar stadium on Sunday.', 'Kosvar', { person: 1.5, group: 0.2, place: 3.1 }],
    ['The Wendel Monument will close until June.', 'Wendel Monument', SHAPED],
    // a prominent known place inside the name
    ['Protesters want Arab East Jerusalem to be the capital.', 'Arab East Jerusalem', SHAPED],
  ])('%s (%s)', (text, name, scores) => {
    expect(retyped(text, name, scores)).toBe('place');
  });

  it("with evidence above the priors asked for, the tagger's guess for an unknown word stays", () => {
    const ctx = analyseDocument('Zarvik’s Review 8/10.');
    const cluster = {
      type: 'place' as EntityType,
      scores: TAGGED,
      roles: [],
      occurrences: [{ first: 0, last: 0, text: 'Zarvik' }],
    };
    retypeUnplaced(ctx, [cluster], { evidence: 1 });
    expect(cluster.type).toBe('place');
  });

  it('a name the place gazetteer knows keeps its type', () => {
    expect(retyped('Fans dressed up as Zibbo Quarn.', 'Zibbo Quarn', SHAPED, { kind: 'city' })).toBe('place');
  });
});
