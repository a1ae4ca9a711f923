import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { typeAbbreviations } from '../../../../scripts/extract/rules/typeAbbreviations.ts';
import type { EntityType } from '../../../../scripts/core/types/common.ts';

/** Two clusters: the long name (as the tagger kept it) typed `longType`, the short one typed `shortType`. */
function retyped(text: string, long: string, short: string, longType: EntityType, shortType: EntityType): EntityType {
  const ctx = analyseDocument(text);
  const occurrencesOf = (name: string) => {
    const out = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const first = ctx.tokens.findIndex((t) => t.start === at);
      const last = ctx.tokens.findIndex((t) => t.end === at + name.length);
      if (first >= 0 && last >= 0) out.push({ first, last });
    }
    return out;
  };
  const longCluster = { type: longType, roles: [], occurrences: occurrencesOf(long) };
  const shortCluster = { type: shortType, roles: [], occurrences: occurrencesOf(short) };
  typeAbbreviations(ctx, [longCluster, shortCluster]);
  return shortCluster.type;
}

describe('a bracketed abbreviation takes the type of the name it abbreviates', () => {
  it.each<[string, string, string, EntityType, EntityType, EntityType]>([
    // the long name cut short by the tagger, function words skipped
    [
      'Supplies went to the Quarn Alliance For Animal Rights and Kindness (Qaark). Qaark thanked them.',
      'Quarn Alliance For Animal',
      'Qaark',
      'group',
      'place',
      'group',
    ],
    [
      'The Velden Transit Board (Vtb) met. Vtb said fares rise.',
      'Velden Transit Board',
      'Vtb',
      'group',
      'person',
      'group',
    ],
    // function words counted
    ['The Bank of Varnland (Bov) cut rates.', 'Bank of Varnland', 'Bov', 'group', 'place', 'group'],
    // an acronym in capitals is left to the in-document aliases
    [
      'The Velden Transit Board (VTB) met. VTB said fares rise.',
      'Velden Transit Board',
      'VTB',
      'group',
      'person',
      'person',
    ],
    // no abbreviation: the letters are not the initials
    ['The Velden Transit Board (Quarn) met.', 'Velden Transit Board', 'Quarn', 'group', 'person', 'person'],
    // not in brackets right after the name
    ['The Velden Transit Board met (VTB was late).', 'Velden Transit Board', 'VTB', 'group', 'person', 'person'],
  ])('%s (%s)', (text, long, short, longType, shortType, want) => {
    expect(retyped(text, long, short, longType, shortType)).toBe(want);
  });
});
