import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { keepListed, typeLists } from '../../../../scripts/extract/rules/typeLists.ts';
import type { EntityType } from '../../../../scripts/core/types/common.ts';

interface Cluster {
  name: string;
  type: EntityType;
  roles: string[];
  place?: unknown;
  occurrences: { first: number; last: number; text: string }[];
}

/** Clusters of the names (name, type, gazetteer place?) at every place the text writes them. */
function clustersOf(text: string, names: [string, EntityType, boolean?][]) {
  const ctx = analyseDocument(text);
  const clusters: Cluster[] = names.map(([name, type, known]) => {
    const occurrences = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const first = ctx.tokens.findIndex((t) => t.start === at);
      const last = ctx.tokens.findIndex((t) => t.end === at + name.length);
      if (first >= 0 && last >= 0) occurrences.push({ first, last, text: name });
    }
    return { name, type, roles: [], occurrences, ...(known ? { place: { kind: 'city' } } : {}) };
  });
  return { ctx, clusters };
}

describe('a name takes the type of the list it stands in', () => {
  it.each<[string, [string, EntityType, boolean?][], string, EntityType]>([
    // a list of bodies, the unknown word the tagger read as a town
    [
      'The Quarn Agency, Velbook, Tandex, Border Watch, Zorvic and countless others are kept in the loop.',
      [
        ['Quarn Agency', 'group'],
        ['Velbook', 'group'],
        ['Tandex', 'group'],
        ['Border Watch', 'group'],
        ['Zorvic', 'place'],
      ],
      'Zorvic',
      'group',
    ],
    // people joined by "and"
    [
      'On Tuesday she tutors Brel and Vincent at the museum, and Brel and Vincent walk home with Tomas.',
      [
        ['Brel', 'group'],
        ['Vincent', 'person'],
        ['Tomas', 'person'],
      ],
      'Brel',
      'group',
    ],
    // places the gazetteer knows, with "and": a person's reading of an island goes
    [
      'Travellers from Ostrava, Brno and Zelvany must self-isolate.',
      [
        ['Ostrava', 'place', true],
        ['Brno', 'place', true],
        ['Zelvany', 'person'],
      ],
      'Zelvany',
      'place',
    ],
    // a town's name the document reads as another type counts as no place: a list of people
    [
      'Dancers: Orla • Brisa • Tamsin • Velda • Zelvany • Corra',
      [
        ['Orla', 'person'],
        ['Brisa', 'person'],
        ['Tamsin', 'person'],
        ['Velda', 'person'],
        ['Zelvany', 'group', true],
        ['Corra', 'person'],
      ],
      'Zelvany',
      'person',
    ],
  ])('%s', (text, names, name, type) => {
    const { ctx, clusters } = clustersOf(text, names);
    typeLists(ctx, clusters);
    expect(clusters.find((c) => c.name === name)!.type).toBe(type);
  });
});

describe('a name keeps its type', () => {
  it.each<[string, [string, EntityType, boolean?][], string]>([
    // a person's full name after an address's commas
    [
      'Jana Pelk, an engineer working out of Ostrava, Brno, and Rick Doval, who leads the team, spoke.',
      [
        ['Ostrava', 'place', true],
        ['Brno', 'place', true],
        ['Rick Doval', 'person'],
      ],
      'Rick Doval',
    ],
    // places only by commas: "City, Region" is no list
    [
      'Ostrava, Brno, Zelvany, Kolin was the route.',
      [
        ['Ostrava', 'place', true],
        ['Brno', 'place', true],
        ['Zelvany', 'person'],
      ],
      'Zelvany',
    ],
    // places the gazetteer does not know count for nothing (gods the tagger read as towns)
    [
      'They worship Zorn, Hesta, Pelon, and Athira.',
      [
        ['Zorn', 'place'],
        ['Hesta', 'place'],
        ['Pelon', 'place'],
        ['Athira', 'person'],
      ],
      'Athira',
    ],
    // a possessive is no member of the list before it
    [
      'Elected were Rick Doval, Jana Pelk, FTQ’s Ana Vel and Ivo Stan.',
      [
        ['Rick Doval', 'person'],
        ['Jana Pelk', 'person'],
        ['FTQ', 'group'],
        ['Ana Vel', 'person'],
        ['Ivo Stan', 'person'],
      ],
      'FTQ',
    ],
    // an organisation's name its own words make one
    [
      'Students came from Ostrava, Brno and the University of Zelvany.',
      [
        ['Ostrava', 'place', true],
        ['Brno', 'place', true],
        ['University of Zelvany', 'group'],
      ],
      'University of Zelvany',
    ],
    // a place the gazetteer knows, typed place, keeps its type among people
    [
      'Orla • Brisa • Zelvany • Corra',
      [
        ['Orla', 'person'],
        ['Brisa', 'person'],
        ['Zelvany', 'place', true],
        ['Corra', 'person'],
      ],
      'Zelvany',
    ],
  ])('%s', (text, names, name) => {
    const { ctx, clusters } = clustersOf(text, names);
    const before = clusters.find((c) => c.name === name)!.type;
    typeLists(ctx, clusters);
    expect(clusters.find((c) => c.name === name)!.type).toBe(before);
  });
});

describe('a name the tagger missed is kept when a list of its names holds it', () => {
  it.each<[string, [string, EntityType][], string, EntityType | undefined]>([
    [
      'The Quarn Agency, Velbook, Tandex, Border Watch and others are kept in the loop.',
      [
        ['Quarn Agency', 'group'],
        ['Velbook', 'group'],
        ['Border Watch', 'group'],
      ],
      'Tandex',
      'group',
    ],
    [
      'Best singers:\n\n60. Rod Kelm\n\n61. Marko Zell\n\n62. Ray Dovan',
      [
        ['Rod Kelm', 'person'],
        ['Ray Dovan', 'person'],
      ],
      'Marko Zell',
      'person',
    ],
    // one neighbour is not a list
    ['She met Velbook and Tandex.', [['Velbook', 'group']], 'Tandex', undefined],
    // a common word is no name in a list of people
    [
      'Found in: Rod Kelm, Mines, Ray Dovan.',
      [
        ['Rod Kelm', 'person'],
        ['Ray Dovan', 'person'],
      ],
      'Mines',
      undefined,
    ],
  ])('%s', (text, names, missed, type) => {
    const { ctx, clusters } = clustersOf(text, [...names, [missed, 'place']]);
    const dropped = clusters.filter((c) => c.name === missed);
    const kept = keepListed(
      ctx,
      clusters.filter((c) => c.name !== missed),
      dropped,
    );
    expect(kept.map((c) => c.type)).toEqual(type ? [type] : []);
  });
});
