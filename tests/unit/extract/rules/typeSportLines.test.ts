import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { typeSportLines } from '../../../../scripts/extract/rules/typeSportLines.ts';
import type { EntityType } from '../../../../scripts/core/types/common.ts';

const SPORT = 'SOCCER - LEAGUE ROUND-UP\nResults of the league matches on Saturday:\n';

interface TestCluster {
  type: EntityType;
  roles: string[];
  forms: Map<string, number>;
  occurrences: { first: number; last: number; text: string }[];
}

/**
 * Capitalised runs of a text, each a cluster of its own (two words a person's, "Jane Roe", one word a place's), then
 * `name` typed `before`; after typeSportLines, the type of each mention of `name`, in text order.
 */
function retyped(text: string, name: string, before: EntityType): EntityType[] {
  const ctx = analyseDocument(text);
  const t = ctx.tokens;
  const names = new Map<string, TestCluster>();
  const isName = (i: number) => t[i]?.kind === 'word' && /^\p{Lu}/u.test(t[i]!.text) && !FIXED.has(t[i]!.lower);
  for (let i = 0; i < t.length; i++) {
    if (!isName(i)) continue;
    let last = i;
    while (isName(last + 1) && !t[last + 1]!.lineStart) last++;
    const form = ctx.text.slice(t[i]!.start, t[last]!.end);
    const c: TestCluster = names.get(form) ?? {
      type: /\s/.test(form) ? 'person' : 'place',
      roles: [],
      forms: new Map(),
      occurrences: [],
    };
    c.occurrences.push({ first: i, last, text: form });
    c.forms.set(form, c.occurrences.length);
    names.set(form, c);
    i = last;
  }
  const c = names.get(name);
  if (!c) throw new Error(`no cluster for ${name}`);
  c.type = before;
  const out = typeSportLines(ctx, [...names.values()]);
  return out
    .flatMap((x) => x.occurrences.filter((o) => o.text === name).map((o) => ({ first: o.first, type: x.type })))
    .sort((a, b) => a.first - b.first)
    .map((m) => m.type);
}

/** Capitalised words of the texts below that are no names. */
const FIXED = new Set([
  'soccer',
  'league',
  'round',
  'up',
  'results',
  'standings',
  'schedule',
  'postponed',
  'scorers',
  'w',
  'l',
  'pct',
  'gb',
  'at',
  'v',
  'metal',
  'the',
  'saturday',
  'friday',
]);

describe('typeSportLines: the shape of a line in a sports report says a team', () => {
  it.each<[string, string, string, EntityType, EntityType]>([
    ['a table row', `${SPORT}Standings:\nNorthby 4 3 1 0 7 4 10\nSoutham 4 1 2 1 4 3 5`, 'Northby', 'place', 'group'],
    [
      'a table row in capitals',
      `${SPORT}W L PCT GB\nEASTFIELD 83 49 .629 -\nWESTLEY 71 61 .538 12`,
      'EASTFIELD',
      'place',
      'group',
    ],
    ['a result, first name', `${SPORT}Northby 2 Southam 1\nWestley 0 Eastfield 0`, 'Northby', 'person', 'group'],
    ['a result, second name', `${SPORT}Northby 2 Southam 1\nWestley 0 Eastfield 0`, 'Southam', 'person', 'group'],
    ['a fixture "at"', `${SPORT}Schedule:\nWESTLEY AT NORTHBY\nSOUTHAM AT EASTFIELD`, 'WESTLEY', 'place', 'group'],
    [
      'fixtures "v" after a label',
      `${SPORT}Postponed : Southam v Eastfield , Westley v Northby`,
      'Westley',
      'place',
      'group',
    ],
    [
      'a club in brackets after a person, read as a person',
      `${SPORT}Scorers: Jane Roe ( Westley ) 3 , Tom Hale ( Northby ) 2`,
      'Westley',
      'person',
      'group',
    ],
    [
      'a place in brackets after a person (a country the gazetteer lacks, maybe)',
      `${SPORT}Scorers: Jane Roe ( Westley ) 3 , Tom Hale ( Northby ) 2`,
      'Westley',
      'place',
      'place',
    ],
    // no team: a person's name on a row, a country, a town in a sentence, a report that is not about sport
    ['a golfer on a row', `${SPORT}Jane Roe 69 70 71\nTom Hale 70 70 72`, 'Jane Roe', 'person', 'person'],
    ['a player with an initial', `${SPORT}C. Hale 58 12 3\nJ. Roe 40 10 2`, 'C. Hale', 'person', 'person'],
    ['a country on a result line', `${SPORT}France 2 Northby 1`, 'France', 'place', 'place'],
    ['a town in a sentence', `${SPORT}The match was played in Northby on a wet pitch.`, 'Northby', 'place', 'place'],
    ['a market table', 'Metal prices on Friday:\nNorthby 120.5 121.3\nSoutham 98.2 97.4', 'Northby', 'place', 'place'],
  ])('%s: %s read as a %s → %s', (_label, text, name, before, after) => {
    expect(new Set(retyped(text, name, before))).toEqual(new Set([after]));
  });

  it('a fixture "A at B" names B\'s town: a team elsewhere, the venue there stays a place, mention by mention', () => {
    const text = `${SPORT}Schedule:\nWESTLEY AT NORTHBY\nNORTHBY AT SOUTHAM`;
    expect(retyped(text, 'NORTHBY', 'place')).toEqual(['place', 'group']);
  });
});
