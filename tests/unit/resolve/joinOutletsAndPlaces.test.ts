import { describe, expect, it } from 'vitest';
import { resolveEntities, type ExtractedArticle } from '../../../scripts/resolve/index.ts';
import type { EntityType } from '../../../scripts/core/types/common.ts';
import type { DocEntity } from '../../../scripts/core/types/extraction.ts';
import { domainLabel, joinDomains } from '../../../scripts/resolve/joinDomains.ts';
import { joinPlaceInitials } from '../../../scripts/resolve/joinPlaceInitials.ts';
import { initialsOf } from '../../../scripts/resolve/resolveEntities.ts';
import { stateReadings } from '../../../scripts/resolve/stateReadings.ts';

const entity = (name: string, type: EntityType): DocEntity => ({
  name,
  type,
  aliases: [],
  mentions: [{ start: 0, end: name.length, text: name }],
});

const nodesOf = (...perArticle: DocEntity[][]) =>
  perArticle.flatMap((entities, i) => entities.map((entity) => ({ article: `a${i + 1}`, entity })));

/** Union-find over n nodes; the groups of node indices it ends with. */
function groupsAfter(n: number, join: (find: (i: number) => number, union: (a: number, b: number) => void) => void) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    parent[Math.max(find(a), find(b))] = Math.min(find(a), find(b));
  };
  join(find, union);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  return [...groups.values()];
}

describe('joinDomains', () => {
  it.each<[string, DocEntity[][], number[][]]>([
    ['an acronym and its news domain', [[entity('ERN', 'group')], [entity('ernnews.com', 'group')]], [[0, 1]]],
    ['a name run together', [[entity('Eslin Radio', 'group')], [entity('www.eslinradio.org', 'group')]], [[0, 1]]],
    [
      'a domain with no media word after the name',
      [[entity('Quorn', 'group')], [entity('quornfoods.com', 'group')]],
      [[0], [1]],
    ],
    [
      'two outlets fit: apart',
      [[entity('ERN', 'group'), entity('ERN Online', 'group')], [entity('ernonline.net', 'group')]],
      [[0], [1], [2]],
    ],
    ['a person of that name is no outlet', [[entity('Vell', 'person')], [entity('vell.com', 'group')]], [[0], [1]]],
  ])('%s', (_, perArticle, expected) => {
    const nodes = nodesOf(...perArticle);
    expect(groupsAfter(nodes.length, (find, union) => joinDomains(nodes, find, union))).toEqual(expected);
  });

  it.each([
    ['ernnews.com', 'ernnews'],
    ['www.eslin-radio.co.uk', 'eslin-radio'],
    ['Eslin Radio', undefined],
    ['U.S.', undefined],
  ])('the first label of %s', (name, label) => {
    expect(domainLabel(name)).toBe(label);
  });
});

describe('joinPlaceInitials', () => {
  it.each<[string, DocEntity[][], number[][]]>([
    [
      "a city with its district's initials and the district spelt out",
      [[entity('Vell, Q.C.T.', 'place')], [entity('Quorn Capital Territory', 'place')]],
      [[0, 1]],
    ],
    [
      'two places with those initials: apart',
      [[entity('Vell Q.C.', 'place'), entity('Quorn County', 'place')], [entity('Quill Crossing', 'place')]],
      [[0], [1], [2]],
    ],
    [
      'initials of a group are no place',
      [[entity('Vell Q.C.', 'place')], [entity('Quorn Council', 'group')]],
      [[0], [1]],
    ],
  ])('%s', (_, perArticle, expected) => {
    const nodes = nodesOf(...perArticle);
    expect(groupsAfter(nodes.length, (find, union) => joinPlaceInitials(nodes, find, union, initialsOf))).toEqual(
      expected,
    );
  });
});

describe('stateReadings', () => {
  const placed = (text: string, names: string[]): DocEntity[] =>
    names.map((name) => {
      const start = text.indexOf(name);
      return { name, type: 'place', aliases: [], mentions: [{ start, end: start + name.length, text: name }] };
    });
  // invented: "Quornland" is a country's and a state's name, "Vellmont" a state's
  const options = {
    isState: (k: string) => ['quornland', 'vellmont'].includes(k),
    isStateAndCountry: (k: string) => k === 'quornland',
  };

  it.each<[string, [string, string[]][], number[]]>([
    [
      'after a town and a comma, it is the state; beside its neighbours, the country',
      [
        ['She had surgery in Eslin, Quornland, on Monday.', ['Eslin', 'Quornland']],
        ['Quornland and Marrovia signed a truce.', ['Quornland', 'Marrovia']],
      ],
      [1],
    ],
    [
      'in an article naming another state, the state',
      [
        ['Storms hit Quornland and Vellmont.', ['Quornland', 'Vellmont']],
        ['Quornland and Marrovia signed a truce.', ['Quornland', 'Marrovia']],
      ],
      [0],
    ],
    [
      'one reading in the whole corpus: nothing to keep apart',
      [
        ['Storms hit Quornland and Vellmont.', ['Quornland', 'Vellmont']],
        ['She moved to Eslin, Quornland.', ['Eslin', 'Quornland']],
      ],
      [],
    ],
  ])('%s', (_, articles, expected) => {
    const nodes = nodesOf(...articles.map(([text, names]) => placed(text, names)));
    const texts = new Map(articles.map(([text], i) => [`a${i + 1}`, text]));
    expect([...stateReadings(nodes, (id) => texts.get(id), options)]).toEqual(expected);
  });
});

describe('resolveEntities with outlets and their domains', () => {
  it('joins a domain to its outlet across articles', () => {
    const extracted: ExtractedArticle[] = [
      [entity('ERN', 'group'), entity('Quorn Vell', 'person')],
      [entity('ernnews.com', 'group')],
    ].map((entities, i) => ({
      article: { id: `a${i}`, source: `a${i}.txt`, format: 'txt', title: '', text: '', prose: '', bodyLine: 1 },
      extraction: { entities, sentences: [] },
    }));
    const names = resolveEntities(extracted).entities.map((e) => `${e.name}:${[...e.aliases].join(',')}`);
    expect(names.sort()).toEqual(['ERN:ernnews.com', 'Quorn Vell:']);
  });
});
