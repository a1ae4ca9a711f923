import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { typeOrgDeeds } from '../../../../scripts/extract/rules/typeOrgDeeds.ts';
import type { EntityType } from '../../../../scripts/core/types/common.ts';

/** A one-cluster document: every occurrence of `name`, typed `type`, after typeOrgDeeds. */
function retyped(text: string, name: string, type: EntityType = 'person', place?: { kind: string }): EntityType {
  const ctx = analyseDocument(text);
  const occurrences = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const first = ctx.tokens.findIndex((t) => t.start === at);
    const last = ctx.tokens.findIndex((t) => t.end === at + name.length);
    occurrences.push({ first, last });
  }
  const cluster = { type, roles: [], occurrences, ...(place ? { place } : {}) };
  typeOrgDeeds(ctx, [cluster]);
  return cluster.type;
}

describe("an organisation's deed or definition makes a group", () => {
  it.each<[string, string, EntityType]>([
    // a founding
    ['Brellow Tarn was founded in 2013 as a publication network.', 'Brellow Tarn', 'person'],
    ["Quimsy's Nail Bar was founded 30 years ago to create a safe space.", "Quimsy's Nail Bar", 'place'],
    ['Zorvath Kessel, founded in 1930, sells biscuits.', 'Zorvath Kessel', 'person'],
    ['Vandrel Oaks has been established by three friends.', 'Vandrel Oaks', 'place'],
    // a definition
    ['Pelko Surun is a biscuit factory/store in a port.', 'Pelko Surun', 'person'],
    ['Grimsel Hatt is an independent record label from the north.', 'Grimsel Hatt', 'person'],
    // a company's form after the name
    ['This palette from Tovra and Co. looks light and airy.', 'Tovra', 'place'],
    ['Prints by Welm & Co were sold out.', 'Welm', 'person'],
    // products from it, and from the second of a pair
    ['Fees are high compared to cheaper trading apps from Quarnel and Brisk.', 'Quarnel', 'place'],
    ['Fees are high compared to cheaper trading apps from Quarnel and Brisk.', 'Brisk', 'place'],
    // works from a magazine or a blog
    ["Here's the full list from Vorlen Dispatch.", 'Vorlen Dispatch', 'person'],
    ['Make crates with this tutorial from Tarn and Hollow.', 'Hollow', 'person'],
    // a bank's word run on in camel case
    ['The firms took out loans from QuarnBank in Varnland.', 'QuarnBank', 'place'],
    // "its" for the subject, alone or in a pair
    ['Ostrel Reef recently donated its old boats to the club.', 'Ostrel Reef', 'person'],
    ['Marrow Sands and Ostrel Reef is once again showing its care for the island.', 'Ostrel Reef', 'person'],
    ['Marrow Sands and Ostrel Reef is once again showing its care for the island.', 'Marrow Sands', 'place'],
    // a town the gazetteer may know is no veto
    ['Quarnel Mill was founded in 1890 by two brothers.', 'Quarnel Mill', 'place'],
  ])('%s (%s)', (text, name, type) => {
    expect(retyped(text, name, type)).toBe('group');
  });
});

describe('a name keeps its type', () => {
  it.each<[string, string, EntityType]>([
    // a person's deeds and definitions
    ['Brellow Tarn was born in 2013 in a small town.', 'Brellow Tarn', 'person'],
    ['Jane Tarnow founded a company in 2013.', 'Jane Tarnow', 'person'],
    ['Grimsel Hatt is a singer from the north.', 'Grimsel Hatt', 'person'],
    ['Grimsel Hatt is a member of the company.', 'Grimsel Hatt', 'person'],
    ['Pelko Surun is a great place to get snacks.', 'Pelko Surun', 'place'],
    // "he" for the subject: a person
    [
      'Quarnel has explained that he was not trying to imply anything. Quarnel is a brand of his own.',
      'Quarnel',
      'person',
    ],
    // a title before the name
    ['Mr. Vandrel was founded on nothing; Vandrel is a company man.', 'Vandrel', 'person'],
    // "its" that is not the subject's: the name after a preposition
    ['The bank in Ostrel Reef recently donated its old boats.', 'Ostrel Reef', 'place'],
    // a country the gazetteer knows keeps its type
    ['Varnland is exercising its right to defend itself.', 'Varnland', 'place'],
    // "from X" without a product or a work before it
    ['Visitors from Quarnel and Brisk came.', 'Brisk', 'place'],
    ['Reports from Quarnel said the bridge fell.', 'Quarnel', 'place'],
    // a camel-cased word that is no organisation's
    ['She walked to QuarnMart on Sunday.', 'QuarnMart', 'place'],
  ])('%s (%s)', (text, name, type) => {
    const place = name === 'Varnland' ? { kind: 'country' } : undefined;
    expect(retyped(text, name, type, place)).toBe(type);
  });
});
