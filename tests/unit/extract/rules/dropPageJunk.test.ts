import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { dropPageJunk, type Options } from '../../../../scripts/extract/rules/dropPageJunk.ts';
import { extractEntities } from '../../../../scripts/extract/extractEntities.ts';
import { lookupPlace } from '../../../../scripts/lang/gazetteer.ts';

type Type = 'person' | 'group' | 'place';

/** Every occurrence of `name` in `text` (whole words), as the layers' occurrences. */
const occurrencesOf = (text: string, name: string) => {
  const ctx = analyseDocument(text);
  const out: { first: number; last: number; start: number; end: number; text: string }[] = [];
  ctx.tokens.forEach((t, first) => {
    if (!text.startsWith(name, t.start)) return;
    const last = ctx.tokens.findIndex((u) => u.end === t.start + name.length);
    if (last >= first) out.push({ first, last, start: t.start, end: t.start + name.length, text: name });
  });
  return out;
};

/** The occurrences the layer keeps of a cluster of `type` made of every occurrence of each of `names` in `text`. */
const keptOccurrences = (text: string, names: string[], type: Type, options: Partial<Options> = {}, town = '') => {
  const ctx = analyseDocument(text);
  const occurrences = names.flatMap((n) => occurrencesOf(text, n));
  expect(occurrences.length).toBeGreaterThan(0);
  const forms = new Map<string, number>();
  for (const o of occurrences) forms.set(o.text, (forms.get(o.text) ?? 0) + 1);
  const place = town ? lookupPlace(town) : undefined;
  const out = dropPageJunk(ctx, [{ type, forms, occurrences, ...(place ? { place } : {}) }], options);
  return out.length ? out[0]!.occurrences.length : 0;
};
const kept = (text: string, names: string[], type: Type) => keptOccurrences(text, names, type) > 0;

const ROWS = [
  'Image Name Description Source',
  'Zorblat A tangy root used in stews. Foraging - Spring',
  'Quillberry Sought after for its sour taste. Foraging - Fall',
  'Vaskel Plate Full of good things. Cooking Turnip (1) Barley (1)',
  'Orrin Stone A rare and shiny gem. Mining',
].join('\n');

describe('dropPageJunk: what web pages capitalise that names nothing of ours', () => {
  it.each<[string, string, string[], Type, boolean]>([
    // cells of item tables
    ['an item row of a table', ROWS, ['Zorblat A'], 'person', false],
    ['an item row that ran into its description', ROWS, ['Quillberry Sought'], 'person', false],
    [
      'one row alone is no table',
      'Ann Vask A tangy speaker at the fair. Quillo - Spring',
      ['Ann Vask A'],
      'person',
      true,
    ],
    [
      'a squashed list of gifts',
      'Best Gifts: Zorblat Quillberry Melon Turnip Pie Copper Kettle Barley Soup',
      ['Copper Kettle'],
      'person',
      false,
    ],
    [
      'a long run of capitals in a sentence',
      'Outgoing Varnholm Capitol Police Chief Deputy Ann Vask told reporters about it.',
      ['Ann Vask'],
      'person',
      true,
    ],
    // titles of works
    [
      'a film after "the 2001 movie"',
      'Dress as Mia from the 2001 movie The Quillish Diaries.',
      ['Diaries'],
      'group',
      false,
    ],
    [
      'a franchise before "character"',
      'Dress up as this Quill Wars character tonight.',
      ['Quill Wars'],
      'person',
      false,
    ],
    ['a studio before "movie"', 'This Quillex movie just got better.', ['Quillex'], 'group', true],
    ['a one-word name before "character"', 'He drew a Quillex character for the show.', ['Quillex'], 'group', true],
    ['a work that speaks is no work', 'The film Vaskel said nothing. Vaskel said so.', ['Vaskel'], 'person', true],
    // a legislator's party-and-state label
    ['a state in "(D-Calif.)"', 'Then-Rep. Ann Vask (D-Calif.) retired in 1998.', ['Calif'], 'person', false],
    // capitalised adjectives
    [
      'a compass adjective before a noun',
      'It grows in Northern greenhouses and in pots.',
      ['Northern'],
      'place',
      false,
    ],
    [
      'a body adjective before a noun',
      'He led the six-member Congressional delegation.',
      ['Congressional'],
      'group',
      false,
    ],
    ['an adjective-like word that speaks', 'Northern said nothing.', ['Northern'], 'group', true],
    // mass nouns
    [
      'a currency after "some"',
      'If you want to buy some Quillcoin, open an account. Quillcoin is stored.',
      ['Quillcoin'],
      'person',
      false,
    ],
    [
      'a company before its shares',
      'She bought some Quillex shares. Quillex said its profit rose.',
      ['Quillex'],
      'group',
      true,
    ],
    [
      '"any" before a state that is gone',
      'There was no longer any Quillish Union, he said.',
      ['Quillish Union'],
      'place',
      true,
    ],
    // quoted titles
    ['a dance in quotes', 'Learn the "Zorvex Slide" move to get into character.', ['Zorvex Slide'], 'person', false],
    [
      'distributions in quotes',
      'Users of derivatives such as “Zorbuntu” or “Vaskbuntu” should read on.',
      ['Zorbuntu'],
      'group',
      false,
    ],
    ['a nickname inside a name', 'Joaquin "Quill Boss" Vaskez was held.', ['Quill Boss'], 'person', true],
    ['a given name in quotes', 'Before release, Penny was named "Annabel".', ['Annabel'], 'person', true],
    [
      'a name also written without quotes',
      'The "Quillex Forum" met. Quillex Forum members spoke.',
      ['Quillex Forum'],
      'group',
      true,
    ],
    // heading words
    [
      'a heading of common words',
      'Step one\n\n2. Choose the Right Location\n\nPlants like shade.',
      ['Location'],
      'group',
      false,
    ],
    [
      "a heading's words the text capitalises too",
      'Go Home\n\nWe met at Location in town.',
      ['Location'],
      'group',
      true,
    ],
    ['a list line of names', 'Metal voices\n\n52. Rob Vaskel\n\nHe sang.', ['Rob'], 'person', true],
    // things the page defines
    [
      'a network defined as a supercomputer',
      'What is Quillnet?\n\nQuillnet is a global, open-source, decentralized supercomputer that anyone can use.',
      ['Quillnet'],
      'group',
      false,
    ],
    [
      'a company defined as a company',
      'Quillnet is a global software company based in Varnholm.',
      ['Quillnet'],
      'group',
      true,
    ],
    ['a dish in apposition', 'Try Vaskel Pie, a hearty dish of the valley.', ['Vaskel Pie'], 'person', false],
    // nouns of another language
    [
      'a German noun before a German word',
      'The book was written by me - das Zorbuch wurde von mir geschrieben.',
      ['Zorbuch'],
      'person',
      false,
    ],
    ['a name before an English verb', 'Then Vaskel livestreamed the meeting.', ['Vaskel'], 'person', true],
    ['a name before a particle', 'He met Ann Vask de Quillo later.', ['Ann Vask'], 'person', true],
    // common nouns that are given names
    [
      'a fee in a table',
      'Pricing Tier Taker Fee Maker Fee\n\nThe fee is small. A fee will apply. No fee for cards.',
      ['Fee'],
      'person',
      false,
    ],
    [
      'a given name that speaks',
      'Fee said the fee is small. A fee will apply. The fee went up.',
      ['Fee'],
      'person',
      true,
    ],
    [
      'a price label',
      'Price Alerts: set alerts on the price of coins. The price rose and alerts came.',
      ['Price Alerts'],
      'person',
      false,
    ],
  ])('%s', (_label, text, names, type, expected) => {
    expect(kept(text, names, type)).toBe(expected);
  });

  it('drops only the label occurrence of a state and keeps the others', () => {
    const text = 'North Carolina voted. Ann Vask (R-North Carolina) lost. North Carolina counted.';
    expect(keptOccurrences(text, ['North Carolina'], 'place')).toBe(2);
  });

  it.each<[string, string, string, boolean]>([
    [
      'a small town of the name of a common verb',
      'Card Buy: a fee will apply. Buy, sell. You can buy and buy.',
      'Buy',
      false,
    ],
    ['a capital city of the same name is kept', 'Paris. Paris was fun. We love paris and paris.', 'Paris', true],
  ])('%s', (_label, text, town, expected) => {
    expect(keptOccurrences(text, [town], 'group', {}, town) > 0).toBe(expected);
  });

  it('each class can be turned off', () => {
    expect(keptOccurrences(ROWS, ['Zorblat A'], 'person', { itemRows: false })).toBe(1);
    expect(keptOccurrences('Learn the "Zorvex Slide" move.', ['Zorvex Slide'], 'person', { quoted: false })).toBe(1);
  });

  it('runs in the extractor: a quoted dance has no page, the dancer has', () => {
    const text = 'Ann Vask taught the class. Learn the "Zorvex Slide" move, Ann Vask said.';
    const names = extractEntities(text).entities.map((e) => e.name);
    expect(names).toContain('Ann Vask');
    expect(names).not.toContain('Zorvex Slide');
  });
});
