import { describe, expect, it } from 'vitest';
import { resolveEntities, type ExtractedArticle } from '../../../scripts/resolve/index.ts';
import type { EntityType } from '../../../scripts/core/types/common.ts';
import type { Article } from '../../../scripts/core/types/article.ts';
import type { DocEntity } from '../../../scripts/core/types/extraction.ts';

const article = (id: string): Article => ({
  id,
  source: `${id}.txt`,
  format: 'txt',
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

const country = (name: string, count = 1): DocEntity => ({ ...entity(name, 'place', [], count), country: name });

const docs = (...perArticle: DocEntity[][]): ExtractedArticle[] =>
  perArticle.map((entities, i) => ({ article: article(`a${i + 1}`), extraction: { entities, sentences: [] } }));

const summary = (extracted: ExtractedArticle[]) =>
  resolveEntities(extracted)
    .entities.map(
      (e) => `${e.type}:${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''} ×${e.mentions.length}`,
    )
    .sort();

describe('resolveEntities', () => {
  it.each<[string, ExtractedArticle[], string[]]>([
    [
      'the same name in two articles is one entity',
      docs([entity('Mosul', 'place')], [entity('Mosul', 'place', [], 2)]),
      ['place:Mosul ×3'],
    ],
    [
      'a shared alias merges, and the aliases are kept',
      docs([entity('ISIS', 'group', ['ISIL', 'Daesh'], 2)], [entity('Islamic State', 'group', ['ISIL'])]),
      ['group:ISIS (Daesh, ISIL, Islamic State) ×3'],
    ],
    [
      'two people who share a surname stay apart',
      docs([entity('Ashton Vexley', 'person', ['Vexley'])], [entity('Jimmy Vexley', 'person', ['Vexley'])]),
      ['person:Ashton Vexley (Vexley) ×1', 'person:Jimmy Vexley (Vexley) ×1'],
    ],
    [
      'a surname alone joins the only person with that surname',
      docs([entity('Ashton Vexley', 'person')], [entity('Vexley', 'person')]),
      ['person:Ashton Vexley (Vexley) ×2'],
    ],
    [
      'a surname alone stays apart when two people have it',
      docs([entity('Ashton Vexley', 'person')], [entity('Jimmy Vexley', 'person')], [entity('Vexley', 'person')]),
      ['person:Ashton Vexley ×1', 'person:Jimmy Vexley ×1', 'person:Vexley ×1'],
    ],
    [
      'a cited author joins the person named in full whose initials fit',
      docs([entity('Ashton B. Vexley', 'person')], [entity('Vexley AB', 'person')]),
      ['person:Ashton B. Vexley (Vexley AB) ×2'],
    ],
    [
      'cited authors of one surname with other initials stay apart, and the surname alone joins neither',
      docs([entity('Vexley AB', 'person'), entity('Vexley H', 'person')], [entity('Vexley', 'person')]),
      ['person:Vexley AB ×1', 'person:Vexley H ×1', 'person:Vexley ×1'],
    ],
    [
      'a cited author is no one whose first name has another initial',
      docs([entity('Jimmy Vexley', 'person')], [entity('Vexley AB', 'person')]),
      ['person:Jimmy Vexley ×1', 'person:Vexley AB ×1'],
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
    [
      'a listed nickname of the first name is the same person',
      docs([entity('William Quorvel', 'person')], [entity('Bill Quorvel', 'person')]),
      ['person:William Quorvel (Bill Quorvel) ×2'],
    ],
    [
      'a nickname that fits two people of the surname merges neither',
      docs(
        [entity('Ronald Quorvel', 'person')],
        [entity('Aaron Quorvel', 'person')],
        [entity('Ron Quorvel', 'person')],
      ),
      ['person:Aaron Quorvel ×1', 'person:Ron Quorvel ×1', 'person:Ronald Quorvel ×1'],
    ],
    [
      'two nicknames of one name are not evidence for each other',
      docs([entity('Maggie Quorvel', 'person')], [entity('Meg Quorvel', 'person')]),
      ['person:Maggie Quorvel ×1', 'person:Meg Quorvel ×1'],
    ],
    [
      'a short form of a first name is the same person',
      docs([entity('Christopher Roe', 'person')], [entity('Chris Roe', 'person')]),
      ['person:Christopher Roe (Chris Roe) ×2'],
    ],
    [
      'a middle initial and an initial for the first name are the same person, when only one person fits',
      docs([entity('Jane Q. Roe', 'person')], [entity('Jane Roe', 'person')], [entity('J. Roe', 'person')]),
      ['person:Jane Q. Roe (J. Roe, Jane Roe) ×3'],
    ],
    [
      'two different first names are two people, and an initial that fits both stays apart',
      docs([entity('Jane Roe', 'person')], [entity('John Roe', 'person')], [entity('J. Roe', 'person')]),
      ['person:J. Roe ×1', 'person:Jane Roe ×1', 'person:John Roe ×1'],
    ],
    [
      'two different middle initials are two people',
      docs([entity('John A. Roe', 'person')], [entity('John B. Roe', 'person')]),
      ['person:John A. Roe ×1', 'person:John B. Roe ×1'],
    ],
    [
      'a first name that only shares its start is another person ("Jo" is too short to be a short form)',
      docs([entity('Jo Roe', 'person')], [entity('John Roe', 'person')], [entity('Johnny Roe', 'person')]),
      ['person:Jo Roe ×1', 'person:Johnny Roe (John Roe) ×2'],
    ],
    [
      'Jr. is another person, even with a short form of the first name',
      docs([entity('John Roe', 'person')], [entity('John Roe Jr.', 'person')], [entity('Johnny Roe Jr.', 'person')]),
      ['person:John Roe ×1', 'person:Johnny Roe Jr. (John Roe Jr.) ×2'],
    ],
    [
      'a lone surname that is also a place joins the person, and the place stays a place',
      docs([entity('George Tarrant', 'person')], [entity('Tarrant', 'person')], [entity('Tarrant', 'place', [], 3)]),
      ['person:George Tarrant (Tarrant) ×2', 'place:Tarrant ×3'],
    ],
    [
      "a person's full name outweighs one mention typed as a place",
      docs([entity('Jane Roe', 'person')], [entity('Jane Roe', 'place'), entity('Ohio', 'place')]),
      ['person:Jane Roe ×2', 'place:Ohio ×1'],
    ],
    [
      'the last words of a longer name are that name',
      docs([entity('Aung San Suu Kyi', 'person')], [entity('Suu Kyi', 'person', [], 2)]),
      ['person:Suu Kyi (Aung San Suu Kyi) ×3'],
    ],
    [
      'an acronym joins the one expansion in the corpus, past a dotted qualifier',
      docs(
        [entity('U.S. National Park Service', 'group'), entity('Dunmore', 'place')],
        [entity('NPS', 'group', [], 2), entity('Dunmore', 'place')],
        [entity('EU', 'group'), entity('Dunmore', 'place')],
        [entity('European Union', 'group'), entity('Dunmore', 'place')],
      ),
      ['group:European Union (EU) ×2', 'group:NPS (U.S. National Park Service) ×3', 'place:Dunmore ×4'],
    ],
    [
      'an acronym with two expansions stays apart',
      docs(
        [entity('National Park Service', 'group')],
        [entity('National Press Syndicate', 'group')],
        [entity('NPS', 'group')],
      ),
      ['group:NPS ×1', 'group:National Park Service ×1', 'group:National Press Syndicate ×1'],
    ],
    [
      'a group named in the plural is the group',
      docs([entity('National Guard', 'group', [], 2)], [entity('National Guards', 'group')]),
      ['group:National Guard (National Guards) ×3'],
    ],
    [
      'a surname typed as a group in one article joins the one person of that surname',
      docs([entity('Jane Roe', 'person', ['Roe'], 2)], [entity('Roe', 'group')]),
      ['person:Jane Roe (Roe) ×3'],
    ],
    [
      'a surname alone goes to the person of that surname the corpus names far more often',
      docs(
        [entity('Jane Roe', 'person', [], 3)],
        [entity('Jane Roe', 'person', [], 3)],
        [entity('Jane Roe', 'person', [], 3)],
        [entity('Jim Roe', 'person')],
        [entity('Roe', 'person')],
      ),
      ['person:Jane Roe (Roe) ×10', 'person:Jim Roe ×1'],
    ],
    [
      'a name qualified by a country is the plain name in articles about that country',
      docs(
        [entity('U.S. Capitol', 'place'), country('United States')],
        [entity('Capitol', 'place', [], 2), country('United States')],
      ),
      ['place:Capitol (U.S. Capitol) ×3', 'place:United States ×2'],
    ],
    [
      'but not in an article about another country',
      docs([entity('U.S. Capitol', 'place'), country('United States')], [entity('Capitol', 'place'), country('Cuba')]),
      ['place:Capitol ×1', 'place:Cuba ×1', 'place:U.S. Capitol ×1', 'place:United States ×1'],
    ],
    [
      'nor when the corpus qualifies the plain name by two countries',
      docs([entity('U.S. Army', 'group')], [entity('Kenya Army', 'group')], [entity('Army', 'group')]),
      ['group:Army ×1', 'group:Kenya Army ×1', 'group:U.S. Army ×1'],
    ],
    [
      'a company or broadcaster is one with and without its suffix',
      docs(
        [entity('Zorblat News Channel', 'group')],
        [entity('Zorblat News', 'group', [], 2)],
        [entity('Quorvel Holdings Inc', 'group')],
        [entity('Quorvel', 'group')],
      ),
      ['group:Quorvel Holdings Inc (Quorvel) ×2', 'group:Zorblat News (Zorblat News Channel) ×3'],
    ],
    [
      'but a suffix joins no person or place of the bare name',
      docs(
        [entity('Quorvel Holdings', 'group')],
        [entity('Jane Quorvel', 'person', ['Quorvel'])],
        [entity('Dunmore Group', 'group')],
        [entity('Dunmore', 'place')],
      ),
      ['group:Dunmore Group ×1', 'group:Quorvel Holdings ×1', 'person:Jane Quorvel (Quorvel) ×1', 'place:Dunmore ×1'],
    ],
    [
      'accents and case do not split an entity',
      docs([entity('Erdoğan', 'person')], [entity('ERDOGAN', 'person')]),
      ['person:Erdoğan ×2'],
    ],
  ])('%s', (_, input, expected) => {
    expect(summary(input)).toEqual(expected);
  });

  it.each<[string, ExtractedArticle[], { kind: string; name: string; candidates: string[]; yaml: string }]>([
    [
      'a lone surname with two candidates',
      docs([entity('Ashton Vexley', 'person')], [entity('Jimmy Vexley', 'person')], [entity('Vexley', 'person')]),
      {
        kind: 'ambiguous-surname',
        name: 'Vexley',
        candidates: ['Ashton Vexley', 'Jimmy Vexley'],
        yaml: 'Ashton Vexley:\n  merge: [Vexley]\n',
      },
    ],
    [
      'an initial that fits two people',
      docs([entity('Jane Roe', 'person')], [entity('John Roe', 'person')], [entity('J. Roe', 'person')]),
      {
        kind: 'ambiguous-name',
        name: 'J. Roe',
        candidates: ['Jane Roe', 'John Roe'],
        yaml: 'Jane Roe:\n  merge: [J. Roe]\n',
      },
    ],
    [
      'a surname alone given to the far better known of two people',
      docs(
        [entity('Jane Roe', 'person', [], 3)],
        [entity('Jane Roe', 'person', [], 3)],
        [entity('Jane Roe', 'person', [], 3)],
        [entity('Jim Roe', 'person')],
        [entity('Roe', 'person')],
      ),
      {
        kind: 'likely-surname',
        name: 'Roe',
        candidates: ['Jane Roe', 'Jim Roe'],
        yaml: 'Jane Roe:\n  split:\n    - name: Roe\n      type: person\n      articles: [a5]\n',
      },
    ],
    [
      'a type on thin evidence',
      docs([entity('Acme', 'group', [], 3)], [entity('Acme', 'place', [], 2)]),
      { kind: 'mixed-type', name: 'Acme', candidates: [], yaml: 'Acme:\n  type: place\n' },
    ],
  ])('the review list names %s, with the entities.yaml lines that decide it', (_, input, expected) => {
    expect(resolveEntities(input).review).toEqual([expect.objectContaining(expected)]);
  });

  it('an item settled in entities.yaml leaves the review list, and its lines do what they say', () => {
    const input = docs(
      [entity('Ashton Vexley', 'person')],
      [entity('Jimmy Vexley', 'person')],
      [entity('Vexley', 'person')],
    );
    const corrections = [{ match: 'Ashton Vexley', line: 1, merge: ['Vexley'] }];
    const { entities, review } = resolveEntities(input, { corrections });
    expect(review).toEqual([]);
    expect(entities.map((e) => `${e.name} ×${e.mentions.length}`).sort()).toEqual([
      'Ashton Vexley ×2',
      'Jimmy Vexley ×1',
    ]);
  });

  it('a clear case is not put up for review', () => {
    expect(
      resolveEntities(
        docs(
          [entity('Ashton Vexley', 'person')],
          [entity('Vexley', 'person')],
          [entity('Mosul', 'place', [], 4)],
          [entity('Mosul', 'group')],
        ),
      ).review,
    ).toEqual([]);
  });

  it.each<[string, ExtractedArticle[], string[]]>([
    [
      'one country: one Senate, unqualified',
      docs([entity('Senate', 'group'), country('United States')], [entity('Senate', 'group')]),
      ['group:Senate ×2', 'place:United States ×1'],
    ],
    [
      'two countries: a Senate for each, named with its country; an article that names no country goes to the most frequent',
      docs(
        [entity('Senate', 'group'), country('United States')],
        [entity('Senate', 'group'), country('United States')],
        [entity('Senate', 'group'), country('United States', 2), country('Philippines')],
        [entity('Senate', 'group'), country('Philippines', 3)],
        [entity('Senate', 'group'), country('Philippines')],
        [entity('Senate', 'group')],
      ),
      [
        'group:Senate (Philippines) (Senate) ×2',
        'group:Senate (United States) (Senate) ×4',
        'place:Philippines ×5',
        'place:United States ×4',
      ],
    ],
    [
      'one article about another country is not enough: it quotes the main one more often than it names its own',
      docs(
        [entity('Congress', 'group'), country('United States')],
        [entity('Congress', 'group'), country('United States')],
        [entity('Congress', 'group'), country('China', 3)],
      ),
      ['group:Congress ×3', 'place:China ×3', 'place:United States ×2'],
    ],
    [
      'a named institution is not qualified',
      docs(
        [entity('White House', 'group'), country('United States')],
        [entity('White House', 'group'), country('Iraq')],
      ),
      ['group:White House ×2', 'place:Iraq ×1', 'place:United States ×1'],
    ],
  ])('one-word institutions by country: %s', (_, input, expected) => {
    expect(summary(input)).toEqual(expected);
  });

  it('gives every entity a unique id and keeps mentions in article order', () => {
    const { entities } = resolveEntities(
      docs(
        [entity('Georgia', 'place')],
        [entity('Georgia', 'person'), entity('Paris', 'place')],
        [entity('Georgia', 'place')],
      ),
    );
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
    const before = resolveEntities(docs([entity('Mosul', 'place'), entity('Ashton Vexley', 'person')])).entities;
    const after = resolveEntities(
      docs(
        [entity('Mosul', 'place'), entity('Ashton Vexley', 'person')],
        [entity('MOSUL', 'place'), entity('Kabul', 'place')],
      ),
    ).entities;
    const id = (list: typeof before, name: string) => list.find((e) => e.name === name)?.id;
    expect(id(after, 'Mosul')).toBe(id(before, 'Mosul'));
    expect(id(after, 'Ashton Vexley')).toBe(id(before, 'Ashton Vexley'));
  });
});
