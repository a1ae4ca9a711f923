import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../scripts/extract/analyse/analyseDocument.ts';
import { extractEntities } from '../../../scripts/extract/index.ts';
import { trimClock } from '../../../scripts/extract/rules/trimClock.ts';
import { splitAtSeparators, trimAddress, trimUsualCase } from '../../../scripts/extract/tagger/stack.ts';
import { shipped } from '../../helpers/model.ts';
import type { EntityType } from '../../../scripts/core/types/common.ts';

/**
 * Classes of error seen on saved web pages of every kind of story (issue "Entities across the breadth of news"), on
 * the whole extractor, with texts of our own: each row the text, names that must be found, names that must not.
 */
const names = (text: string) =>
  extractEntities(text, { model: shipped }).entities.flatMap((e) => [e.name, ...e.aliases]);

describe('names do not run across separators, schedules or headings', () => {
  it.each<[string, string, string[], string[]]>([
    [
      "an interview's speaker label",
      'Marla Quisenby leads the design team at Brevik Tallmor.\n\nMarla: Brevik Tallmor started in 2017 with a small staff.',
      ['Brevik Tallmor'],
      ['Marla: Brevik Tallmor', 'Marla: Brevik'],
    ],
    [
      'a bullet between two names',
      'The cast was announced on Friday.\n\nOdessa Pelling • Tobin Marsh',
      [],
      ['Odessa Pelling • Tobin Marsh'],
    ],
    [
      'a slash between two names',
      'The lead role went to Fenna/Odile in the film, the studio said.',
      [],
      ['Fenna/Odile'],
    ],
    [
      "a schedule's clock marker and its entry word",
      'Zorva lives near the river.\n\n9:00 AM Leaves the trailer and walks to the square.\n\n4:00 PM Visits Zorva at the mill.',
      [],
      ['AM Leaves', 'Leaves', 'PM Visits', 'Visits Zorva', 'AM', 'PM'],
    ],
    [
      "a heading's ordinary words at the end of a name",
      'Drellix is a trading platform. Its fees are low and its features are simple.\n\nDrellix Pro Unique Features\n\nThe unique features include alerts.',
      [],
      ['Drellix Pro Unique Features'],
    ],
    [
      'a heading made of a plant and ordinary words',
      'The quellbloom is a climbing plant with a common pest, the looper.\n\nQuellbloom Pest or Disease Problems\n\nThe pest eats the leaves.',
      [],
      ['Quellbloom Pest', 'Quellbloom Pest or Disease Problems'],
    ],
    [
      "a byline's name on a title-case line is kept",
      'Orvin Tallec\n\nThe council voted on Tuesday to close the road, the mayor said.',
      ['Orvin Tallec'],
      [],
    ],
    [
      "a state's postal code in an address is no name (nor Canada, nor a person)",
      'The shop at 12 Elm Street, Quarrytown, MA 02048 opened in May. Another opened in Fresno, CA, last year.',
      ['Quarrytown', 'Fresno'],
      ['MA', 'CA'],
    ],
    [
      'a word written in lower case elsewhere is no name at a sentence start',
      'Alcohol is not allowed on the coaches. Passengers who bring alcohol will be asked to leave, said Jorvik Rail.',
      ['Jorvik Rail'],
      ['Alcohol'],
    ],
  ])('%s', (_label, text, expected, absent) => {
    const found = names(text);
    for (const n of expected) expect(found).toContain(n);
    for (const n of absent) expect(found).not.toContain(n);
  });
});

describe('span helpers', () => {
  const tokens = (text: string, from: string, to: string) => {
    const ctx = analyseDocument(text);
    const first = ctx.tokens.findIndex((t) => t.text === from);
    const last = ctx.tokens.findIndex((t, i) => i >= first && t.text === to);
    return { ctx, first, last };
  };
  const text = (ctx: ReturnType<typeof analyseDocument>, s: { first: number; last: number }) =>
    ctx.text.slice(ctx.tokens[s.first]!.start, ctx.tokens[s.last]!.end);

  it.each([
    ['Marla: Brevik Tallmor', 'Marla', 'Tallmor', ['Marla', 'Brevik Tallmor']],
    ['Pam • Pierre Quade', 'Pam', 'Quade', ['Pam', 'Pierre Quade']],
    ['Jane Roe', 'Jane', 'Roe', ['Jane Roe']],
  ])('splitAtSeparators: %s', (input, from, to, pieces) => {
    const { ctx, first, last } = tokens(input, from, to);
    expect(splitAtSeparators(ctx, first, last).map((p) => text(ctx, p))).toEqual(pieces);
  });

  it.each([
    ['11:00 AM Leaves Carpenter', 'AM', 'Carpenter', 'Carpenter'],
    ['9 PM Jane Roe', 'PM', 'Roe', 'Jane Roe'],
    ['AM Radio Quorn', 'AM', 'Quorn', 'AM Radio Quorn'],
  ])('trimClock: %s', (input, from, to, left) => {
    const { ctx, first, last } = tokens(input, from, to);
    const s = { first, last };
    expect(trimClock(ctx, s) && text(ctx, s)).toBe(left);
  });

  it.each([
    // the word is written in lower case elsewhere in the document
    ['Walking Jane Roe home was slow. She liked walking.', 'Walking', 'Roe', 'Jane Roe'],
    // a given name stays
    ['Will Smith arrived. They will leave.', 'Will', 'Smith', 'Will Smith'],
    // capitalised inside a sentence elsewhere: part of the name
    ['Unique Media bought it. He works for Unique Media now, a unique place.', 'Unique', 'Media', 'Unique Media'],
    // on a title-case line, a common word right after a comma starts a name ("Person, Affiliation" lines)
    ['Signed:\n\nJane Roe, Green Quillby Institute\n\nA green field.', 'Green', 'Institute', 'Green Quillby'],
    ['Signed:\n\nGreen Quillby Institute\n\nA green field.', 'Green', 'Institute', 'Quillby'],
  ])('trimUsualCase: %s', (input, from, to, left) => {
    const { ctx, first, last } = tokens(input, from, to);
    const s = { first, last };
    expect(trimUsualCase(ctx, s) && text(ctx, s)).toBe(left);
  });

  it.each([
    ['Dr Jane Roe spoke.', 'Dr', 'Roe', 'Jane Roe'],
    ['Mrs Roe spoke.', 'Mrs', 'Roe', 'Roe'],
    ['Ms Prof Roe spoke.', 'Ms', 'Roe', 'Roe'],
    // a name of one word is left alone
    ['Dr spoke.', 'Dr', 'Dr', 'Dr'],
    ['Drew Roe spoke.', 'Drew', 'Roe', 'Drew Roe'],
  ])('trimAddress: %s', (input, from, to, left) => {
    const { ctx, first, last } = tokens(input, from, to);
    const s = { first, last };
    trimAddress(ctx, s);
    expect(text(ctx, s)).toBe(left);
  });

  it.each<[string, string, string, EntityType | undefined, string]>([
    // a group's head noun stays at the end of its name on a title-case line
    [
      'Signed:\n\nJane Roe, Quillby Law School\n\nThe school is old.',
      'Quillby',
      'School',
      'group',
      'Quillby Law School',
    ],
    ['Signed:\n\nJane Roe, Quillby Law School\n\nThe school is old.', 'Quillby', 'School', undefined, 'Quillby Law'],
  ])('trimUsualCase by type: %s (%s)', (input, from, to, type, left) => {
    const { ctx, first, last } = tokens(input, from, to);
    const s = { first, last };
    expect(trimUsualCase(ctx, s, type) && text(ctx, s)).toBe(left);
  });
});

describe('identity inside one article', () => {
  const entities = (text: string) =>
    extractEntities(text, { model: shipped })
      .entities.filter((e) => e.type === 'person')
      .map((e) => [e.name, ...new Set(e.mentions.map((m) => m.text))].join(' | '))
      .sort();
  it.each<[string, string, string[]]>([
    [
      'a possessive description and a verb "called" after an apposition merge no one',
      "Quell's lawyer, Robert Tarrant, called Jonah Vexley, Doran Pike's private lawyer, on Tuesday. Pike did not comment.",
      ['Doran Pike | Doran Pike | Pike', 'Jonah Vexley | Jonah Vexley', 'Robert Tarrant | Robert Tarrant'],
    ],
    [
      'a naming "called" still joins the two names',
      'The singer Odile Marchetti, called Dilly by her fans, toured Peru. Marchetti sang for two hours.',
      ['Odile Marchetti | Odile Marchetti | Dilly | Marchetti'],
    ],
    [
      'a surname alone goes to the person the article is about, not to a relative introduced as one',
      'Rex Tillane, the oil executive, met the minister on Monday. His son, Jonah Tillane, works in London. Tillane said the deal was close.',
      ['Jonah Tillane | Jonah Tillane', 'Rex Tillane | Rex Tillane | Tillane'],
    ],
    [
      'two people of a surname, neither a relative: the surname alone stays apart',
      'Rex Tillane met Jonah Tillane on Monday. Tillane said the deal was close.',
      ['Jonah Tillane | Jonah Tillane', 'Rex Tillane | Rex Tillane', 'Tillane | Tillane'],
    ],
    [
      'a first name alone joins the one person of the article with that first name (or a short form of it)',
      'Rexford Tillane, the oil executive, met the minister in Paris on Monday. Later, Rex told reporters the talks went well.',
      ['Rexford Tillane | Rexford Tillane | Rex'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

describe('reference lists', () => {
  const typed = (text: string) =>
    extractEntities(text, { model: shipped }).entities.flatMap((e) =>
      [e.name, ...e.aliases].map((n) => `${e.type}:${n}`),
    );
  const refs = [
    'Colds in the elderly: a cohort study',
    '',
    'Quilby and colleagues first reported the effect in older adults.',
    '',
    'References',
    '',
    '1. Quilby SK, Marrow-Tane E, Tesk J, et al. Colds in older adults. J Clin Quorb. 2013;31:5339-48. [PMID: 24055351] CrossrefGoogle Scholar',
    '',
    '2. Varnell IM Jr and Quilby SK. Strategy for a vaccine. Am J Vorbid. 2005;161:303-6.',
    '',
    '3. Dremmick, A. B., & Holloway, C. (2019). A title of the paper. Quarterly Journal of Vorbs, 12(3), 45–67.',
  ].join('\n');
  it.each<[string, string]>([
    ['person:Quilby SK', 'a Vancouver author'],
    ['person:Marrow-Tane E', 'a hyphenated surname'],
    ['person:Varnell IM Jr', 'a generation'],
    ['person:Dremmick, A. B.', 'an APA author'],
  ])('finds %s (%s)', (name) => {
    expect(typed(refs)).toContain(name);
  });
  it.each<[string, string]>([
    ['J Clin Quorb', 'a journal abbreviation'],
    ['Am J Vorbid', 'another'],
    ['PMID', 'an identifier'],
    ['CrossrefGoogle Scholar', 'a link label'],
  ])('finds no %s (%s)', (name) => {
    expect(typed(refs).filter((n) => n.endsWith(`:${name}`))).toEqual([]);
  });
});
