import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { dropThings } from '../../../../scripts/extract/rules/dropThings.ts';

type Type = 'person' | 'group' | 'place';

/** Every occurrence of the words of `name` in `text`, as the layers' occurrences. */
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

/** What the layer keeps of a cluster of `type` made of every occurrence of each of `names` in `text`. */
const run = (text: string, names: string[], type: Type, place?: { kind: string; name: string }) => {
  const ctx = analyseDocument(text);
  const occurrences = names.flatMap((n) => occurrencesOf(text, n));
  expect(occurrences.length).toBeGreaterThan(0);
  const forms = new Map<string, number>();
  for (const o of occurrences) forms.set(o.text, (forms.get(o.text) ?? 0) + 1);
  return dropThings(ctx, [{ type, forms, occurrences, ...(place ? { place } : {}) }]);
};
const kept = (text: string, names: string[], type: Type) => run(text, names, type).length === 1;

describe('dropThings: things the tagger takes for names', () => {
  it.each<[string, string, string[], Type, boolean]>([
    // a name glued to a compound's head: MISC (guidelines, rule 7)
    ['a town glued to "-based"', 'A Varnholm-based lawyer spoke.', ['Varnholm'], 'place', false],
    ['a town glued to "-area" inside the mention', 'Her Varnholm-area seat went.', ['Varnholm-area'], 'place', false],
    ['a hyphenated given name', 'Wong Kwok-hung spoke. Wong Kwok-hung left.', ['Wong Kwok'], 'person', true],
    ['a town on its own', 'A lawyer from Varnholm spoke.', ['Varnholm'], 'place', true],
    // identifiers in code
    ['a name in an environment variable', 'Set QUILLO_API_URL and QUILLO_KEY first.', ['QUILLO'], 'group', false],
    // job titles
    ['a job title', 'Ann Vask is the Senior Editor for the daily.', ['Senior Editor'], 'group', false],
    [
      'a title before a name',
      'On hand was Varnholm Veterinarian Dr. Ann Vask.',
      ['Varnholm Veterinarian'],
      'person',
      false,
    ],
    ['a body ending in a plural', 'The Varnholm Volunteers met.', ['Varnholm Volunteers'], 'group', true],
    // items with counts
    ['an ingredient with a count', 'Cooking Turnip (1) Barley (2) Sugar (1)', ['Turnip'], 'person', false],
    ['a player with a count, no common word', 'Penalties: Vaskelund (2), Orrin (3).', ['Vaskelund'], 'person', true],
    ['a lone count', 'We were cooking Turnip (1) today.', ['Turnip'], 'person', true],
    // words the page writes in lower case
    [
      'a plant the page also writes in lower case',
      'Zorblat care is easy. The zorblat is a showy plant. Water the Zorblat weekly.',
      ['Zorblat'],
      'group',
      false,
    ],
    [
      'a tool the page runs in lower case',
      'Quillex Desktop runs on Linux. Type quillex run to start Quillex.',
      ['Quillex Desktop', 'Quillex'],
      'person',
      false,
    ],
    [
      'a lower-case word only in a domain',
      'Zorblat said it grew; see zorblat.com for more.',
      ['Zorblat'],
      'group',
      true,
    ],
    ['a lower-case word only in a handle', 'Zorblat said it grew (@zorblat).', ['Zorblat'], 'group', true],
    ['a first name', 'Ann Vask said so. Later ann was quoted.', ['Ann'], 'person', true],
    ['a first name starting sentences', 'Ann said so. Ann left. The ann was full.', ['Ann'], 'person', true],
    // things named after an owner
    ['a thing after a common word’s possessive', 'He has a Rabbit’s Foot in his bag.', ['Foot'], 'person', false],
    ['"Where’s" is no owner', 'Where’s Waldo this year?', ['Waldo'], 'person', true],
    ['a name after a name’s possessive', 'Varnholm’s Quillex grew.', ['Quillex'], 'group', true],
    // words capitalised by their position only
    ['a word of headings only', 'Tuesday (Sunny Weather)\nIt was a sunny day.', ['Sunny'], 'group', false],
    [
      'a word capitalised inside a sentence too',
      'Sunny left.\nIt was a sunny day when we met Sunny there.',
      ['Sunny'],
      'person',
      true,
    ],
    // plans, deals, bills
    [
      'a deal for somewhere',
      'The Green Deal for Varnholm (GDV) is a plan.',
      ['Green Deal for Varnholm', 'GDV'],
      'group',
      false,
    ],
    ['a bill with its number', 'The legislature passed Senate Bill 10 in May.', ['Senate Bill'], 'group', false],
    ['a body named "Bill" without a number', 'The Senate Bill group met.', ['Senate Bill'], 'group', true],
    // words that are no names
    ['an interjection', 'Hello. Ummm... the weather.', ['Ummm'], 'place', false],
    ['a contraction', 'Roots Platter This’ll get you digging.', ['This’ll'], 'person', false],
    ['weekdays', 'She sits with Maru on Sundays and Mondays.', ['Sundays and Mondays'], 'group', false],
    ['a paper called "Sun"', 'The Sun newspaper said so.', ['Sun'], 'group', true],
    // labels of phone numbers
    [
      'a phone number’s label',
      'Call 0800 0158 124 (Quillphone) or 0345 744 4422 (Quillphone).',
      ['Quillphone'],
      'place',
      false,
    ],
    ['a town in brackets after a name', 'Ann Vask (Varnholm) won in 10.2 seconds.', ['Varnholm'], 'place', true],
    ['a town in brackets after a score', 'He won 10 (Varnholm) yesterday.', ['Varnholm'], 'place', true],
    // common words among capitals
    ['a common word in a list of items', 'Best Gifts: Diamond Ruby Melon Turnip Pie', ['Melon'], 'person', false],
    ['a common word that acts', 'Best Gifts: Diamond Melon. Melon said no.', ['Melon'], 'person', true],
    ['a common word after a title', 'President Melon Speaks Today', ['Melon'], 'person', true],
    ['a first name among capitals', 'Best Gifts: Diamond Rob Quillo Melon', ['Rob'], 'person', true],
  ])('%s', (_label, text, names, type, expected) => {
    expect(kept(text, names, type)).toBe(expected);
  });

  it('keeps a place the gazetteer knows, even written in lower case', () => {
    const text = 'Zorblat care is easy. The zorblat is a showy plant.';
    expect(run(text, ['Zorblat'], 'place', { kind: 'city', name: 'Zorblat' })).toHaveLength(1);
  });

  it('drops only the occurrence glued to a compound’s head', () => {
    const text = 'A Varnholm-based lawyer spoke. He lives in Varnholm.';
    const out = run(text, ['Varnholm'], 'place');
    expect(out).toHaveLength(1);
    expect(out[0]!.occurrences).toHaveLength(1);
    expect(out[0]!.occurrences[0]!.start).toBe(text.lastIndexOf('Varnholm'));
  });

  it('does nothing with every class off', () => {
    const text = 'Ann Vask is the Senior Editor for the daily.';
    const ctx = analyseDocument(text);
    const occurrences = occurrencesOf(text, 'Senior Editor');
    const cluster = { type: 'group', forms: new Map([['Senior Editor', 1]]), occurrences };
    const off = {
      hyphenSuffixes: false,
      identifiers: false,
      jobTitles: false,
      quantityItems: false,
      lowerCaseElsewhere: false,
      possessiveThings: false,
      positionalCaps: false,
      programmes: false,
      words: false,
      listedWords: false,
      phoneLabels: false,
    };
    expect(dropThings(ctx, [cluster], off)).toHaveLength(1);
  });
});
