import { describe, expect, it } from 'vitest';
import { nameKey, resolveEntities, type ExtractedArticle } from '../scripts/resolve/index.ts';
import type { Article, DocEntity, EntityType } from '../scripts/types.ts';

const article = (id: string): Article => ({ id, source: `${id}.txt`, format: 'txt', title: id, text: '', prose: '', bodyLine: 1 });

const entity = (name: string, type: EntityType, aliases: string[] = [], count = 1): DocEntity => ({
  name,
  type,
  aliases,
  mentions: Array.from({ length: count }, (_, i) => ({ start: i * 10, end: i * 10 + name.length, text: name })),
});

const docs = (...perArticle: DocEntity[][]): ExtractedArticle[] =>
  perArticle.map((entities, i) => ({ article: article(`a${i + 1}`), extraction: { entities, sentences: [] } }));

const summary = (extracted: ExtractedArticle[]) =>
  resolveEntities(extracted)
    .entities.map((e) => `${e.type}:${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''} ×${e.mentions.length}`)
    .sort();

describe('nameKey', () => {
  it.each([
    ['U.S.', 'us'],
    ['Erdoğan', 'erdogan'],
    ['The Pentagon', 'pentagon'],
    ['Shi‘ite', "shi'ite"],
    ['Al-Hashd  al-Shaabi', 'al hashd al shaabi'],
  ])('%j → %j', (name, key) => expect(nameKey(name)).toBe(key));
});

describe('resolveEntities', () => {
  it.each<[string, ExtractedArticle[], string[]]>([
    ['the same name in two articles is one entity', docs([entity('Mosul', 'place')], [entity('Mosul', 'place', [], 2)]), ['place:Mosul ×3']],
    [
      'a shared alias merges, and the aliases are kept',
      docs([entity('ISIS', 'group', ['ISIL', 'Daesh'], 2)], [entity('Islamic State', 'group', ['ISIL'])]),
      ['group:ISIS (Daesh, ISIL, Islamic State) ×3'],
    ],
    [
      'two people who share a surname stay apart',
      docs([entity('Ashton Carter', 'person', ['Carter'])], [entity('Jimmy Carter', 'person', ['Carter'])]),
      ['person:Ashton Carter (Carter) ×1', 'person:Jimmy Carter (Carter) ×1'],
    ],
    [
      'a surname alone joins the only person with that surname',
      docs([entity('Ashton Carter', 'person')], [entity('Carter', 'person')]),
      ['person:Ashton Carter (Carter) ×2'],
    ],
    [
      'a surname alone stays apart when two people have it',
      docs([entity('Ashton Carter', 'person')], [entity('Jimmy Carter', 'person')], [entity('Carter', 'person')]),
      ['person:Ashton Carter ×1', 'person:Carter ×1', 'person:Jimmy Carter ×1'],
    ],
    [
      'a name typed differently in two articles takes the type with most mentions',
      docs([entity('White House', 'place', [], 2)], [entity('White House', 'group')]),
      ['place:White House ×3'],
    ],
    [
      'a generational suffix marks another person, and makes a lone surname ambiguous',
      docs([entity('John Doe', 'person')], [entity('John Doe Jr.', 'person')], [entity('Doe', 'person')]),
      ['person:Doe ×1', 'person:John Doe Jr. ×1', 'person:John Doe ×1'],
    ],
    ['accents and case do not split an entity', docs([entity('Erdoğan', 'person')], [entity('ERDOGAN', 'person')]), ['person:Erdoğan ×2']],
  ])('%s', (_, input, expected) => {
    expect(summary(input)).toEqual(expected);
  });

  it('gives every entity a unique id and keeps mentions in article order', () => {
    const { entities } = resolveEntities(docs([entity('Georgia', 'place')], [entity('Georgia', 'person'), entity('Paris', 'place')], [entity('Georgia', 'place')]));
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    const georgia = entities.find((e) => e.name === 'Georgia')!;
    expect(georgia.type).toBe('place');
    expect(georgia.mentions.map((m) => m.article)).toEqual(['a1', 'a2', 'a3']);
  });

  it('a URL slug does not move when an entity of another type with the same slug arrives', () => {
    const before = resolveEntities(docs([entity('ONeil', 'place')])).entities;
    const after = resolveEntities(docs([entity('ONeil', 'place')], [entity("O'Neil", 'person')])).entities;
    expect(before[0]).toMatchObject({ slug: 'oneil', id: 'oneil' });
    expect(after.map((e) => [e.type, e.slug, e.id]).sort()).toEqual([
      ['person', 'oneil', 'oneil-person'],
      ['place', 'oneil', 'oneil-place'],
    ]);
  });

  it('ids do not change when another article is added', () => {
    const before = resolveEntities(docs([entity('Mosul', 'place'), entity('Ashton Carter', 'person')])).entities;
    const after = resolveEntities(docs([entity('Mosul', 'place'), entity('Ashton Carter', 'person')], [entity('MOSUL', 'place'), entity('Kabul', 'place')])).entities;
    const id = (list: typeof before, name: string) => list.find((e) => e.name === name)?.id;
    expect(id(after, 'Mosul')).toBe(id(before, 'Mosul'));
    expect(id(after, 'Ashton Carter')).toBe(id(before, 'Ashton Carter'));
  });
});
