import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { dropCommonRuns } from '../../../../scripts/extract/rules/dropCommonRuns.ts';

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
  return { ctx, out };
};

/** What the layer keeps of a cluster of `type` made of every occurrence of each of `names` in `text`. */
const run = (text: string, names: string[], type: Type, place?: { kind: string; name: string }) => {
  const ctx = analyseDocument(text);
  const occurrences = names.flatMap((n) => occurrencesOf(text, n).out);
  expect(occurrences.length).toBeGreaterThan(0);
  const forms = new Map<string, number>();
  for (const o of occurrences) forms.set(o.text, (forms.get(o.text) ?? 0) + 1);
  return dropCommonRuns(ctx, [{ type, forms, occurrences, roles: [], ...(place ? { place } : {}) }]);
};
const kept = (text: string, names: string[], type: Type = 'person') => run(text, names, type).length === 1;

describe('dropCommonRuns: runs of common words', () => {
  it.each<[string, string, string[], Type, boolean]>([
    [
      'a dish in a list, taken for a person',
      'Best gifts: Pickled Turnip (2) and Sugar (1). Cooking Pickled Turnip takes a day.',
      ['Pickled Turnip'],
      'person',
      false,
    ],
    [
      'a menu entry and its last word alone',
      'Call Copper Kettle for help. Kettle is open on Sundays.',
      ['Copper Kettle', 'Kettle'],
      'person',
      false,
    ],
    ['a person with a first name', 'Arthur Kettle was there. Arthur Kettle left.', ['Arthur Kettle'], 'person', true],
    ['a person with a word that is no common word', 'Copper Vaskelund spoke.', ['Copper Vaskelund'], 'person', true],
    ['a name that speaks', 'Copper Kettle said the plan was sound.', ['Copper Kettle'], 'person', true],
    ['a name introduced with "who"', 'Copper Kettle, who won twice, left.', ['Copper Kettle'], 'person', true],
    ['a body of common words', 'Copper Kettle hired staff; the kettle was full.', ['Copper Kettle'], 'group', true],
    ['a name with the head of a body', 'The Copper Kettle Council met.', ['Copper Kettle Council'], 'person', true],
    ['one word alone', 'Kettle was there, by the kettle.', ['Kettle'], 'person', true],
    [
      'a place of common words the text writes in lower case',
      'We walked to Copper Kettle. The copper kettle sang.',
      ['Copper Kettle'],
      'place',
      false,
    ],
    [
      'a place of common words the text never writes in lower case',
      'We walked to Copper Kettle.',
      ['Copper Kettle'],
      'place',
      true,
    ],
  ])('%s', (_label, text, names, type, expected) => {
    expect(kept(text, names, type)).toBe(expected);
  });

  it('keeps a place the gazetteer knows', () => {
    const text = 'We walked to Copper Kettle. The copper kettle sang.';
    expect(run(text, ['Copper Kettle'], 'place', { kind: 'city', name: 'Copper Kettle' })).toHaveLength(1);
  });
});

describe('dropCommonRuns: fragments, handles, honorifics, codes', () => {
  it.each<[string, string, string[], Type, boolean]>([
    [
      'a unit after a degree sign, and the month it leaves',
      'Warming reached 2.4°C. This October was warm. October ended.',
      ['C. This October', 'October'],
      'person',
      false,
    ],
    [
      'a name beside the month it leaves',
      'We met Orrin Vask in October. Orrin Vask left.',
      ['Orrin Vask'],
      'person',
      true,
    ],
    [
      'a name with the next sentence’s pronoun',
      'Quillo Soup It is salty. Try it.',
      ['Quillo Soup It'],
      'person',
      false,
    ],
    ['a name starting with "of"', 'Welcome to the capital of Varnholm Bay today.', ['of Varnholm Bay'], 'place', false],
    ['a name starting with "&"', 'Soil & Transplanting\n\nDig deep.', ['& Transplanting'], 'group', false],
    ['a name ending in "to"', 'Is it poisonous? Poisonous to cats.', ['Poisonous to'], 'group', false],
    ['a name ending in a bracket', 'Family: Vesna (mother)', ['Vesna ('], 'person', false],
    ['a name ending in a capitalised word', 'Quillo Soup It Works is a shop.', ['Quillo Soup It'], 'group', true],
    [
      'a name ending in a pronoun before a full stop',
      'A shelf from Quillo With This.',
      ['Quillo With This'],
      'group',
      true,
    ],
    [
      'a name ending in a pronoun at a line’s end',
      'Made by Quillo With This\nMore soon.',
      ['Quillo With This'],
      'group',
      true,
    ],
    ['a handle', 'Follow her on Twitter: @QuilloFan for news.', ['QuilloFan'], 'person', false],
    ['a hashtag', 'It trended as #QuilloWeek all day.', ['QuilloWeek'], 'group', false],
    ['an e-mail’s domain', 'Write to ed@quillo.com today.', ['quillo.com'], 'group', false],
    ['a name written with no @ before it', 'QuilloFan wrote back.', ['QuilloFan'], 'person', true],
    ['an honorific alone', 'The Honourable Vaskelund spoke.', ['Honourable'], 'person', false],
    ['a company suffix alone', 'It is owned by Quillo Global, Inc., and sold.', ['Inc.'], 'group', false],
    ['an acronym that is also a suffix', 'The SA marched, and the SA grew.', ['SA'], 'group', true],
    ['a word glued to a number', 'Vesna’s Review8/10 was kind.', ['Review8'], 'group', false],
    ['a name with a number after a space', 'Vesna’s Review 8 was kind.', ['Review'], 'group', true],
    ['a demonym alone', 'Two Norwegian officials and a Norwegian envoy met.', ['Norwegian'], 'group', false],
    ['a language name alone', 'A Swahili newspaper and a Swahili poet wrote.', ['Swahili'], 'person', false],
    ['a body named with a demonym first', 'The Norwegian Quillo Union met.', ['Norwegian Quillo Union'], 'group', true],
    ['a country code that stands for something else', 'It was on TV and on TV again.', ['TV'], 'place', false],
    ['a country code whose country the text names', 'Tuvalu (TV) voted. TV said no.', ['TV'], 'place', true],
    ['a code kept in running text', 'The US said so.', ['US'], 'place', true],
    ['a country code that names a body', 'The TV said no.', ['TV'], 'group', true],
    ['a currency prefix', 'Bail was set at US$ 20,000 and US$5,000.', ['US'], 'place', false],
    ['a two-letter currency prefix', 'It cost NZ$40 in all.', ['NZ'], 'place', false],
    ['a code before a space and a dollar sign', 'The US $20 bill changed.', ['US'], 'place', true],
  ])('%s', (_label, text, names, type, expected) => {
    expect(kept(text, names, type)).toBe(expected);
  });

  it('drops a currency prefix but keeps the place’s other mentions', () => {
    const text = 'Bail in Varnland was US$ 900. The US objected.';
    const [c] = run(text, ['US'], 'place');
    expect(c?.occurrences.map((o) => o.start)).toEqual([text.indexOf('US objected')]);
  });

  it('drops the fragment but keeps the name’s other occurrences', () => {
    const text = 'Varnholm Bay is calm. The capital of Varnholm Bay sleeps.';
    const [c] = run(text, ['Varnholm Bay', 'of Varnholm Bay'], 'place');
    expect(c?.occurrences.map((o) => o.text)).toEqual(['Varnholm Bay', 'Varnholm Bay']);
    expect([...(c?.forms.keys() ?? [])]).toEqual(['Varnholm Bay']);
  });
});

describe('dropCommonRuns: acronyms used as common nouns (isThingAcronym)', () => {
  it.each<[string, string, boolean]>([
    ['before a noun of devices', 'QXR devices are cheap. QXR is quick.', false],
    ['after "a", with no noun after it', 'A QXR is cheap. The QXR works.', false],
    ['written with a plural "s"', 'Two QXRs were used. QXR works.', false],
    ['after "using"', 'They measured it using QXR.', false],
    ['a body before a noun of people', 'A QXR member spoke. QXR troops left.', true],
    ['a body that speaks', 'QXR devices sold well, QXR said.', true],
    ['a body with a possessive', 'QXR devices sold well; QXR’s chief left.', true],
    ['an acronym with no cue', 'QXR met on Monday in the capital.', true],
  ])('%s', (_label, text, expected) => {
    expect(kept(text, ['QXR'], 'group')).toBe(expected);
  });
});

describe('dropCommonRuns: a numbered list of people keeps a name of common words (numberedPeople)', () => {
  /** Each name its own cluster, typed person; which of them the layer keeps. */
  const keptOf = (text: string, names: string[]) => {
    const ctx = analyseDocument(text);
    const clusters = names.map((n) => {
      const { out } = occurrencesOf(text, n);
      return { type: 'person', forms: new Map([[n, out.length]]), occurrences: out, roles: [] as string[] };
    });
    return dropCommonRuns(ctx, clusters).map((c) => [...c.forms.keys()][0]);
  };
  it.each<[string, string, string[], string[]]>([
    [
      'between two people on numbered lines',
      '60. Jane Roe\n\n61. Copper Kettle\n\n62. Jan Doe\n\nThe list ends.',
      ['Jane Roe', 'Copper Kettle', 'Jan Doe'],
      ['Jane Roe', 'Copper Kettle', 'Jan Doe'],
    ],
    [
      'with one other person only',
      '1. Jane Roe\n\n2. Copper Kettle\n\nThe copper kettle sang.',
      ['Jane Roe', 'Copper Kettle'],
      ['Jane Roe'],
    ],
    [
      'not on a numbered line of its own',
      '1. Jane Roe\n\n2. Jan Doe\n\nWe ate Copper Kettle soup.',
      ['Jane Roe', 'Jan Doe', 'Copper Kettle'],
      ['Jane Roe', 'Jan Doe'],
    ],
  ])('%s', (_label, text, names, expected) => {
    expect(keptOf(text, names)).toEqual(expected);
  });
  it('does not count the cluster itself among the others once an occurrence of it is dropped', () => {
    // "Kettle" after "@" is a handle: the layer keeps a copy of the cluster without it, and the original must not
    // count as a second other person on a numbered line
    const text = '1. Jane Roe\n\n2. Copper Kettle\n\nFollow @Kettle now. The copper kettle sang.';
    const ctx = analyseDocument(text);
    const cluster = (names: string[]) => {
      const occurrences = names.flatMap((n) => occurrencesOf(text, n).out);
      return { type: 'person', forms: new Map(names.map((n) => [n, 1])), occurrences, roles: [] as string[] };
    };
    const kettle = cluster(['Copper Kettle']);
    kettle.occurrences.push(...occurrencesOf(text, 'Kettle').out.filter((o) => text[o.start - 1] === '@'));
    expect(kettle.occurrences).toHaveLength(2);
    const out = dropCommonRuns(ctx, [cluster(['Jane Roe']), kettle]);
    expect(out.map((c) => [...c.forms.keys()][0])).toEqual(['Jane Roe']);
  });
});
