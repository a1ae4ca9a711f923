import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { extractEntities } from '../../../../scripts/extract/index.ts';
import { findListedOrganisations } from '../../../../scripts/extract/rules/findListedOrganisations.ts';
import type { Cluster } from '../../../../scripts/extract/rules/resolveDocAliases.ts';
import { type OrgFile, orgGazetteerOf } from '../../../../scripts/lang/organisations.ts';
import { shipped } from '../../../helpers/model.ts';

/** The whole extractor (rules + tagger) with a small gazetteer of invented organisations instead of the shipped one. */
const typeOf = (text: string, name: string, file: Partial<OrgFile> | false) =>
  extractEntities(text, {
    model: shipped,
    organisations: file && { gazetteer: () => orgGazetteerOf(file) },
  }).entities.find((e) => e.name === name || e.aliases.includes(name))?.type;

const SAID = 'Dellmira Brandt said on Tuesday it had hired 40 engineers.';

describe('retypeByGazetteer (a listed organisation counts for the group type)', () => {
  it.each<[string, Partial<OrgFile>, string, string, string]>([
    [
      'a listed company the tagger read as a person',
      { company: ['Dellmira Brandt'] },
      SAID,
      'Dellmira Brandt',
      'group',
    ],
    [
      'a listed company the tagger read as a place',
      { company: ['Hollin Teaworks'] },
      'Shares in Hollin Teaworks fell.',
      'Hollin Teaworks',
      'group',
    ],
    ['a listed one-word company', { company: ['Vantry'] }, 'Talks with Vantry collapsed on Monday.', 'Vantry', 'group'],
    [
      "not a club's one-word name (mostly its town's)",
      { club: ['Vantry'] },
      'Talks with Vantry collapsed on Monday.',
      'Vantry',
      'person',
    ],
    [
      'listed with "The" and dots, named without them',
      { company: ['The Dellmira Brandt.'] },
      SAID,
      'Dellmira Brandt',
      'group',
    ],
    ['a listed university or club counts too', { university: ['Dellmira Brandt'] }, SAID, 'Dellmira Brandt', 'group'],
    [
      'not a listed name flagged as a first name',
      { company: ['Dellmira Brandt|n'] },
      SAID,
      'Dellmira Brandt',
      'person',
    ],
    ['not a listed name flagged as a place', { company: ['Dellmira Brandt|p'] }, SAID, 'Dellmira Brandt', 'person'],
    [
      'not a listed name flagged as a common word',
      { company: ['Dellmira Brandt|w'] },
      SAID,
      'Dellmira Brandt',
      'person',
    ],
    [
      'not against a title',
      { company: ['Dellmira Brandt'] },
      'Chairman Dellmira Brandt said on Tuesday the firm had hired 40 engineers.',
      'Dellmira Brandt',
      'person',
    ],
    [
      'not against "Mr."',
      { company: ['Dellmira Brandt'] },
      'Mr. Dellmira Brandt said on Tuesday the firm had hired 40 engineers.',
      'Dellmira Brandt',
      'person',
    ],
    [
      'not where the name starts with a first name',
      { company: ['Jan Olsen'] },
      'Jan Olsen said on Tuesday it had hired 40 engineers.',
      'Jan Olsen',
      'person',
    ],
    [
      'not against several forms of a person the article uses',
      { company: ['Dellmira Brandt'] },
      'Dellmira Brandt said on Tuesday. Brandt added that Dellmira Brandt would grow. Brandt smiled.',
      'Dellmira Brandt',
      'person',
    ],
  ])('%s', (_, file, text, name, type) => {
    expect(typeOf(text, name, file)).toBe(type);
  });

  it('leaves the same texts to the tagger without a gazetteer', () => {
    expect(typeOf(SAID, 'Dellmira Brandt', false)).toBe('person');
    expect(typeOf(SAID, 'Dellmira Brandt', {})).toBe('person');
    expect(typeOf('Shares in Hollin Teaworks fell.', 'Hollin Teaworks', {})).toBe('place');
    expect(typeOf('Talks with Vantry collapsed on Monday.', 'Vantry', {})).toBe('person');
  });
});

describe('findListedOrganisations (listed names the tagger and the rules missed)', () => {
  const gazetteer = orgGazetteerOf({
    company: [
      'Quorvane Tessaly',
      'Hollin Teaworks',
      'Hollin',
      'KESTRAL',
      'Bright Star|c',
      'Vell Mardan|n',
      'Orrin Bay|p',
    ],
    university: ['University of Quorvane'],
    club: ['Vantry Athletic', 'Vantry'],
  });
  const listed = (text: string, capitals = false, taken: Cluster[] = []) =>
    findListedOrganisations(analyseDocument(text), taken, { gazetteer: () => gazetteer, capitals })
      .slice(taken.length)
      .map((c) => [c.name, c.type, c.occurrences.length]);

  it.each<[string, string, boolean, [string, string, number][]]>([
    [
      'two words or more, each occurrence',
      'Shares in Hollin Teaworks fell; Hollin Teaworks said so.',
      false,
      [['Hollin Teaworks', 'group', 2]],
    ],
    [
      'the longest listed name',
      'He studied at University of Quorvane.',
      false,
      [['University of Quorvane', 'group', 1]],
    ],
    ['not one word in mixed case', 'Shares in Hollin fell, and Vantry won.', false, []],
    ['one word in capitals only when asked', 'Analysts at KESTRAL expect growth.', false, []],
    ['one word in capitals when asked', 'Analysts at KESTRAL expect growth.', true, [['KESTRAL', 'group', 1]]],
    ['not a phrase of common words', 'A Bright Star rose.', false, []],
    ['not one flagged as a first name or a place', 'Vell Mardan and Orrin Bay met.', false, []],
    ['not on an all-caps headline line', 'SHARES IN HOLLIN TEAWORKS FELL\nThe market fell.', false, []],
    ['not in lower case', 'the hollin teaworks way', false, []],
  ])('%s', (_, text, capitals, expected) => {
    expect(listed(text, capitals)).toEqual(expected);
  });

  it('leaves the names already found alone', () => {
    const text = 'Shares in Hollin Teaworks fell.';
    const ctx = analyseDocument(text);
    const first = ctx.tokens.findIndex((t) => t.text === 'Hollin');
    const taken = [
      {
        forms: new Map([['Hollin Teaworks', 1]]),
        occurrences: [
          {
            first,
            last: first + 1,
            start: ctx.tokens[first]!.start,
            end: ctx.tokens[first + 1]!.end,
            text: 'Hollin Teaworks',
            headline: false,
            dateline: false,
            demonymGroup: false,
            scores: { person: 1, group: 0, place: 0 },
          },
        ],
        scores: { person: 1, group: 0, place: 0 },
        type: 'person' as const,
        name: 'Hollin Teaworks',
        roles: [],
      },
    ];
    expect(listed(text, false, taken)).toEqual([]);
  });
});
