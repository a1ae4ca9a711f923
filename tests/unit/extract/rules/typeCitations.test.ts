import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../../scripts/core/types/common.ts';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import type { Cluster } from '../../../../scripts/extract/rules/resolveDocAliases.ts';
import { typeCitations } from '../../../../scripts/extract/rules/typeCitations.ts';

/** A cluster of every occurrence of `name` in the text, of one type, as the tagger would leave it. */
function clusterOf(text: string, name: string, type: EntityType): Cluster {
  const ctx = analyseDocument(text);
  const occurrences = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
    first: ctx.tokens.findIndex((t) => t.start === m.index),
    last: ctx.tokens.findIndex((t) => t.end === m.index + name.length),
    start: m.index,
    end: m.index + name.length,
    text: name,
    headline: false,
    dateline: false,
    demonymGroup: false,
    scores: { person: 0, group: 0, place: 0, [type]: 1 },
  }));
  return {
    forms: new Map([[name, occurrences.length]]),
    occurrences,
    scores: occurrences[0]!.scores,
    type,
    name,
    roles: [],
  };
}

/** Each cluster as "type:form×occurrences". */
const names = (cs: Cluster[]) =>
  cs.map((c) => `${c.type}:${[...c.forms].map(([f, n]) => (n > 1 ? `${f}×${n}` : f)).join('|')}`).sort();

const REFS = [
  'Quilby and colleagues found the same in Quarnell.',
  '',
  'References',
  '',
  '1. Quilby SK, Marrow-Tane E, et al. Colds in Tecumseh, Michigan and Quarnell. Vax Abbrev Med. 2013;31:5339-48. [PMID: 24055351]',
  '',
  '2. Tesk L, Quilby SK. Dosing in the kidneys. In Seminars in things. Quillon Press; 2007.',
].join('\n');

describe('typeCitations: names in reference lists', () => {
  it.each<[string, [string, EntityType][], string[]]>([
    [
      'authors become people, one entity per form',
      [],
      ['group:Quillon Press', 'person:Marrow-Tane E', 'person:Quilby SK×2', 'person:Tesk L'],
    ],
    [
      'a journal abbreviation read as a person goes',
      [['Vax Abbrev Med', 'person']],
      ['group:Quillon Press', 'person:Marrow-Tane E', 'person:Quilby SK×2', 'person:Tesk L'],
    ],
    [
      'an identifier read as a group goes',
      [['PMID', 'group']],
      ['group:Quillon Press', 'person:Marrow-Tane E', 'person:Quilby SK×2', 'person:Tesk L'],
    ],
    [
      'a known place in a title stays, and one before a known place',
      [
        ['Michigan', 'place'],
        ['Tecumseh', 'place'],
      ],
      [
        'group:Quillon Press',
        'person:Marrow-Tane E',
        'person:Quilby SK×2',
        'person:Tesk L',
        'place:Michigan',
        'place:Tecumseh',
      ],
    ],
    [
      'a name of the prose keeps its prose mention, not the one in a title or an author list',
      [
        ['Quarnell', 'place'],
        ['Quilby', 'person'],
      ],
      [
        'group:Quillon Press',
        'person:Marrow-Tane E',
        'person:Quilby',
        'person:Quilby SK×2',
        'person:Tesk L',
        'place:Quarnell',
      ],
    ],
    [
      'a publisher read as a person is a group',
      [['Quillon Press', 'person']],
      ['group:Quillon Press', 'person:Marrow-Tane E', 'person:Quilby SK×2', 'person:Tesk L'],
    ],
  ])('%s', (_label, found, expected) => {
    const clusters = found.map(([name, type]) => clusterOf(REFS, name, type));
    expect(names(typeCitations(analyseDocument(REFS), clusters))).toEqual(expected);
  });

  it('leaves a text without citations alone', () => {
    const text = 'Quilby SK was born in 1950 in Quarnell, where 12 people live.';
    const clusters = [clusterOf(text, 'Quilby SK', 'group')];
    expect(typeCitations(analyseDocument(text), clusters)).toEqual(clusters);
  });

  it('does nothing when disabled', () => {
    const clusters = [clusterOf(REFS, 'Vax Abbrev Med', 'person')];
    expect(typeCitations(analyseDocument(REFS), clusters, { enabled: false })).toEqual(clusters);
  });
});
