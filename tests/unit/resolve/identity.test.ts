/**
 * Identity across articles (issue "Entities across the breadth of news", point 8, and the merges and splits of names
 * cut or run on): invented articles through the whole extractor and the resolver, one row per rule.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../scripts/extract/index.ts';
import { resolveEntities, type ExtractedArticle } from '../../../scripts/resolve/index.ts';
import type { DocEntity } from '../../../scripts/core/types/extraction.ts';
import type { EntityType } from '../../../scripts/core/types/common.ts';
import { groupKeyVariants } from '../../../scripts/resolve/groupKeys.ts';
import { shipped } from '../../helpers/model.ts';

const articleOf = (id: string, prose: string) => ({
  id,
  source: `${id}.txt`,
  format: 'txt' as const,
  title: id,
  text: prose,
  prose,
  bodyLine: 1,
});

/** Each text extracted as a build does (the shipped tagger on the rules), then resolved together. */
const extracted = (texts: string[]): ExtractedArticle[] =>
  texts.map((text, i) => ({
    article: articleOf(`a${i + 1}`, text),
    extraction: extractEntities(text, { model: shipped }),
  }));

/** The pages of one type: name and every form its mentions take, with the articles they come from. */
const pages = (texts: string[], type: EntityType) =>
  resolveEntities(extracted(texts))
    .entities.filter((e) => e.type === type)
    .map((e) => `${e.name}: ${[...new Set(e.mentions.map((m) => `${m.text}@${m.article}`))].join(', ')}`)
    .sort();

describe('identity across articles, through the extractor', () => {
  it.each<[string, string[], string[]]>([
    [
      'an appositive or possessive description merges no one into the person it describes',
      [
        "Doran Pike's lawyer, Robert Tarrant, called Jonah Vexley, Ilse Marven's private lawyer, on Tuesday in Dover.",
        'Doran Pike spoke in Dover on Friday. Pike said he would appeal.',
      ],
      [
        'Doran Pike: Doran Pike@a1, Doran Pike@a2, Pike@a2',
        'Ilse Marven: Ilse Marven@a1',
        'Jonah Vexley: Jonah Vexley@a1',
        'Robert Tarrant: Robert Tarrant@a1',
      ],
    ],
    [
      'a bare surname goes to the person the article is about, not to a relative introduced as one',
      [
        'Rex Tillane, the oil executive, met the minister in Dover on Monday. His son, Jonah Tillane, works in London. Tillane said the deal was close.',
      ],
      ['Jonah Tillane: Jonah Tillane@a1', 'Rex Tillane: Rex Tillane@a1, Tillane@a1'],
    ],
    [
      'a lone first name in a quote joins the one person of the article with that first name',
      ['Mayor Oriana Quell met the council in Dover on Monday. "Oriana has done the work," said Jonah Vexley.'],
      ['Jonah Vexley: Jonah Vexley@a1', 'Oriana Quell: Oriana Quell@a1, Oriana@a1'],
    ],
    [
      'a listed nickname joins the full name of the same surname in another article',
      [
        'William Quorvel, the mayor of Dover, opened the bridge on Monday.',
        'Bill Quorvel said on Friday that the bridge in Dover would close.',
      ],
      ['William Quorvel: William Quorvel@a1, Bill Quorvel@a2'],
    ],
  ])('%s', (_label, texts, expected) => {
    expect(pages(texts, 'person')).toEqual(expected);
  });

  it('a lone first name cut off a name the extractor did not finish joins no one else of that first name', () => {
    // "Rob Zombie": a capitalised word follows the lone first name on its line
    const people = pages(['The list:\n01. Rob Halford\n02. Rob Zombie\n03. Jonah Vexley'], 'person');
    expect(people.find((p) => p.startsWith('Rob Halford'))).toBe('Rob Halford: Rob Halford@a1');
  });
});

const entity = (name: string, type: EntityType, aliases: string[] = [], count = 1): DocEntity => ({
  name,
  type,
  aliases,
  mentions: Array.from({ length: count }, (_, i) => ({ start: i * 10, end: i * 10 + name.length, text: name })),
});

const country = (name: string, count = 1): DocEntity => ({ ...entity(name, 'place', [], count), country: name });

const docs = (...perArticle: DocEntity[][]): ExtractedArticle[] =>
  perArticle.map((entities, i) => ({ article: articleOf(`a${i + 1}`, ''), extraction: { entities, sentences: [] } }));

/** Articles with their text, for rules that read it. */
const withText = (...perArticle: [string, DocEntity[]][]): ExtractedArticle[] =>
  perArticle.map(([prose, entities], i) => ({
    article: articleOf(`a${i + 1}`, prose),
    extraction: { entities, sentences: [] },
  }));

const summary = (input: ExtractedArticle[]) =>
  resolveEntities(input)
    .entities.map(
      (e) => `${e.type}:${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''} ×${e.mentions.length}`,
    )
    .sort();

/** A mention of `name` in `prose`, at its first occurrence. */
const at = (prose: string, name: string, type: EntityType): DocEntity => {
  const start = prose.indexOf(name);
  return { name, type, aliases: [], mentions: [{ start, end: start + name.length, text: name }] };
};

describe('identity across articles, by rule', () => {
  it.each<[string, ExtractedArticle[], string[]]>([
    [
      'a lone word that is also a given name joins no full name of an unrelated article',
      docs(
        [entity('Elliott', 'person', [], 3), entity('Pelican Town', 'place')],
        [entity('Jo Elliott', 'person'), entity('Quorvel Records', 'group')],
      ),
      ['group:Quorvel Records ×1', 'person:Elliott ×3', 'person:Jo Elliott ×1', 'place:Pelican Town ×1'],
    ],
    [
      'but joins the full name of a related article (two entities in common)',
      docs(
        [entity('Elliott', 'person'), entity('Dover', 'place'), entity('Quorvel Records', 'group')],
        [entity('Jo Elliott', 'person', [], 2), entity('Dover', 'place'), entity('Quorvel Records', 'group')],
      ),
      ['group:Quorvel Records ×2', 'person:Jo Elliott (Elliott) ×3', 'place:Dover ×2'],
    ],
    [
      'a lone surname that is no given name joins the one person of that surname wherever it is',
      docs([entity('Vexley', 'person')], [entity('Jonah Vexley', 'person', [], 2)]),
      ['person:Jonah Vexley (Vexley) ×3'],
    ],
    [
      'an acronym joins its one expansion only in a related article',
      docs(
        [entity('ZPI', 'group'), entity('Python', 'group')],
        [entity('Zorblat Paradise Island', 'group'), entity('Nassau', 'place')],
        [entity('QRT', 'group'), entity('Dover', 'place')],
        [entity('Quorvel Rail Trust', 'group'), entity('Dover', 'place')],
      ),
      [
        'group:Python ×1',
        'group:Quorvel Rail Trust (QRT) ×2',
        'group:ZPI ×1',
        'group:Zorblat Paradise Island ×1',
        'place:Dover ×2',
        'place:Nassau ×1',
      ],
    ],
    [
      "an acronym's expansion may start with its country's name",
      docs([entity('Peru Drug Enforcement Agency', 'group'), entity('DEA', 'group')]),
      ['group:Peru Drug Enforcement Agency (DEA) ×2'],
    ],
    [
      '"<Head> of <Name>", "<Name> <Head>", a stance glued on, and "Party" left out name one group',
      docs(
        [entity('Party of Regions', 'group', [], 2)],
        [entity('Regions Party', 'group'), entity('pro-Zorblat Party of Regions', 'group')],
        [entity('Quorvel National Congress', 'group')],
        [entity('Quorvel National Congress Party', 'group')],
      ),
      [
        'group:Party of Regions (Regions Party, pro-Zorblat Party of Regions) ×4',
        'group:Quorvel National Congress Party (Quorvel National Congress) ×2',
      ],
    ],
    [
      'two parties of one country stay two',
      docs([entity('Socialist Party', 'group')], [entity('Communist Party', 'group')]),
      ['group:Communist Party ×1', 'group:Socialist Party ×1'],
    ],
  ])('%s', (_label, input, expected) => {
    expect(summary(input)).toEqual(expected);
  });

  it.each<[string, ExtractedArticle[], string[]]>([
    [
      'an institution is one when the corpus has it of one country only',
      docs(
        [entity('Supreme Court', 'group'), country('Zorblatia')],
        [entity('Supreme Court', 'group'), country('Zorblatia')],
        [entity('Supreme Court', 'group')],
      ),
      ['group:Supreme Court ×3', 'place:Zorblatia ×2'],
    ],
    [
      "two countries' institutions of one name stay two, and an article that names no country goes with the articles it shares names with",
      docs(
        [
          entity('Supreme Court', 'group'),
          country('Zorblatia'),
          entity('Ilse Marven', 'person'),
          entity('Dover', 'place'),
        ],
        [entity('Supreme Court', 'group'), entity('Ilse Marven', 'person'), entity('Dover', 'place')],
        [entity('Supreme Court', 'group'), entity('Ilse Marven', 'person'), entity('Dover', 'place')],
        [entity('Supreme Court', 'group'), country('Quorvelia')],
        [entity('Supreme Court', 'group'), country('Quorvelia')],
      ),
      [
        'group:Supreme Court (Quorvelia) (Supreme Court) ×2',
        'group:Supreme Court (Zorblatia) (Supreme Court) ×3',
        'person:Ilse Marven ×3',
        'place:Dover ×3',
        'place:Quorvelia ×2',
        'place:Zorblatia ×1',
      ],
    ],
    [
      "articles about another country that name the main one too quote the main one's institution",
      docs(
        [entity('Congress', 'group'), country('Zorblatia')],
        [entity('Congress', 'group'), country('Zorblatia')],
        [entity('Congress', 'group'), country('Zorblatia')],
        [entity('Congress', 'group'), country('Zorblatia'), country('Quorvelia', 3)],
        [entity('Congress', 'group'), country('Zorblatia'), country('Quorvelia', 3)],
      ),
      ['group:Congress ×5', 'place:Quorvelia ×6', 'place:Zorblatia ×5'],
    ],
  ])('institutions by country: %s', (_label, input, expected) => {
    expect(summary(input)).toEqual(expected);
  });

  it('a country named with a possessive before the institution decides its country', () => {
    const a = "Peru's Supreme Court ruled on Monday.";
    const b = "Chile's Supreme Court ruled on Friday.";
    const court = (text: string) => [at(text, 'Supreme Court', 'group')];
    const input = withText([a, court(a)], [a, court(a)], [b, court(b)], [b, court(b)]);
    expect(summary(input)).toEqual([
      'group:Supreme Court (Chile) (Supreme Court) ×2',
      'group:Supreme Court (Peru) (Supreme Court) ×2',
    ]);
  });
});

describe('groupKeyVariants', () => {
  it.each([
    ['Party of Regions', ['regions party']],
    ['Ministry of Finance', ['finance ministry']],
    ['pro-Zorblat Party of Regions', ['party of regions', 'regions party']],
    ['Quorvel National Congress Party', ['quorvel national congress']],
    ['Communist Party', []],
    ['Bank of the Zorblat Republic', []],
  ])('%s → %j', (name, keys) => {
    expect(groupKeyVariants(name)).toEqual(keys);
  });
});
