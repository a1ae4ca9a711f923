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

describe('names written surname first, as reference lists write their authors', () => {
  it.each<[string, ReturnType<typeof personName>]>([
    ['Quilby JA', { first: 'j', middles: ['a'], last: 'quilby', generation: '', cited: true }],
    ['Quilby W-H', { first: 'w', middles: ['h'], last: 'quilby', generation: '', cited: true }],
    ['Lonvid IM Jr', { first: 'i', middles: ['m'], last: 'lonvid', generation: 'jr', cited: true }],
    ['van Dremmel R', { first: 'r', middles: [], last: 'dremmel', generation: '', cited: true }],
    ['Quilby, J. A.', { first: 'j', middles: ['a'], last: 'quilby', generation: '' }],
    ['Quilby, J.-P.', { first: 'j', middles: ['p'], last: 'quilby', generation: '' }],
    ['Quilby, Jane A.', { first: 'jane', middles: ['a'], last: 'quilby', generation: '' }],
    // not surname first: a first name and a surname's initial, as readers sign; a generation; a plain name
    ['Jane Q', { first: 'jane', middles: [], last: 'q', generation: '' }],
    ['John Quilby II', { first: 'john', middles: [], last: 'quilby', generation: 'ii' }],
    ['John Quilby', { first: 'john', middles: [], last: 'quilby', generation: '' }],
  ])('%s', (name, parts) => {
    expect(personName(name)).toEqual(parts);
  });

  it.each([
    ['Quilby JA', 'Jane A. Quilby', true],
    ['Quilby J', 'Jane Quilby', true],
    ['Quilby, J. A.', 'Quilby JA', true],
    // initials that differ are two people
    ['Quilby H', 'Quilby J', false],
    ['Quilby JA', 'Quilby JB', false],
    ['Quilby JA', 'Jane B. Quilby', false],
    ['Quilby JA', 'Aaron Quilby', false],
    // two authors as reference lists write them are one only with the same initials
    ['Quilby B', 'Quilby BH', false],
    ['Quilby BH', 'Quilby BH', true],
    ['Quilby B', 'Bruce H. Quilby', true],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(samePerson(personName(a)!, personName(b)!)).toBe(expected);
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
