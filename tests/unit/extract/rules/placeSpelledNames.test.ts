import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { placeSpelledNames, respelledPlace } from '../../../../scripts/extract/rules/placeSpelledNames.ts';
import type { EntityType } from '../../../../scripts/core/types/common.ts';

/** A one-cluster document: every occurrence of `name`, typed `type`, after placeSpelledNames. */
function retyped(text: string, name: string, type: EntityType = 'group'): EntityType {
  const ctx = analyseDocument(text);
  const occurrences = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const first = ctx.tokens.findIndex((t) => t.start === at);
    const last = ctx.tokens.findIndex((t) => t.end === at + name.length);
    occurrences.push({ first, last, text: name });
  }
  const cluster: { type: EntityType; roles: string[]; occurrences: typeof occurrences } = {
    type,
    roles: [],
    occurrences,
  };
  placeSpelledNames(ctx, [cluster]);
  return cluster.type;
}

// the gazetteer's countries under another spelling (real country names: the rule reads the gazetteer, no list of its own)
describe('a country written with "&" or "St." is the gazetteer\'s place', () => {
  it.each<[string, string]>([
    ['St. Vincent & the Grenadines', 'Saint Vincent and the Grenadines'],
    ['St Lucia', 'Saint Lucia'],
    ['Antigua & Barbuda', 'Antigua and Barbuda'],
  ])('%s', (name, place) => {
    expect(respelledPlace(name)?.name).toBe(place);
  });
  it.each<[string]>([['Brindle & Sons'], ['St. Quarnel & Co'], ['Trinidad'], ['Quarnel and Tobago']])(
    '%s is none',
    (name) => {
      expect(respelledPlace(name)).toBeUndefined();
    },
  );
  it('retypes the cluster', () => {
    expect(retyped('One firm was set up in the statelet of Antigua & Barbuda.', 'Antigua & Barbuda')).toBe('place');
  });
});

describe('"the <Word> <compass noun>" is a region', () => {
  it.each<[string, string, EntityType]>([
    ['Any deal has a cost for the Quarnic South.', 'Quarnic South', 'place'],
    ['It rained across the Deep South.', 'Deep South', 'place'],
    // no "the", an organisation's word, or a possessive after it: unchanged
    ['Quarnel South won the match.', 'Quarnel South', 'group'],
    ['He wrote for the Herald North.', 'Herald North', 'group'],
    ["the Varn South's board met.", 'Varn South', 'group'],
  ])('%s (%s)', (text, name, type) => {
    expect(retyped(text, name)).toBe(type);
  });
});
