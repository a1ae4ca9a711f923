import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../scripts/core/types/article.ts';
import type { GoldSet } from '../../../../scripts/dev/corpora/scoreIdentity.ts';
import {
  DEV_PAGE_SETS,
  projectGold,
  readPageCorpus,
  refuseTestSet,
  titleLine,
} from '../../../../scripts/dev/train/readPageCorpus.ts';

const article = (id: string, title: string, text: string, prose = text): Article => ({
  id,
  source: `${id}.html`,
  format: 'html',
  title,
  text,
  prose,
  bodyLine: 1,
});

const gold = (entities: GoldSet['entities'], extra: Partial<GoldSet> = {}): GoldSet => ({
  name: 'invented',
  source: 'web-pages',
  docs: [],
  entities,
  ...extra,
});

describe('refuseTestSet', () => {
  it.each([
    ['a saved-pages dev set', { name: 'd', source: 'web-pages' as const }, false],
    ['a saved-pages test set', { name: 't', source: 'web-pages' as const, test: true }, true],
    ['an open-news set', { name: 'n', source: 'open-news' as const }, true],
    ['a set with no source (open-news)', { name: 'n' }, true],
  ])('%s: refused %s', (_, set, refused) => {
    const run = () => refuseTestSet(set, 'x.json');
    if (refused) expect(run).toThrow();
    else expect(run).not.toThrow();
  });

  it.each(['web-pages-test.json', 'web-pages-test2.json'])(
    'readPageCorpus refuses %s before reading a page',
    async (file) => {
      await expect(readPageCorpus([file])).rejects.toThrow(/test set/);
    },
  );

  it('trains on no test set by default', () => {
    expect(DEV_PAGE_SETS.some((f) => f.includes('test'))).toBe(false);
  });
});

describe('titleLine', () => {
  it.each([
    ['a text that does not repeat the title', 'Ferns of Lowmoor', 'Ferns grow slowly.\n\nMore.', []],
    ['a first line that is the title', 'Ferns of Lowmoor', 'Ferns of Lowmoor\n\nThey grow.', [{ start: 0, end: 16 }]],
    [
      'a first line that starts with the title',
      'Tova Kessel',
      'Tova Kessel Welcome to the page\n\nText.',
      [{ start: 0, end: 31 }],
    ],
    ['a title that is the whole text', 'Short', 'Short', [{ start: 0, end: 5 }]],
    ['an empty title', '', 'Anything\n', []],
  ])('%s', (_, title, text, expected) => {
    expect(titleLine({ title, text })).toEqual(expected);
  });
});

describe('projectGold', () => {
  const entities: GoldSet['entities'] = [
    { id: 'tova', type: 'person', forms: ['Tova Kessel', 'Kessel'] },
    { id: 'brindle', type: 'group', forms: ['Brindle Works'] },
    { id: 'lowmoor', type: 'place', forms: [{ form: 'Lowmoor', docs: ['page-a'] }] },
  ];
  const text = 'Tova Kessel of Brindle Works lives in Lowmoor. Kessel said so. Kesselring is no form.';
  it.each([
    [
      'every whole-word occurrence, longest form first, typed',
      'page-a',
      [
        { start: 0, end: 11, type: 'PER' },
        { start: 15, end: 28, type: 'ORG' },
        { start: 38, end: 45, type: 'LOC' },
        { start: 47, end: 53, type: 'PER' },
      ],
    ],
    [
      'a form restricted to other documents is left out',
      'page-b',
      [
        { start: 0, end: 11, type: 'PER' },
        { start: 15, end: 28, type: 'ORG' },
        { start: 47, end: 53, type: 'PER' },
      ],
    ],
  ])('%s', (_, id, spans) => {
    const [doc] = projectGold(gold(entities), 'x.json', [article(id, 'Another title', text)]);
    expect(doc).toMatchObject({ id, text, spans, partial: true, skip: [] });
  });

  it('trains on the prose (code blanked) and leaves out a first line repeating the title', () => {
    const [doc] = projectGold(gold(entities), 'x.json', [
      article('page-a', 'Lowmoor news', 'Lowmoor news\n\nrun `x`', 'Lowmoor news\n\nrun    '),
    ]);
    expect(doc).toMatchObject({ text: 'Lowmoor news\n\nrun    ', skip: [{ start: 0, end: 12 }] });
  });

  it('refuses a test set', () => {
    expect(() => projectGold(gold(entities, { test: true }), 'x.json', [article('page-a', 't', text)])).toThrow();
  });
});
