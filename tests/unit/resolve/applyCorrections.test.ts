import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../../../scripts/load/loadCorrections.ts';
import { applyCorrections, resolveEntities, type ExtractedArticle } from '../../../scripts/resolve/index.ts';
import type { EntityType } from '../../../scripts/core/types/common.ts';
import type { Article } from '../../../scripts/core/types/article.ts';
import type { Correction, DraftEntity } from '../../../scripts/core/types/entity.ts';
import type { DocEntity } from '../../../scripts/core/types/extraction.ts';

/** A draft from "article:text" mentions; each mention at its own offset. */
const draft = (
  name: string,
  type: EntityType,
  aliases: string[],
  mentions: string[],
  extra: Partial<DraftEntity> = {},
): DraftEntity => ({
  name,
  type,
  aliases,
  mentions: mentions.map((m, i) => {
    const [article, text] = m.split(':') as [string, string];
    return { article, text, start: i * 100, end: i * 100 + text.length };
  }),
  ...extra,
});

const fix = (match: string, rest: Omit<Correction, 'match' | 'line'>, line = 1): Correction => ({
  match,
  line,
  ...rest,
});

const summarize = (entities: readonly DraftEntity[]): string[] =>
  entities
    .map(
      (e) =>
        `${e.type}:${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''} ×${e.mentions.length}${e.description ? ` — ${e.description}` : ''}`,
    )
    .sort();

const isis = draft('ISIS', 'group', ['ISIL'], ['a1:ISIS', 'a2:ISIL']);
const daesh = draft('Daesh', 'group', [], ['a2:Daesh']);
const mosul = draft('Mosul', 'place', [], ['a1:Mosul', 'a3:Mosul'], { geo: { lat: 36.34, lon: 43.13 } });
const dod = draft('Department of Defense', 'group', [], ['a1:Department of Defense']);
const pentagon = draft('Pentagon', 'group', ['The Pentagon'], ['a2:Pentagon', 'a3:The Pentagon']);
const carter = draft(
  'Carter',
  'person',
  ['Jimmy Carter', 'Mr. Carter'],
  ['a1:Carter', 'a2:Carter', 'a2:Jimmy Carter', 'a3:Mr. Carter'],
);
const lastWeek = draft('Last Week', 'place', [], ['a1:Last Week']);

describe('applyCorrections', () => {
  it.each<[string, DraftEntity[], Correction[], string[]]>([
    ['ignore drops the entity', [isis, lastWeek], [fix('Last Week', { ignore: true })], ['group:ISIS (ISIL) ×2']],
    ['ignore finds an entity by alias', [isis, mosul], [fix('isil', { ignore: true })], ['place:Mosul ×2']],
    [
      'reviewed changes nothing',
      [isis, mosul],
      [fix('ISIL', { reviewed: true })],
      ['group:ISIS (ISIL) ×2', 'place:Mosul ×2'],
    ],
    [
      'merge folds entities in, their names become aliases',
      [dod, pentagon, mosul],
      [fix('Department of Defense', { merge: ['Pentagon'] })],
      ['group:Department of Defense (Pentagon) ×3', 'place:Mosul ×2'],
    ],
    [
      'aliases merge what is found under them',
      [isis, daesh, mosul],
      [fix('ISIS', { aliases: ['IS', 'Daesh'] })],
      ['group:ISIS (Daesh, IS, ISIL) ×3', 'place:Mosul ×2'],
    ],
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
    [
      'rename keeps the old name as an alias',
      [isis],
      [fix('ISIS', { name: 'Islamic State' })],
      ['group:Islamic State (ISIL, ISIS) ×2'],
    ],
    ['rename to one of its aliases', [isis], [fix('isis', { name: 'ISIL' })], ['group:ISIL (ISIS) ×2']],
    [
      'retype',
      [draft('White House', 'person', [], ['a1:White House'])],
      [fix('White House', { type: 'place' })],
      ['place:White House ×1'],
    ],
    [
      'description',
      [mosul],
      [fix('Mosul', { description: 'City in northern Iraq.' })],
      ['place:Mosul ×2 — City in northern Iraq.'],
    ],
    [
      'all together, in stage order: ignore, merge, split, rename',
      [isis, daesh, dod, pentagon, carter, lastWeek],
      [
        fix('Carter', { split: [{ name: 'Jimmy Carter', mentions: ['Jimmy Carter'] }] }),
        fix('Islamic State', {
          name: 'Islamic State',
          aliases: ['ISIS', 'Daesh'],
          type: 'group',
          description: 'Jihadist group.',
        }),
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
    ['a reviewed entity that is gone', fix('Yesterday', { reviewed: true }, 2), /no entity is called "Yesterday"/, 2],
    ['a merge name no entity has', fix('ISIS', { merge: ['Daesh'] }, 4), /merge: no entity is called "Daesh"/, 4],
    [
      'a split that moves nothing',
      fix('ISIS', { split: [{ name: 'IS', articles: ['a9'], line: 6 }] }, 5),
      /split "IS": no mention matches its articles \[a9\]/,
      6,
    ],
  ])('%s → a CORRECTION_UNUSED warning with its line', (_label, correction, message, line) => {
    const { entities, warnings } = applyCorrections([isis], [correction], 'entities.yaml');
    expect(summarize(entities)).toEqual(['group:ISIS (ISIL) ×2']);
    expect(warnings).toEqual([
      { code: 'CORRECTION_UNUSED', file: 'entities.yaml', line, message: expect.stringMatching(message) },
    ]);
  });

  it('keeps mentions in article order, then by start', () => {
    const early = draft('Ash Carter', 'person', [], ['a1:Ash Carter', 'a2:Ash Carter', 'a4:Ash Carter']);
    const late = draft('Ashton Carter', 'person', [], ['a2:Ashton Carter', 'a3:Ashton Carter', 'a3:Ashton Carter']);
    const { entities } = applyCorrections([early, late], [fix('Ashton Carter', { merge: ['Ash Carter'] })]);
    expect(entities[0]!.mentions.map((m) => `${m.article}@${m.start}`)).toEqual([
      'a1@0',
      'a2@0',
      'a2@100',
      'a3@100',
      'a3@200',
      'a4@200',
    ]);
  });

  it('keeps the geo of a merged place', () => {
    const { entities } = applyCorrections(
      [draft('Mosul City', 'place', [], ['a1:Mosul City']), mosul],
      [fix('Mosul City', { merge: ['Mosul'] })],
    );
    expect(entities).toEqual([expect.objectContaining({ name: 'Mosul City', aliases: ['Mosul'], geo: mosul.geo })]);
  });
});

const article = (id: string): Article => ({
  id,
  source: `${id}.md`,
  format: 'md',
  title: id,
  text: '',
  prose: '',
  bodyLine: 1,
});

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
    expect(
      entities.map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: e.aliases,
        count: e.mentions.length,
        description: e.description,
      })),
    ).toEqual([
      {
        id: 'islamic-state',
        name: 'Islamic State',
        type: 'group',
        aliases: ['Daesh', 'ISIS'],
        count: 3,
        description: 'Jihadist group.',
      },
      {
        id: 'department-of-defense',
        name: 'Department of Defense',
        type: 'group',
        aliases: ['Pentagon'],
        count: 2,
        description: undefined,
      },
      {
        id: 'jimmy-carter',
        name: 'Jimmy Carter',
        type: 'person',
        aliases: ['Carter'],
        count: 2,
        description: undefined,
      },
      { id: 'carter', name: 'Carter', type: 'person', aliases: [], count: 1, description: undefined },
      { id: 'white-house', name: 'White House', type: 'place', aliases: [], count: 1, description: undefined },
    ]);
    expect(entities[0]!.mentions.map((m) => m.article)).toEqual(['2019/a1', '2019/a1', '2019/a2']);
    expect(warnings).toEqual([
      { code: 'CORRECTION_UNUSED', file: 'entities.yaml', line: 12, message: expect.stringContaining('"Nobody"') },
    ]);
  });
});
