import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { placeStreets } from '../../../../scripts/extract/rules/placeStreets.ts';
import type { Cluster } from '../../../../scripts/extract/rules/resolveDocAliases.ts';
import type { EntityType } from '../../../../scripts/core/types/common.ts';

/** A cluster of every occurrence of `name` in the document, typed `type`. */
function clusterOf(ctx: ReturnType<typeof analyseDocument>, name: string, type: EntityType): Cluster {
  const occurrences = [];
  for (let at = ctx.text.indexOf(name); at >= 0; at = ctx.text.indexOf(name, at + 1)) {
    const first = ctx.tokens.findIndex((t) => t.start === at);
    const last = ctx.tokens.findIndex((t) => t.end === at + name.length);
    const scores = { person: 0, group: 0, place: 0 };
    occurrences.push({
      first,
      last,
      start: at,
      end: at + name.length,
      text: name,
      headline: false,
      dateline: false,
      demonymGroup: false,
      scores,
    });
  }
  return {
    forms: new Map([[name, occurrences.length]]),
    occurrences,
    scores: { person: 1, group: 0, place: 0 },
    type,
    name,
    roles: [],
  };
}

describe('a person named like a street is a place', () => {
  it.each<[string, string, EntityType]>([
    ['New flats will line a stretch of Harlow Boulevard.', 'Harlow Boulevard', 'place'],
    ['The crash closed Quendel Avenue for hours.', 'Quendel Avenue', 'place'],
    ['At four she walks to 2 Birchwick Lane with the children.', 'Birchwick Lane', 'place'],
    // "Lane", "Street", "Drive" are surnames too: without a house number the person stays
    ['The actor Tobin Lane won the award.', 'Tobin Lane', 'person'],
    ['Marla Street said she would run.', 'Marla Street', 'person'],
    // a street the document puts something on, or one of a pair of streets
    ['The cafe on Quendel St is open today.', 'Quendel St', 'place'],
    ['The road is closed between Harlow Drive and the river.', 'Harlow Drive', 'place'],
    ['Tobin Lane spoke on Monday.', 'Tobin Lane', 'person'],
  ])('%s (%s) → %s', (text, name, type) => {
    const ctx = analyseDocument(text);
    const [c] = placeStreets(ctx, [clusterOf(ctx, name, 'person')]);
    expect(c!.type).toBe(type);
  });
});

describe('a group named like a street is a place where the document puts something on it', () => {
  it.each<[string, string, EntityType]>([
    ['The lane is closed between Birchwick Drive and Osper Valley Road after a leak.', 'Osper Valley Road', 'place'],
    ['Traffic backed up along Quendel Road all morning.', 'Quendel Road', 'place'],
    // no street's context: the group stays
    ['Osper Valley Road Partners said it would grow.', 'Osper Valley Road Partners', 'group'],
    ['Quendel Road announced a new album.', 'Quendel Road', 'group'],
  ])('%s (%s) → %s', (text, name, type) => {
    const ctx = analyseDocument(text);
    const [c] = placeStreets(ctx, [clusterOf(ctx, name, 'group')]);
    expect(c!.type).toBe(type);
  });
});

describe('grid roads are places even where no layer saw a name', () => {
  it.each<[string, string[]]>([
    [
      'A driver was southbound on 1450E Road near 300N Road when a deer entered the roadway.',
      ['1450E Road', '300N Road'],
    ],
    ['The car was southbound on Township Road 875E at about 6 a.m.', ['Township Road 875E']],
    ['The van left County Road 12 and struck a ditch.', ['County Road 12']],
    // a number and a lower-case road word, or a plain number before "Road", is no grid road
    ['He drove 300 miles on the road to 400N and back.', []],
    ['The 1450 Road Show came to town.', []],
  ])('%s', (text, roads) => {
    const ctx = analyseDocument(text);
    const found = placeStreets(ctx, []);
    expect(found.map((c) => c.name)).toEqual(roads);
    for (const c of found) expect(c.type).toBe('place');
  });

  it('a grid road written twice is one place with two mentions; one already found is not found again', () => {
    const text = 'Crews closed 1450E Road. Later 1450E Road reopened.';
    const ctx = analyseDocument(text);
    const [road] = placeStreets(ctx, []);
    expect(road!.occurrences).toHaveLength(2);
    const known = clusterOf(ctx, '1450E Road', 'place');
    expect(placeStreets(ctx, [known])).toEqual([known]);
  });
});
