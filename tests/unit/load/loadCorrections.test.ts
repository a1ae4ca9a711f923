import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../scripts/core/errors.ts';
import { loadCorrections } from '../../../scripts/load/index.ts';
import { parseCorrections } from '../../../scripts/load/loadCorrections.ts';
import type { Correction } from '../../../scripts/core/types/entity.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/corrections');

describe('loadCorrections', () => {
  it('reads every kind of correction, with the line of each entry', async () => {
    const loaded = await loadCorrections(FIXTURE);
    expect(loaded.file).toBe('entities.yaml');
    expect(loaded.warnings).toEqual([]);
    expect(loaded.corrections).toEqual<Correction[]>([
      {
        match: 'Islamic State',
        line: 2,
        name: 'ISIS',
        aliases: ['IS', 'Daesh'],
        description: 'Jihadist group that held Mosul from 2014 to 2017.',
      },
      { match: 'Department of Defense', line: 6, merge: ['Pentagon'] },
      { match: 'White House', line: 8, type: 'place' },
      { match: 'Last Week', line: 10, ignore: true },
      {
        match: 'Carter',
        line: 12,
        split: [
          { name: 'Jimmy Carter', line: 14, type: 'person', articles: ['2019/peace-talks'] },
          { name: 'Carter Center', line: 17, type: 'group', mentions: ['Carter Center'] },
        ],
      },
      { match: '1984', line: 20, description: 'A novel, not a year.' },
    ]);
  });

  it.each([
    ['no file', undefined],
    ['an empty file', ''],
    ['only comments', '# Islamic State:\n#   name: ISIS\n'],
    ['the example in content/', 'content'],
  ])('%s → no corrections, no warnings', async (_label, text) => {
    const dir =
      text === 'content' ? path.join(ROOT, 'content') : await mkdtemp(path.join(tmpdir(), 'dossier-corrections-'));
    try {
      if (text !== undefined && text !== 'content') await writeFile(path.join(dir, 'entities.yaml'), text);
      expect(await loadCorrections(dir)).toEqual({ file: 'entities.yaml', corrections: [], warnings: [] });
    } finally {
      if (text !== 'content') await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [
      'a single name instead of a list',
      'ISIS:\n  aliases: Daesh\n  merge: IS\n',
      { match: 'ISIS', line: 1, aliases: ['Daesh'], merge: ['IS'] },
    ],
    [
      'a split given as one mapping',
      'Carter:\n  split:\n    name: Jimmy Carter\n    mentions: [Jimmy]\n',
      { match: 'Carter', line: 1, split: [{ name: 'Jimmy Carter', line: 3, mentions: ['Jimmy'] }] },
    ],
    ['ignore: false is no change', 'Foo:\n  ignore: false\n  type: group\n', { match: 'Foo', line: 1, type: 'group' }],
    ['a decision that it looks right', 'Foo:\n  reviewed: true\n', { match: 'Foo', line: 1, reviewed: true }],
    [
      'reviewed beside a correction',
      'Foo:\n  type: group\n  reviewed: true\n',
      { match: 'Foo', line: 1, type: 'group', reviewed: true },
    ],
    [
      'quoted names and extra spaces',
      '"Shi‘ite  Militia":\n  name: "  Popular Mobilization  "\n',
      { match: 'Shi‘ite Militia', line: 1, name: 'Popular Mobilization' },
    ],
  ])('accepts %s', (_label, text, expected) => {
    expect(parseCorrections(text).corrections).toEqual([expected]);
  });
});

const errorOf = (text: string): DossierError => {
  try {
    parseCorrections(text);
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error('expected an error');
};

describe('invalid corrections', () => {
  it.each<[string, string, number, RegExp]>([
    ['invalid YAML', 'ISIS:\n  aliases: [IS, Daesh\n', 3, /not valid YAML/],
    ['a repeated key', 'ISIS:\n  ignore: true\nISIS:\n  ignore: true\n', 3, /not valid YAML: Map keys must be unique/],
    ['two documents', 'A:\n  ignore: true\n---\nB:\n  ignore: true\n', 3, /multiple documents/],
    ['a list at the top', '- ISIS\n- Daesh\n', 1, /must be a mapping from entity names/],
    [
      'an entry with no keys',
      'Foo:\nBar:\n  ignore: true\n',
      1,
      /"Foo" needs its corrections as indented keys: name, type, aliases, merge, description, ignore, split, reviewed/,
    ],
    ['an entry with a plain value', 'Foo: Bar\n', 1, /"Foo" needs its corrections/],
    [
      'an unknown key',
      'ISIS:\n  description: x\n  nmae: IS\n',
      3,
      /unknown key "nmae" in "ISIS": allowed keys are name, type, aliases, merge, description, ignore, split, reviewed/,
    ],
    ['a name that is a list', 'ISIS:\n  name: [IS, Daesh]\n', 2, /name of "ISIS" must be non-empty text/],
    ['an empty name', 'ISIS:\n  name:\n', 2, /name of "ISIS" must be non-empty text/],
    ['a name with no letters', 'ISIS:\n  name: "..."\n', 2, /has no letters or digits/],
    [
      'an unknown type',
      'ISIS:\n  type: organisation\n',
      2,
      /type of "ISIS" is "organisation": use one of person, group, place/,
    ],
    [
      'an alias that is a mapping',
      'ISIS:\n  aliases:\n    - IS\n    - {Daesh: 1}\n',
      4,
      /each of aliases of "ISIS" must be non-empty text/,
    ],
    ['an empty merge list', 'ISIS:\n  merge: []\n', 2, /merge of "ISIS" must list at least one name/],
    ['an empty description', 'ISIS:\n  description: ""\n', 2, /description of "ISIS" must be non-empty text/],
    ['ignore that is not a boolean', 'Monday:\n  ignore: yes\n', 2, /ignore of "Monday" must be true or false/],
    ['reviewed that is not a boolean', 'Monday:\n  reviewed: done\n', 2, /reviewed of "Monday" must be true or false/],
    ['ignore with other keys', 'Monday:\n  type: place\n  ignore: true\n', 3, /cannot be combined with other keys/],
    [
      'the same entity twice',
      'The Pentagon:\n  type: group\npentagon:\n  ignore: true\n',
      3,
      /same entity as "The Pentagon" on line 1/,
    ],
    [
      'a split that is a name',
      'Carter:\n  split: Jimmy Carter\n',
      2,
      /each entry of split of "Carter" must be a mapping with keys: name, type, articles, mentions/,
    ],
    [
      'a split without a name',
      'Carter:\n  split:\n    - type: person\n      mentions: [Jimmy Carter]\n',
      3,
      /has no name/,
    ],
    [
      'a split that selects nothing',
      'Carter:\n  split:\n    - name: Jimmy Carter\n',
      3,
      /must say which mentions move: give articles, mentions or both/,
    ],
    [
      'a split with an unknown key',
      'Carter:\n  split:\n    - name: Jimmy Carter\n      article: [a]\n',
      4,
      /unknown key "article".*allowed keys are name, type, articles, mentions/,
    ],
    [
      'a split with an unknown type',
      'Carter:\n  split:\n    - name: Carter Center\n      type: org\n      mentions: [Carter Center]\n',
      4,
      /use one of person, group, place/,
    ],
    [
      'a split into itself',
      'Carter:\n  split:\n    - name: carter\n      articles: [a]\n',
      3,
      /has the name of "Carter" itself/,
    ],
  ])('%s → CORRECTIONS_INVALID at its line', (_label, text, line, message) => {
    const error = errorOf(text);
    expect(error.code).toBe('CORRECTIONS_INVALID');
    expect(error.file).toBe('entities.yaml');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(new RegExp(`^entities\\.yaml:${line}: `));
  });
});
