import { describe, expect, it } from 'vitest';
import { mainlyAbout, scoreSalience } from '../../../scripts/link/scoreSalience.ts';
import { evidenceInput, seedArticle, SEED_NAMES, type Name } from '../../helpers/evidence.ts';

const NAMES: readonly Name[] = [
  ['Ama Osei', 'ama-osei', 'person'],
  ['Osei', 'ama-osei', 'person'],
  ['Tomas Brandt', 'tomas-brandt', 'person'],
  ['Brandt', 'tomas-brandt', 'person'],
  ['Korvia', 'korvia', 'place'],
  ['Lunford', 'lunford', 'place'],
  ['Elan Party', 'elan-party', 'group'],
];

const score = (title: string, text: string) => Object.fromEntries(scoreSalience(evidenceInput(text, NAMES, title)));

describe('scoreSalience', () => {
  it.each<[string, string, string, Record<string, number>]>([
    [
      'more mentions score higher',
      '',
      'Ama Osei met Tomas Brandt. Osei spoke. Osei left.',
      { 'ama-osei': 1, 'tomas-brandt': 1 / 3 },
    ],
    [
      'the first paragraph weighs most',
      '',
      'Ama Osei spoke.\n\nTomas Brandt spoke.',
      { 'ama-osei': 1, 'tomas-brandt': 1 / 3 },
    ],
    [
      'later paragraphs weigh less and less',
      '',
      'Rain.\n\nAma Osei spoke.\n\nTomas Brandt spoke.',
      { 'ama-osei': 1, 'tomas-brandt': 1 / 2 / (1 / 1.5) },
    ],
    [
      'a name in the title adds weight',
      'Tomas Brandt resigns',
      'Ama Osei spoke.\n\nTomas Brandt spoke.',
      { 'ama-osei': 2 / (1 / 1.5 + 3), 'tomas-brandt': 1 },
    ],
    [
      'title matching ignores case and accents',
      'ÉLAN PARTY splits',
      'Ama Osei spoke.\n\nThe Elan Party voted.',
      { 'ama-osei': 2 / (1 / 1.5 + 3), 'elan-party': 1 },
    ],
    [
      'a title match must be whole words',
      'Korvian elections',
      'Ama Osei spoke.\n\nKorvia voted.',
      { 'ama-osei': 1, korvia: 1 / 3 },
    ],
    ['one entity scores 1', '', 'Lunford is quiet.', { lunford: 1 }],
    ['no mentions, no scores', 'Lunford', 'Nothing here.', {}],
  ])('%s', (_, title, text, expected) => {
    const scores = score(title, text);
    expect(Object.keys(scores).sort()).toEqual(Object.keys(expected).sort());
    for (const [id, value] of Object.entries(expected)) expect(scores[id]).toBeCloseTo(value, 10);
  });

  it('looks for entity names given in the options in the title', () => {
    const input = evidenceInput('Ama Osei spoke.\n\nKorvia voted.', NAMES, 'Republic of Korvia votes');
    const without = scoreSalience(input);
    const withNames = scoreSalience(input, { names: new Map([['korvia', ['Republic of Korvia']]]) });
    expect(without.get('korvia')).toBe(withNames.get('korvia'));
    const renamed = evidenceInput('Ama Osei spoke.\n\nKorvia voted.', NAMES, 'The Republic votes');
    expect(scoreSalience(renamed, { names: new Map([['korvia', ['The Republic']]]) }).get('korvia')).toBe(1);
    expect(scoreSalience(renamed).get('korvia')).toBeCloseTo(1 / 3, 10);
  });

  it('ranks the seed article: the places in the title come first', () => {
    const { title, text } = seedArticle();
    const scores = scoreSalience(evidenceInput(text, SEED_NAMES, title, 'seed'));
    const counts = new Map(evidenceInput(text, SEED_NAMES, title, 'seed').mentions.map((m) => [m.entity, 2]));
    expect(mainlyAbout(scores, counts, { limit: 2 }).sort()).toEqual(['mosul', 'raqqa']);
    expect(Math.max(...scores.values())).toBe(1);
    for (const s of scores.values()) expect(s).toBeGreaterThan(0);
  });
});

describe('mainlyAbout', () => {
  const twice = (entries: [string, number][]) => new Map(entries.map(([id]) => [id, 2]));
  it.each<[string, [string, number][], number | undefined, string[]]>([
    [
      'most salient first',
      [
        ['b', 0.5],
        ['a', 0.3],
        ['c', 1],
      ],
      undefined,
      ['c', 'b', 'a'],
    ],
    [
      'ties broken by id',
      [
        ['zed', 1],
        ['amy', 1],
        ['kit', 0.5],
      ],
      undefined,
      ['amy', 'zed', 'kit'],
    ],
    [
      'at most five by default',
      [
        ['a', 1],
        ['b', 0.9],
        ['c', 0.8],
        ['d', 0.7],
        ['e', 0.6],
        ['f', 0.5],
      ],
      undefined,
      ['a', 'b', 'c', 'd', 'e'],
    ],
    [
      'a given limit',
      [
        ['a', 1],
        ['b', 0.9],
        ['c', 0.8],
      ],
      2,
      ['a', 'b'],
    ],
    [
      'below a quarter of the lead subject is not what the article is about',
      [
        ['a', 1],
        ['b', 0.25],
        ['c', 0.24],
      ],
      undefined,
      ['a', 'b'],
    ],
    ['nothing to rank', [], undefined, []],
  ])('%s', (_, entries, limit, expected) => {
    expect(mainlyAbout(new Map(entries), twice(entries), limit ? { limit } : {})).toEqual(expected);
  });

  it.each<[string, number, boolean]>([
    ['named once: a passing reference, even as the most salient', 1, false],
    ['named twice', 2, true],
    ['not named in the text at all', 0, false],
  ])('%s', (_, count, about) => {
    const scores = new Map([
      ['lead', 1],
      ['other', 0.9],
    ]);
    const counts = new Map([
      ['lead', count],
      ['other', 3],
    ]);
    expect(mainlyAbout(scores, counts).includes('lead')).toBe(about);
  });

  it('an entity named once in a long article is not what it is about', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} says Ama Osei met the press again.`);
    paragraphs[5] += ' Korvia was mentioned.';
    const input = evidenceInput(paragraphs.join('\n\n'), NAMES, 'A long report');
    const counts = new Map<string, number>();
    for (const m of input.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    expect(mainlyAbout(scoreSalience(input), counts)).toEqual(['ama-osei']);
  });
});
