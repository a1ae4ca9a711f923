import { describe, expect, it } from 'vitest';
import { loneName, personName, sameFirstName, samePerson, spellingKey } from '../../../scripts/resolve/matchPeople.ts';
import { initialsOf } from '../../../scripts/resolve/resolveEntities.ts';

describe('sameFirstName', () => {
  it.each([
    ['john', 'john', true],
    ['j', 'john', true],
    ['chris', 'christopher', true],
    ['alex', 'alexander', true],
    ['jo', 'john', false],
    ['jane', 'john', false],
    ['mike', 'michael', true],
    ['bill', 'william', true],
    ['peggy', 'margaret', true],
    ['maggie', 'meg', false],
    ['bob', 'william', false],
    ['k', 'john', false],
    ['freddie', 'freddy', true],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(sameFirstName(a, b)).toBe(expected);
    expect(sameFirstName(b, a)).toBe(expected);
  });
});

describe('spellingKey', () => {
  it.each([
    ['yanukovych', 'ianukovic'],
    ['yushchenko', 'iuscenko'],
    ['yuschenko', 'iuscenko'],
    ['yulija', 'iulia'],
    ['shah', 'sah'],
  ])('%s → %s', (word, key) => {
    expect(spellingKey(word)).toBe(key);
  });
});

describe('samePerson', () => {
  it.each([
    ['John Roe', 'John A. Roe', true],
    ['J. Roe', 'John Roe', true],
    ['John A. Roe', 'John B. Roe', false],
    ['John Roe', 'John Roe Jr.', false],
    ['John Roe Jr.', 'Johnny Roe Jr.', true],
    ['Jane Roe', 'John Roe', false],
    ['Suu Kyi', 'Aung San Suu Kyi', true],
    ['Tayyip Erdogan', 'Recep Tayyip Erdogan', true],
    ['Jane Roe', 'Mary Jane Roe', true],
    ['Jane Roe', 'Jane Doe', false],
    // transliterations of one name
    ['Viktor Zorbanukovych', 'Viktor Zorbanukovich', true],
    ['Yulia Quorshchenko', 'Yulija Quorschenko', true],
    ['Borys Tarvenko', 'Boris Tarvenko', true],
    // but not other names
    ['Jane Roe', 'Joan Roe', false],
    ['Ivan Tarvenko', 'Ivan Tarvenka', false],
    ['Dana Roe', 'Diana Roe', false],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(samePerson(personName(a)!, personName(b)!)).toBe(expected);
  });
});

describe('personName and loneName', () => {
  it.each([
    ['John Q. Roe Jr.', { first: 'john', middles: ['q'], last: 'roe', generation: 'jr' }, undefined],
    ['Roe', undefined, { last: 'roe', generation: '' }],
    ['Roe Jr.', undefined, { last: 'roe', generation: 'jr' }],
    ['Roe, III', undefined, { last: 'roe', generation: 'iii' }],
  ])('%s', (name, full, lone) => {
    expect(personName(name)).toEqual(full);
    expect(loneName(name)).toEqual(lone);
  });
});

describe('initialsOf', () => {
  it.each([
    ['European Union', ['eu']],
    ['U.S. National Park Service', ['unps', 'nps']],
    ['Bank of England', ['be']],
    ['World Health Organization', ['who']],
    ['Ministry of defence', []],
    ['Paris', []],
  ])('%s → %j', (name, expected) => {
    expect(initialsOf(name)).toEqual(expected);
  });
});
