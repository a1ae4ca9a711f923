import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCommonWord, isEnglishWord } from '../../../scripts/lang/lexicon.ts';
import { type OrgFile, orgGazetteerOf, orgKey, organisations } from '../../../scripts/lang/organisations.ts';

const LEXICONS = path.resolve(import.meta.dirname, '../../../data/lexicons');

describe('orgKey', () => {
  it.each([
    ['The Quorvane Holdings, Inc.', 'quorvane holdings inc'],
    ['Brévaux  S.A.', 'brevaux sa'],
    ['Tallmor & Sons', 'tallmor & sons'],
    ['THE KESTRAL GROUP', 'kestral group'],
  ])('%s → %s', (name, key) => {
    expect(orgKey(name)).toBe(key);
  });
});

describe('orgGazetteerOf', () => {
  const g = orgGazetteerOf({ company: ['Quorvane Corp.', 'Tessaly|wp'], club: ['Quorvane Corp', 'Harlow Vantry'] });
  it.each<[string, string | undefined, string[]]>([
    ['Quorvane Corp', 'company', []],
    ['tessaly', 'company', ['w', 'p']],
    ['Harlow Vantry', 'club', []],
    ['Quorvane', undefined, []],
  ])('%s', (name, kind, flags) => {
    const entry = g.get(orgKey(name));
    expect(entry?.kind).toBe(kind);
    if (entry) expect([...entry.flags].sort()).toEqual(flags.sort());
  });
});

describe('the shipped gazetteer of organisations', () => {
  const file = path.join(LEXICONS, 'organisations.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as OrgFile;

  it('loads, with thousands of names of each kind, and stays small', () => {
    const g = organisations();
    for (const kind of ['company', 'university', 'club'] as const) expect(raw[kind].length).toBeGreaterThan(5000);
    expect(g.size).toBeGreaterThan(25_000);
    expect(statSync(file).size).toBeLessThan(3 * 1024 * 1024);
  });

  it('has its licence and credits beside it, naming each source', () => {
    const credits = readFileSync(path.join(LEXICONS, 'organisations.LICENSE.txt'), 'utf8');
    for (const source of [
      'ODC-PDDL-1.0',
      'The MIT License',
      'CC0-1.0',
      'university-domains-list',
      'openfootball/clubs',
    ])
      expect(credits).toContain(source);
    expect(existsSync(path.join(LEXICONS, 'organisations.LICENSE.txt'))).toBe(true);
  });

  it('flags every one-word name that is a common English word, and flags some', () => {
    const g = organisations();
    let flagged = 0;
    for (const [key, entry] of g) {
      if (key.includes(' ')) continue;
      const word = key.replace(/'s$/, '');
      if (isCommonWord(word) || isEnglishWord(word)) expect(entry.flags.has('w'), key).toBe(true);
      if (entry.flags.has('w')) flagged++;
    }
    expect(flagged).toBeGreaterThan(100);
  });
});
