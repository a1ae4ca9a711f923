import { describe, expect, it } from 'vitest';
import { findRoles } from '../../../scripts/link/findRoles.ts';
import { evidenceInput, seedArticle, SEED_NAMES, type Name } from '../../helpers/evidence.ts';

const NAMES: readonly Name[] = [
  ['Ama Osei', 'ama-osei', 'person'],
  ['Osei', 'ama-osei', 'person'],
  ['Tomas Brandt', 'tomas-brandt', 'person'],
  ['President Tomas Brandt', 'tomas-brandt', 'person'],
  ['Ilse Varga', 'ilse-varga', 'person'],
  ['Piet Moss', 'piet-moss', 'person'],
  ['Rosa Lind', 'rosa-lind', 'person'],
  ['Korvia', 'korvia', 'place'],
  ['Lunford', 'lunford', 'place'],
  ['Halden Party', 'halden-party', 'group'],
];

/** [entity, title, of?] for each role found. */
const rolesIn = (text: string, names: readonly Name[] = NAMES) =>
  findRoles(evidenceInput(text, names)).map(({ entity, role }) =>
    role.of ? [entity, role.title, role.of] : [entity, role.title],
  );

describe('findRoles', () => {
  it.each<[string, string, string[][]]>([
    [
      'a title phrase before the name',
      'On Friday, Minister of Finance Ama Osei presented the budget.',
      [['ama-osei', 'Minister of Finance']],
    ],
    ['a one-word title', 'The crowd cheered when President Tomas Brandt arrived.', [['tomas-brandt', 'President']]],
    ['a hyphenated title', 'Then Secretary-General Rosa Lind spoke.', [['rosa-lind', 'Secretary-General']]],
    ['a lower-case title', 'The talks were led by defence minister Ilse Varga.', [['ilse-varga', 'defence minister']]],
    [
      'a two-word capitalised title',
      'Talks stalled until Prime Minister Ilse Varga intervened.',
      [['ilse-varga', 'Prime Minister']],
    ],
    ['an abbreviated military title', 'Gen. Piet Moss ordered a retreat.', [['piet-moss', 'Gen.']]],
    ['an abbreviated political title', 'The bill was drafted by Sen. Rosa Lind last spring.', [['rosa-lind', 'Sen.']]],
    [
      'a possessive with a straight apostrophe',
      "Korvia's president Tomas Brandt spoke first.",
      [['tomas-brandt', 'president', 'korvia']],
    ],
    [
      'a possessive with a curly apostrophe',
      'He met Korvia’s Prime Minister Ilse Varga twice.',
      [['ilse-varga', 'Prime Minister', 'korvia']],
    ],
    [
      'an apposition with a possessive',
      'Tomas Brandt, Korvia’s long-serving president, refused to sign.',
      [['tomas-brandt', 'president', 'korvia']],
    ],
    [
      'an apposition with "of" a place',
      'Ilse Varga, the mayor of Lunford, said no.',
      [['ilse-varga', 'mayor', 'lunford']],
    ],
    [
      'an apposition keeping a capitalised complement',
      'Piet Moss, the Chief of Staff, resigned.',
      [['piet-moss', 'Chief of Staff']],
    ],
    [
      'an apposition with title modifiers',
      'Rosa Lind, a former foreign minister, wrote the report.',
      [['rosa-lind', 'former foreign minister']],
    ],
    [
      'a place inside the title phrase',
      'The plan came from Lunford Mayor Ama Osei in May.',
      [['ama-osei', 'Lunford Mayor', 'lunford']],
    ],
    [
      'a group inside the title phrase',
      'Reporters asked Halden Party spokesman Piet Moss.',
      [['piet-moss', 'Halden Party spokesman', 'halden-party']],
    ],
    [
      'a sentence-initial word is not part of the title',
      'Yesterday President Tomas Brandt resigned.',
      [['tomas-brandt', 'President']],
    ],
    ['a title inside the mention itself', 'Then came President Tomas Brandt.', [['tomas-brandt', 'President']]],
    [
      'the same title twice is kept once',
      'Mayor Ama Osei spoke. Voters then cheered Mayor Ama Osei again.',
      [['ama-osei', 'Mayor']],
    ],
    [
      'before and after the name in one sentence',
      'Gen. Piet Moss, the army commander, left.',
      [
        ['piet-moss', 'Gen.'],
        ['piet-moss', 'army commander'],
      ],
    ],
    ['no title noun', 'The ambitious Tomas Brandt spoke.', []],
    ['a relative clause is not an apposition', 'Tomas Brandt, who met the president, left early.', []],
    ['a clause before the name is not a title', 'Visiting Lunford, Ilse Varga spoke of floods.', []],
    ['a date before the name is not a title', 'On Monday Ama Osei left.', []],
    ['places hold no roles', 'Lunford, the capital of the president, is quiet.', []],
  ])('%s', (_, text, expected) => {
    expect(rolesIn(text)).toEqual(expected);
  });

  it('gives the whole sentence, white space collapsed, and the article id', () => {
    const text = 'Crowds  waited.\nThe envoy,\n  Ama Osei, the ambassador of Korvia, arrived late.';
    expect(findRoles(evidenceInput(text, NAMES, '', 'art-1'))).toEqual([
      {
        entity: 'ama-osei',
        role: {
          title: 'ambassador',
          of: 'korvia',
          article: 'art-1',
          sentence: 'The envoy, Ama Osei, the ambassador of Korvia, arrived late.',
        },
      },
    ]);
  });

  it('finds roles for groups only when asked', () => {
    const text = 'The Halden Party, the opposition leader, walked out.';
    expect(findRoles(evidenceInput(text, NAMES))).toEqual([]);
    expect(findRoles(evidenceInput(text, NAMES), { types: ['person', 'group'] }).map((r) => r.role.title)).toEqual([
      'opposition leader',
    ]);
  });

  it('finds the roles in the seed article', () => {
    const { title, text } = seedArticle();
    const roles = findRoles(evidenceInput(text, SEED_NAMES, title, 'seed'));
    const of = (entity: string) => roles.filter((r) => r.entity === entity).map(({ role }) => [role.title, role.of]);
    expect(of('ashton-carter')).toEqual([['Secretary of Defense', undefined]]);
    expect(of('barack-obama')).toEqual([['President', undefined]]);
    expect(of('recep-tayyip-erdogan')).toEqual([['president', 'turkey']]);
    expect(roles.every(({ role }) => role.article === 'seed' && !/\s{2}/.test(role.sentence))).toBe(true);
  });
});
