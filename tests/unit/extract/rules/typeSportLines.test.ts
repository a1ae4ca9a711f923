import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { typeSportLines } from '../../../../scripts/extract/rules/typeSportLines.ts';
import type { EntityType } from '../../../../scripts/core/types/common.ts';

const SPORT = 'SOCCER - LEAGUE ROUND-UP\nResults of the league matches on Saturday:\n';

/** Capitalised runs of a text, each a cluster of its own (typed person, "Jane Roe"-like, or place), then `name` typed `before`. */
function retyped(text: string, name: string, before: EntityType): EntityType {
  const ctx = analyseDocument(text);
  const t = ctx.tokens;
  const names = new Map<
    string,
    { type: EntityType; roles: string[]; occurrences: { first: number; last: number; text: string }[] }
  >();
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.kind !== 'word' || !/^\p{Lu}/u.test(t[i]!.text) || FIXED.has(t[i]!.lower)) continue;
    let last = i;
    while (
      t[last + 1]?.kind === 'word' &&
      /^\p{Lu}/u.test(t[last + 1]!.text) &&
      !FIXED.has(t[last + 1]!.lower) &&
      !t[last + 1]!.lineStart
    )
      last++;
    const text = ctx.text.slice(t[i]!.start, t[last]!.end);
    const c = names.get(text) ?? { type: 'place' as EntityType, roles: [], occurrences: [] };
    c.occurrences.push({ first: i, last, text });
    names.set(text, c);
    i = last;
  }
  // names of two words ("Jane Roe", "C. Hale") are people's
  for (const [form, c] of names) if (/\s/.test(form)) c.type = 'person';
  const c = names.get(name);
  if (!c) throw new Error(`no cluster for ${name}`);
  c.type = before;
  typeSportLines(ctx, [...names.values()]);
  return c.type;
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
    ['a fixture "at"', `${SPORT}Schedule:\nWESTLEY AT NORTHBY\nSOUTHAM AT EASTFIELD`, 'NORTHBY', 'place', 'group'],
    [
      'fixtures "v" after a label',
      `${SPORT}Postponed : Southam v Eastfield , Westley v Northby`,
      'Westley',
      'place',
      'group',
    ],
    [
      'a club in brackets after a person',
      `${SPORT}Scorers: Jane Roe ( Westley ) 3 , Tom Hale ( Northby ) 2`,
      'Westley',
      'place',
      'group',
    ],
    // no team: a person's name on a row, a country, a town in a sentence, a report that is not about sport
    ['a golfer on a row', `${SPORT}Jane Roe 69 70 71\nTom Hale 70 70 72`, 'Jane Roe', 'person', 'person'],
    ['a player with an initial', `${SPORT}C. Hale 58 12 3\nJ. Roe 40 10 2`, 'C. Hale', 'person', 'person'],
    ['a country on a result line', `${SPORT}France 2 Northby 1`, 'France', 'place', 'place'],
    ['a town in a sentence', `${SPORT}The match was played in Northby on a wet pitch.`, 'Northby', 'place', 'place'],
    ['a market table', 'Metal prices on Friday:\nNorthby 120.5 121.3\nSoutham 98.2 97.4', 'Northby', 'place', 'place'],
  ])('%s: %s read as a %s → %s', (_label, text, name, before, after) => {
    expect(retyped(text, name, before)).toBe(after);
  });
});
