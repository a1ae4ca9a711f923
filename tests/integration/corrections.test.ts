import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../scripts/core/errors.ts';
import { loadCorrections } from '../../scripts/load/index.ts';
import { parseCorrections } from '../../scripts/load/loadCorrections.ts';
import { applyCorrections, resolveEntities, type ExtractedArticle } from '../../scripts/resolve/index.ts';
import type { EntityType } from '../../scripts/core/types/common.ts';
import type { Article } from '../../scripts/core/types/article.ts';
import type { Correction, DraftEntity } from '../../scripts/core/types/entity.ts';
import type { DocEntity } from '../../scripts/core/types/extraction.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/corrections');

// ---------------------------------------------------------------- loading

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
    const dir = text === 'content' ? path.join(ROOT, 'content') : await mkdtemp(path.join(tmpdir(), 'dossier-corrections-'));
    try {
      if (text !== undefined && text !== 'content') await writeFile(path.join(dir, 'entities.yaml'), text);
      expect(await loadCorrections(dir)).toEqual({ file: 'entities.yaml', corrections: [], warnings: [] });
    } finally {
      if (text !== 'content') await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a single name instead of a list', 'ISIS:\n  aliases: Daesh\n  merge: IS\n', { match: 'ISIS', line: 1, aliases: ['Daesh'], merge: ['IS'] }],
    ['a split given as one mapping', 'Carter:\n  split:\n    name: Jimmy Carter\n    mentions: [Jimmy]\n', { match: 'Carter', line: 1, split: [{ name: 'Jimmy Carter', line: 3, mentions: ['Jimmy'] }] }],
    ['ignore: false is no change', 'Foo:\n  ignore: false\n  type: group\n', { match: 'Foo', line: 1, type: 'group' }],
    ['quoted names and extra spaces', '"Shi‘ite  Militia":\n  name: "  Popular Mobilization  "\n', { match: 'Shi‘ite Militia', line: 1, name: 'Popular Mobilization' }],
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
    ['an entry with no keys', 'Foo:\nBar:\n  ignore: true\n', 1, /"Foo" needs its corrections as indented keys: name, type, aliases, merge, description, ignore, split/],
    ['an entry with a plain value', 'Foo: Bar\n', 1, /"Foo" needs its corrections/],
    ['an unknown key', 'ISIS:\n  description: x\n  nmae: IS\n', 3, /unknown key "nmae" in "ISIS": allowed keys are name, type, aliases, merge, description, ignore, split/],
    ['a name that is a list', 'ISIS:\n  name: [IS, Daesh]\n', 2, /name of "ISIS" must be non-empty text/],
    ['an empty name', 'ISIS:\n  name:\n', 2, /name of "ISIS" must be non-empty text/],
    ['a name with no letters', 'ISIS:\n  name: "..."\n', 2, /has no letters or digits/],
    ['an unknown type', 'ISIS:\n  type: organisation\n', 2, /type of "ISIS" is "organisation": use one of person, group, place/],
    ['an alias that is a mapping', 'ISIS:\n  aliases:\n    - IS\n    - {Daesh: 1}\n', 4, /each of aliases of "ISIS" must be non-empty text/],
    ['an empty merge list', 'ISIS:\n  merge: []\n', 2, /merge of "ISIS" must list at least one name/],
    ['an empty description', 'ISIS:\n  description: ""\n', 2, /description of "ISIS" must be non-empty text/],
    ['ignore that is not a boolean', 'Monday:\n  ignore: yes\n', 2, /ignore of "Monday" must be true or false/],
    ['ignore with other keys', 'Monday:\n  type: place\n  ignore: true\n', 3, /cannot be combined with other keys/],
    ['the same entity twice', 'The Pentagon:\n  type: group\npentagon:\n  ignore: true\n', 3, /same entity as "The Pentagon" on line 1/],
    ['a split that is a name', 'Carter:\n  split: Jimmy Carter\n', 2, /each entry of split of "Carter" must be a mapping with keys: name, type, articles, mentions/],
    ['a split without a name', 'Carter:\n  split:\n    - type: person\n      mentions: [Jimmy Carter]\n', 3, /has no name/],
    ['a split that selects nothing', 'Carter:\n  split:\n    - name: Jimmy Carter\n', 3, /must say which mentions move: give articles, mentions or both/],
    ['a split with an unknown key', 'Carter:\n  split:\n    - name: Jimmy Carter\n      article: [a]\n', 4, /unknown key "article".*allowed keys are name, type, articles, mentions/],
    ['a split with an unknown type', 'Carter:\n  split:\n    - name: Carter Center\n      type: org\n      mentions: [Carter Center]\n', 4, /use one of person, group, place/],
    ['a split into itself', 'Carter:\n  split:\n    - name: carter\n      articles: [a]\n', 3, /has the name of "Carter" itself/],
  ])('%s → CORRECTIONS_INVALID at its line', (_label, text, line, message) => {
    const error = errorOf(text);
    expect(error.code).toBe('CORRECTIONS_INVALID');
    expect(error.file).toBe('entities.yaml');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(new RegExp(`^entities\\.yaml:${line}: `));
  });
});

// ---------------------------------------------------------------- applying

/** A draft from "article:text" mentions; each mention at its own offset. */
const draft = (name: string, type: EntityType, aliases: string[], mentions: string[], extra: Partial<DraftEntity> = {}): DraftEntity => ({
  name,
  type,
  aliases,
  mentions: mentions.map((m, i) => {
    const [article, text] = m.split(':') as [string, string];
    return { article, text, start: i * 100, end: i * 100 + text.length };
  }),
  ...extra,
});

const fix = (match: string, rest: Omit<Correction, 'match' | 'line'>, line = 1): Correction => ({ match, line, ...rest });

const summarize = (entities: readonly DraftEntity[]): string[] =>
  entities
    .map((e) => `${e.type}:${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''} ×${e.mentions.length}${e.description ? ` — ${e.description}` : ''}`)
    .sort();

const isis = draft('ISIS', 'group', ['ISIL'], ['a1:ISIS', 'a2:ISIL']);
const daesh = draft('Daesh', 'group', [], ['a2:Daesh']);
const mosul = draft('Mosul', 'place', [], ['a1:Mosul', 'a3:Mosul'], { geo: { lat: 36.34, lon: 43.13 } });
const dod = draft('Department of Defense', 'group', [], ['a1:Department of Defense']);
const pentagon = draft('Pentagon', 'group', ['The Pentagon'], ['a2:Pentagon', 'a3:The Pentagon']);
const carter = draft('Carter', 'person', ['Jimmy Carter', 'Mr. Carter'], ['a1:Carter', 'a2:Carter', 'a2:Jimmy Carter', 'a3:Mr. Carter']);
const lastWeek = draft('Last Week', 'place', [], ['a1:Last Week']);

describe('applyCorrections', () => {
  it.each<[string, DraftEntity[], Correction[], string[]]>([
    ['ignore drops the entity', [isis, lastWeek], [fix('Last Week', { ignore: true })], ['group:ISIS (ISIL) ×2']],
    ['ignore finds an entity by alias', [isis, mosul], [fix('isil', { ignore: true })], ['place:Mosul ×2']],
    [
      'merge folds entities in, their names become aliases',
      [dod, pentagon, mosul],
      [fix('Department of Defense', { merge: ['Pentagon'] })],
      ['group:Department of Defense (Pentagon) ×3', 'place:Mosul ×2'],
    ],
    ['aliases merge what is found under them', [isis, daesh, mosul], [fix('ISIS', { aliases: ['IS', 'Daesh'] })], ['group:ISIS (Daesh, IS, ISIL) ×3', 'place:Mosul ×2']],
    [
      'aliases under a name nothing has: the entity takes that name',
      [daesh, mosul],
      [fix('Islamic State', { aliases: ['Daesh'] })],
      ['group:Islamic State (Daesh) ×1', 'place:Mosul ×2'],
    ],
    [
      'split by article: the mentions there move to a new entity',
      [carter],
      [fix('Carter', { split: [{ name: 'Jimmy Carter', articles: ['a2'] }] })],
      ['person:Carter (Mr. Carter) ×2', 'person:Jimmy Carter (Carter) ×2'],
    ],
    [
      'split by how the mention is written, with a type',
      [carter],
      [fix('Carter', { split: [{ name: 'Jimmy Carter', type: 'person', mentions: ['Jimmy Carter'] }] })],
      ['person:Carter (Mr. Carter) ×3', 'person:Jimmy Carter ×1'],
    ],
    [
      'split by article and writing: both must match',
      [carter],
      [fix('Carter', { split: [{ name: 'Jimmy Carter', articles: ['a2'], mentions: ['Carter'] }] })],
      ['person:Carter (Jimmy Carter, Mr. Carter) ×3', 'person:Jimmy Carter (Carter) ×1'],
    ],
    [
      'split by source path',
      [carter],
      [fix('Carter', { split: [{ name: 'Carter Center', type: 'group', articles: ['articles/A3.md'] }] })],
      ['group:Carter Center (Mr. Carter) ×1', 'person:Carter (Jimmy Carter) ×3'],
    ],
    [
      'split into an entity that exists joins it',
      [carter, draft('Jimmy Carter', 'person', [], ['a4:Jimmy Carter'])],
      [fix('Carter', { split: [{ name: 'Jimmy Carter', articles: ['a2'] }] })],
      ['person:Carter (Mr. Carter) ×2', 'person:Jimmy Carter (Carter) ×3'],
    ],
    [
      'split of every mention leaves no empty entity',
      [draft('Carter', 'person', [], ['a1:Carter'])],
      [fix('Carter', { split: [{ name: 'Ashton Carter', articles: ['a1'] }] })],
      ['person:Ashton Carter (Carter) ×1'],
    ],
    ['rename keeps the old name as an alias', [isis], [fix('ISIS', { name: 'Islamic State' })], ['group:Islamic State (ISIL, ISIS) ×2']],
    ['rename to one of its aliases', [isis], [fix('isis', { name: 'ISIL' })], ['group:ISIL (ISIS) ×2']],
    ['retype', [draft('White House', 'person', [], ['a1:White House'])], [fix('White House', { type: 'place' })], ['place:White House ×1']],
    ['description', [mosul], [fix('Mosul', { description: 'City in northern Iraq.' })], ['place:Mosul ×2 — City in northern Iraq.']],
    [
      'all together, in stage order: ignore, merge, split, rename',
      [isis, daesh, dod, pentagon, carter, lastWeek],
      [
        fix('Carter', { split: [{ name: 'Jimmy Carter', mentions: ['Jimmy Carter'] }] }),
        fix('Islamic State', { name: 'Islamic State', aliases: ['ISIS', 'Daesh'], type: 'group', description: 'Jihadist group.' }),
        fix('Pentagon', { name: 'Department of Defense', merge: ['Department of Defense'] }),
        fix('Last Week', { ignore: true }),
      ],
      [
        'group:Department of Defense (Pentagon) ×3',
        'group:Islamic State (Daesh, ISIL, ISIS) ×3 — Jihadist group.',
        'person:Carter (Mr. Carter) ×3',
        'person:Jimmy Carter ×1',
      ],
    ],
  ])('%s', (_label, drafts, corrections, expected) => {
    const before = structuredClone(drafts);
    const { entities, warnings } = applyCorrections(drafts, corrections);
    expect(summarize(entities)).toEqual(expected);
    expect(warnings).toEqual([]);
    expect(drafts).toEqual(before); // pure
  });

  it.each<[string, Correction, RegExp, number]>([
    ['a name no entity has', fix('Islamic State', { name: 'ISIS' }, 7), /no entity is called "Islamic State"/, 7],
    ['an ignore that finds nothing', fix('Yesterday', { ignore: true }, 3), /no entity is called "Yesterday"/, 3],
    ['a merge name no entity has', fix('ISIS', { merge: ['Daesh'] }, 4), /merge: no entity is called "Daesh"/, 4],
    ['a split that moves nothing', fix('ISIS', { split: [{ name: 'IS', articles: ['a9'], line: 6 }] }, 5), /split "IS": no mention matches its articles \[a9\]/, 6],
  ])('%s → a CORRECTION_UNUSED warning with its line', (_label, correction, message, line) => {
    const { entities, warnings } = applyCorrections([isis], [correction], 'entities.yaml');
    expect(summarize(entities)).toEqual(['group:ISIS (ISIL) ×2']);
    expect(warnings).toEqual([{ code: 'CORRECTION_UNUSED', file: 'entities.yaml', line, message: expect.stringMatching(message) }]);
  });

  it('keeps mentions in article order, then by start', () => {
    const early = draft('Ash Carter', 'person', [], ['a1:Ash Carter', 'a2:Ash Carter', 'a4:Ash Carter']);
    const late = draft('Ashton Carter', 'person', [], ['a2:Ashton Carter', 'a3:Ashton Carter', 'a3:Ashton Carter']);
    const { entities } = applyCorrections([early, late], [fix('Ashton Carter', { merge: ['Ash Carter'] })]);
    expect(entities[0]!.mentions.map((m) => `${m.article}@${m.start}`)).toEqual(['a1@0', 'a2@0', 'a2@100', 'a3@100', 'a3@200', 'a4@200']);
  });

  it('keeps the geo of a merged place', () => {
    const { entities } = applyCorrections([draft('Mosul City', 'place', [], ['a1:Mosul City']), mosul], [fix('Mosul City', { merge: ['Mosul'] })]);
    expect(entities).toEqual([expect.objectContaining({ name: 'Mosul City', aliases: ['Mosul'], geo: mosul.geo })]);
  });
});

// ---------------------------------------------------------------- end to end

const article = (id: string): Article => ({ id, source: `${id}.md`, format: 'md', title: id, text: '', prose: '', bodyLine: 1 });

const entity = (name: string, type: EntityType, aliases: string[] = [], count = 1): DocEntity => ({
  name,
  type,
  aliases,
  mentions: Array.from({ length: count }, (_, i) => ({ start: i * 10, end: i * 10 + name.length, text: name })),
});

describe('resolveEntities with corrections', () => {
  it('applies the corrections file before ids are given', () => {
    const extracted: ExtractedArticle[] = [
      [entity('ISIS', 'group', [], 2), entity('Last Week', 'place'), entity('Pentagon', 'group')],
      [entity('Daesh', 'group'), entity('Department of Defense', 'group'), entity('Carter', 'person')],
      [entity('White House', 'person'), entity('Carter', 'person', [], 2)],
    ].map((entities, i) => ({ article: article(`2019/a${i + 1}`), extraction: { entities, sentences: [] } }));
    const text = [
      'Islamic State:',
      '  aliases: [ISIS, Daesh]',
      '  description: Jihadist group.',
      'Department of Defense:',
      '  merge: [Pentagon]',
      'White House: { type: place }',
      'Last Week: { ignore: true }',
      'Carter:',
      '  split:',
      '    - name: Jimmy Carter',
      '      articles: [2019/a3.md]',
      'Nobody:',
      '  type: person',
    ].join('\n');
    const { corrections } = parseCorrections(text);
    const { entities, warnings } = resolveEntities(extracted, { corrections, correctionsFile: 'entities.yaml' });
    expect(entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, count: e.mentions.length, description: e.description }))).toEqual([
      { id: 'islamic-state', name: 'Islamic State', type: 'group', aliases: ['Daesh', 'ISIS'], count: 3, description: 'Jihadist group.' },
      { id: 'department-of-defense', name: 'Department of Defense', type: 'group', aliases: ['Pentagon'], count: 2, description: undefined },
      { id: 'jimmy-carter', name: 'Jimmy Carter', type: 'person', aliases: ['Carter'], count: 2, description: undefined },
      { id: 'carter', name: 'Carter', type: 'person', aliases: [], count: 1, description: undefined },
      { id: 'white-house', name: 'White House', type: 'place', aliases: [], count: 1, description: undefined },
    ]);
    expect(entities[0]!.mentions.map((m) => m.article)).toEqual(['2019/a1', '2019/a1', '2019/a2']);
    expect(warnings).toEqual([{ code: 'CORRECTION_UNUSED', file: 'entities.yaml', line: 12, message: expect.stringContaining('"Nobody"') }]);
  });
});
