import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../scripts/core/types/common.ts';
import { capitalReadings } from '../../../scripts/resolve/capitalReadings.ts';
import { joinCityDistricts } from '../../../scripts/resolve/joinCityDistricts.ts';
import { joinOwnUnits } from '../../../scripts/resolve/joinOwnUnits.ts';
import { joinShortForms, shortFormKeys } from '../../../scripts/resolve/joinShortForms.ts';
import { joinVariants } from '../../../scripts/resolve/joinVariants.ts';
import { possessiveKeys } from '../../../scripts/resolve/possessiveKeys.ts';
import { relatedArticles } from '../../../scripts/resolve/relatedArticles.ts';
import { stateBranches } from '../../../scripts/resolve/stateBranches.ts';
import { wordOrderKeys } from '../../../scripts/resolve/wordOrderKeys.ts';

interface TestNode {
  article: string;
  entity: {
    name: string;
    type: EntityType;
    aliases: string[];
    mentions: { start: number; end: number; text: string }[];
  };
}

/** Nodes of one article text each: every occurrence of a name (or of its aliases) is a mention of it. */
function nodesIn(texts: string[], specs: [article: number, name: string, type: EntityType, aliases?: string[]][]) {
  return specs.map(([a, name, type, aliases = []]): TestNode => {
    const text = texts[a]!;
    const mentions = [];
    for (const form of [name, ...aliases])
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
        if (!/\p{L}/u.test(text[at + form.length] ?? '') && !/\p{L}/u.test(text[at - 1] ?? ''))
          mentions.push({ start: at, end: at + form.length, text: form });
    return { article: `a${a}`, entity: { name, type, aliases, mentions } };
  });
}

/** The groups of node indices a join leaves (union-find over n nodes). */
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

describe('shortFormKeys: the runs of a long name that end with its head', () => {
  it.each<[string, string[]]>([
    ['Edwin Quorn Center for Coastal Studies', ['edwin quorn center', 'quorn center']],
    ['National Bank of Eslandia', ['national bank']],
    ['Bank of Eslandia', []],
    ['Norwegian Economic Court', ['economic court']],
    // an unknown word before the run may be part of the name: no short form
    ['Ostvar Economic Court', []],
    // a word of the name itself before the run: no short form ("Western Railway")
    ['South Vellan Railway', []],
    ['Vellan', []],
  ])('%s', (name, keys) => {
    expect(shortFormKeys(name)).toEqual(keys);
  });
});

describe('joinShortForms', () => {
  it.each<[string, [number, string, EntityType][], number[][]]>([
    [
      'a short name inside the one long name of the article',
      [
        [0, 'Edwin Quorn Center for Coastal Studies', 'group'],
        [0, 'Quorn Center', 'group'],
      ],
      [[0, 1]],
    ],
    [
      'in another article: apart',
      [
        [0, 'Edwin Quorn Center for Coastal Studies', 'group'],
        [1, 'Quorn Center', 'group'],
      ],
      [[0], [1]],
    ],
    [
      'a demonym before the short name',
      [
        [0, 'Norwegian Economic Court', 'group'],
        [0, 'Economic Court', 'group'],
      ],
      [[0, 1]],
    ],
    [
      'two long names fit: apart',
      [
        [0, 'Norwegian Economic Court', 'group'],
        [0, 'Finnish Economic Court', 'group'],
        [0, 'Economic Court', 'group'],
      ],
      [[0], [1], [2]],
    ],
    [
      'another type: apart',
      [
        [0, 'Edwin Quorn Center for Coastal Studies', 'group'],
        [0, 'Quorn Center', 'place'],
      ],
      [[0], [1]],
    ],
    [
      'people never',
      [
        [0, 'Anna Maria Quorn', 'person'],
        [0, 'Maria Quorn', 'person'],
      ],
      [[0], [1]],
    ],
  ])('%s', (_, specs, expected) => {
    const nodes = specs.map(([a, name, type]) => ({ article: `a${a}`, entity: { name, type, aliases: [] } }));
    expect(groupsAfter(nodes.length, (find, union) => joinShortForms(nodes, find, union))).toEqual(expected);
  });
});

describe('stateBranches: a US state’s party or capitol kept apart', () => {
  it.each<[string, string, boolean]>([
    ['the state party', 'He persuaded the state Vellan Party to back him.', true],
    ['a state’s name before the party found apart', 'She left the Nebraska Vellan Party in May.', true],
    ['the national party', 'The Vellan Party won the House.', false],
    ['its capitol', 'Nebraska closed its Capitol through May.', true],
    ['a state’s capitol', "Crowds gathered at Nebraska's Capitol on Sunday.", true],
    ['the capitol', 'Crowds gathered at the Capitol on Sunday.', false],
  ])('%s', (_, text, apart) => {
    const name = text.includes('Party') ? 'Vellan Party' : 'Capitol';
    const nodes = nodesIn([text], [[0, name, name === 'Capitol' ? 'place' : 'group']]);
    expect(stateBranches(nodes, () => text).has(0)).toBe(apart);
  });
});

describe('capitalReadings: a state’s name that starts the capital’s', () => {
  const isStateAndCapital = (key: string) => key === 'vellan';
  it.each<[string, string[], number[]]>([
    ['the state of X and X alone', ['The state of Vellan swore her in.', 'Talks in Vellan stalled.'], [0]],
    ['X state', ['A Vellan state judge ruled.', 'Talks in Vellan stalled.'], [0]],
    ['an eastern X', ['Fires in eastern Vellan spread.', 'Talks in Vellan stalled.'], [0]],
    ['one reading only: nothing apart', ['The state of Vellan swore her in.'], []],
    ['X, D.C. is the capital', ['The state of Vellan, D.C. said.', 'Talks in Vellan stalled.'], []],
  ])('%s', (_, texts, state) => {
    const nodes = nodesIn(
      texts,
      texts.map((_, a) => [a, 'Vellan', 'place'] as [number, string, EntityType]),
    );
    expect([...capitalReadings(nodes, (id) => texts[Number(id.slice(1))], { isStateAndCapital })]).toEqual(state);
  });
});

describe('joinCityDistricts: "X, Y" the gazetteer knows as one city', () => {
  const isCity = (name: string) => name === 'Vellan, V.C.';
  const isPlace = (name: string) => name === 'Vellan' || isCity(name);
  it.each<[string, string, number[][]]>([
    ['the district after the city', 'She works out of Vellan, V.C., and Ostvar.', [[0, 1]]],
    ['the district alone', 'She works out of V.C. now.', [[0], [1]]],
  ])('%s', (_, text, expected) => {
    const nodes = nodesIn(
      [text],
      [
        [0, 'Vellan', 'place'],
        [0, 'V.C.', 'place'],
      ],
    );
    expect(
      groupsAfter(nodes.length, (_, union) => joinCityDistricts(nodes, () => text, union, { isCity, isPlace })),
    ).toEqual(expected);
  });
});

describe('possessiveKeys', () => {
  it.each<[string, string[]]>([
    ["Quorn's Island", ['quorn island']],
    ["St. Vell's Bay Park", ['st vell bay park']],
    // a name ending in its possessive (a business after its owner) keeps its own key
    ["Quorn's", []],
    ['Quorn Island', []],
  ])('%s', (name, keys) => {
    expect(possessiveKeys(name)).toEqual(keys);
  });
});

describe('joinVariants over aliases: a lone surname’s typo', () => {
  it.each<[string, [string, string, string[]][], boolean]>([
    [
      'the typo joins the full name whose surname is used alone',
      [
        ['Anna Kowalczyk', 'person', ['Kowalczyk']],
        ['Kowalcyzk', 'person', []],
      ],
      true,
    ],
    [
      'a short surname: no typo',
      [
        ['Anna Brel', 'person', ['Brel']],
        ['Brell', 'person', []],
      ],
      false,
    ],
  ])('%s', (_, specs, joined) => {
    const nodes = specs.map(([name, type, aliases]) => ({ article: 'a1', entity: { name, type, aliases } }));
    const groups = groupsAfter(nodes.length, (find, union) =>
      joinVariants(
        nodes,
        union,
        relatedArticles(nodes, find, () => true),
      ),
    );
    expect(groups.length === 1).toBe(joined);
  });
});

describe('joinOwnUnits: a body’s own journal or team on a page about it', () => {
  const node = (article: string, name: string, type: EntityType, mentions: number, aliases: string[] = []) => ({
    article,
    entity: { name, type, aliases, mentions: Array.from({ length: mentions }, () => ({})) },
  });
  it.each<[string, ReturnType<typeof node>[], number[][]]>([
    [
      'the journal of the page’s body',
      [node('a1', 'Vellan', 'group', 5), node('a1', 'Vellan Journal', 'group', 1)],
      [[0, 1]],
    ],
    [
      'a team of several words, the body named by an alias',
      [node('a1', 'Salon Vellan', 'group', 5, ['Vellan']), node('a1', 'Vellan Customer Care Team', 'group', 1)],
      [[0, 1]],
    ],
    [
      'a body named twice only',
      [node('a1', 'Vellan', 'group', 2), node('a1', 'Vellan Journal', 'group', 1)],
      [[0], [1]],
    ],
    [
      'another body is the page’s',
      [node('a1', 'Quorn', 'group', 6), node('a1', 'Vellan', 'group', 3), node('a1', 'Vellan Journal', 'group', 1)],
      [[0], [1], [2]],
    ],
    ['a place’s journal', [node('a1', 'Vellan', 'place', 5), node('a1', 'Vellan Journal', 'group', 1)], [[0], [1]]],
    ['no unit word', [node('a1', 'Vellan', 'group', 5), node('a1', 'Vellan Foundation', 'group', 1)], [[0], [1]]],
  ])('%s', (_, nodes, expected) => {
    expect(groupsAfter(nodes.length, (_, union) => joinOwnUnits(nodes, union))).toEqual(expected);
  });
});

describe('wordOrderKeys: "<head> of [the] <place>" and "<place> <head>"', () => {
  it.each<[string, string[]]>([
    ['Economic Court of the Vellan Region', ['vellan region economic court']],
    ['Central Bank of Eslandia', ['eslandia central bank']],
    // schools in two orders are often two schools
    ['State University of Vellan', []],
    // one-word heads are groupKeys.ts's
    ['Bank of Eslandia', []],
    ['Economic Court of Vellan and Quorn', []],
  ])('%s', (name, keys) => {
    expect(wordOrderKeys(name)).toEqual(keys);
  });
});
