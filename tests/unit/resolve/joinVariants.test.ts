import { describe, expect, it } from 'vitest';
import { isVariant, joinVariants, oneEdit } from '../../../scripts/resolve/joinVariants.ts';
import { relatedArticles } from '../../../scripts/resolve/relatedArticles.ts';

type Row = [article: string, name: string, type: string];

/** The groups of names joined, given each node as [article, name, type]. */
const joined = (rows: Row[]): string[][] => {
  const nodes = rows.map(([article, name, type]) => ({ article, entity: { name, type } }));
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : find(parent[i]!));
  const union = (a: number, b: number) => {
    parent[Math.max(find(a), find(b))] = Math.min(find(a), find(b));
  };
  // the entities named alike merge first, as resolveEntities does by name
  nodes.forEach((n, i) => {
    const j = nodes.findIndex((m) => m.entity.name === n.entity.name && m.entity.type === n.entity.type);
    union(i, j);
  });
  joinVariants(
    nodes,
    union,
    relatedArticles(nodes, find, () => true),
  );
  const groups = new Map<number, Set<string>>();
  nodes.forEach((n, i) => {
    groups.set(find(i), (groups.get(find(i)) ?? new Set()).add(n.entity.name));
  });
  return [...groups.values()].map((g) => [...g].sort()).filter((g) => g.length > 1);
};

describe('oneEdit', () => {
  it.each([
    ['kowalczyk', 'kowalcyzk', true],
    ['brandell', 'brandel', true],
    ['thornquist', 'thornquest', true],
    ['thornquist', 'thornquist', false],
    ['thornquist', 'thronqiust', false],
    ['marlowe', 'marlo', false],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(oneEdit(a, b)).toBe(expected);
    expect(oneEdit(b, a)).toBe(expected);
  });
});

describe('isVariant', () => {
  it.each([
    ['a typo of a surname', 'Mira Thornquist', 'Mira Thornquest', true],
    ['a short word', 'Mira Tolan', 'Mira Tulan', false],
    ['another first letter', 'Drostavik', 'Trostavik', false],
    ['a plural', 'Valdorian', 'Valdorians', false],
    ['two words differing', 'Mara Thornquist', 'Mira Thornquest', false],
    ['a number', 'Zelmark Unit 1', 'Zelmark Unit 2', false],
  ])('%s', (_label, a, b, expected) => {
    expect(isVariant(a.split(' '), b.split(' '), 7)).toBe(expected);
  });
});

describe('joinVariants', () => {
  it.each<[string, Row[], string[][]]>([
    [
      'a typo of a surname in one article',
      [
        ['a1', 'Mira Thornquist', 'person'],
        ['a1', 'Mira Thornquest', 'person'],
      ],
      [['Mira Thornquest', 'Mira Thornquist']],
    ],
    [
      'a typo in a related article (two other names in common)',
      [
        ['a1', 'Brevik Holdings', 'group'],
        ['a1', 'Ostmarsk', 'place'],
        ['a1', 'Olan Ferris', 'person'],
        ['a2', 'Brevick Holdings', 'group'],
        ['a2', 'Ostmarsk', 'place'],
        ['a2', 'Olan Ferris', 'person'],
      ],
      [['Brevick Holdings', 'Brevik Holdings']],
    ],
    [
      'no join across unrelated articles',
      [
        ['a1', 'Brevik Holdings', 'group'],
        ['a2', 'Brevick Holdings', 'group'],
      ],
      [],
    ],
    [
      'no join across types',
      [
        ['a1', 'Castellon', 'place'],
        ['a1', 'Castelon', 'person'],
      ],
      [],
    ],
    [
      'no join when a name has two variants',
      [
        ['a1', 'Marstrand', 'person'],
        ['a1', 'Marstrant', 'person'],
        ['a1', 'Marstrang', 'person'],
      ],
      [],
    ],
  ])('%s', (_label, rows, expected) => {
    expect(joined(rows)).toEqual(expected);
  });
});
