import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../scripts/extract/analyse/analyseDocument.ts';
import { defaultOptions, ruleClusters } from '../../../scripts/extract/extractEntities.ts';
import { extractEntities } from '../../../scripts/extract/index.ts';
import { retypeCompanies } from '../../../scripts/extract/rules/retypeCompanies.ts';
import { splitAtCommas, splitAtLines, trimEdges } from '../../../scripts/extract/tagger/stack.ts';
import type { EntityType } from '../../../scripts/core/types/common.ts';
import { shipped } from '../../helpers/model.ts';

/**
 * The classes of error seen on real news (issue 11), on the whole extractor (rules + tagger), with sentences of our
 * own. Each row: the text, then [name, type] pairs that must be found, then names that must not be.
 */
const found = (text: string) => extractEntities(text, { model: shipped }).entities.map((e) => [e.name, e.type]);
const names = (text: string) =>
  extractEntities(text, { model: shipped }).entities.flatMap((e) => [e.name, ...e.aliases]);

describe('classes of error seen on real news', () => {
  it.each<[string, string, [string, string][], string[]]>([
    [
      'bare abbreviations without dots',
      'US and UK officials met EU and UN envoys on Monday.',
      [
        ['US', 'place'],
        ['UK', 'place'],
        ['EU', 'group'],
        ['UN', 'group'],
      ],
      [],
    ],
    [
      'one-word institutions',
      'The Senate passed the bill on Monday, while Congress waited.',
      [
        ['Senate', 'group'],
        ['Congress', 'group'],
      ],
      [],
    ],
    [
      'titles and party labels are not part of names',
      'Defense Secretary Jane Roe met Democrat John Doe in Ohio.',
      [
        ['Jane Roe', 'person'],
        ['John Doe', 'person'],
        ['Ohio', 'place'],
      ],
      ['Defense Secretary Jane Roe', 'Democrat John Doe', 'Democrat'],
    ],
    [
      'party labels alone and descriptions are not names',
      'Democratic lawmakers said the Russian government and the American government had talked in Paris.',
      [['Paris', 'place']],
      ['Democratic', 'Russian government', 'American government'],
    ],
    [
      'party members after an institution are not part of its name',
      'Several House of Representatives Republicans said they would vote on Monday.',
      [['House of Representatives', 'group']],
      ['House of Representatives Republicans', 'Republicans'],
    ],
    [
      'a name after a kinship noun is a person',
      "Navalny's brother Oleg and two aides were placed under house arrest in Moscow.",
      [
        ['Oleg', 'person'],
        ['Moscow', 'place'],
      ],
      [],
    ],
    [
      'a state before a party label is a place',
      'Ohio Democrat Jane Quorvel met Senate Majority Leader Tom Hadley on Monday.',
      [
        ['Ohio', 'place'],
        ['Jane Quorvel', 'person'],
        ['Tom Hadley', 'person'],
      ],
      ['Ohio Democrat', 'Democrat'],
    ],
    [
      'contractions and capitalised openers are not entities',
      "I'm sure, Officials said on Tuesday.",
      [],
      ["I'm", 'Officials', 'Tuesday'],
    ],
    [
      'long names are kept whole',
      'Kim Jong-un met envoys in Pyongyang on Monday.',
      [
        ['Kim Jong-un', 'person'],
        ['Pyongyang', 'place'],
      ],
      ['Kim Jong'],
    ],
    [
      'a generational suffix stays with the name, and is another person',
      'President John Doe met his son John Doe Jr. in Ohio.',
      [
        ['John Doe', 'person'],
        ['John Doe Jr.', 'person'],
      ],
      [],
    ],
  ])('%s', (_label, text, expected, absent) => {
    expect(found(text)).toEqual(expect.arrayContaining(expected));
    for (const n of absent) expect(names(text)).not.toContain(n);
  });
});

describe('teams named after places in sports reports', () => {
  const typeOf = (text: string, name: string) =>
    extractEntities(text, { model: shipped }).entities.find((e) => e.name === name || e.aliases.includes(name))?.type;
  it.each([
    [
      'Leicester beat Northampton by an innings and 39 runs on Friday. The captain scored 120 and the match ended early in the season.',
      'Leicester',
      'group',
    ],
    [
      'Leicester beat Northampton by an innings and 39 runs on Friday. The captain scored 120 and the match ended early in the season.',
      'Northampton',
      'group',
    ],
    [
      'Brazil beat Argentina 2-1 in the cup final. The goals came late in the match, the coach said, as the season ended.',
      'Brazil',
      'place',
    ],
    ['Leicester council said on Friday the budget beat forecasts.', 'Leicester', 'place'],
  ])('%j: %s is a %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('companies in business copy', () => {
  const typeOf = (text: string, name: string, companies = true) =>
    extractEntities(text, { model: shipped, companies }).entities.find(
      (e) => e.name === name || e.aliases.includes(name),
    )?.type;
  it.each<[string, string, string]>([
    ['The carmaker Dunmore said profit rose. Dunmore shares rose 3 percent on Tuesday.', 'Dunmore', 'group'],
    [
      'Halvorsen & Brandt said its sales fell. Halvorsen & Brandt shares closed lower on Monday.',
      'Halvorsen & Brandt',
      'group',
    ],
    // a title, "Mr." or a first name keeps a person a person, whatever stands next to the name
    ['Dunmore shares fell, and Dunmore shares rose later.', 'Dunmore', 'group'],
    ['Mr. Dunmore sold Dunmore shares on Monday. Dunmore shares fell after Dunmore spoke.', 'Dunmore', 'person'],
    ['Jane Dunmore sold her stake. Dunmore shares fell, and Dunmore shares rose later.', 'Dunmore', 'person'],
  ])('%j: %s is a %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it('a short form joins the full name of the company it stands for (the rule layers, where it alone decides)', () => {
    const text =
      'The Douglas & Lomason Co said on Friday it would close a mill. Douglas & Lomason said the mill lost money.';
    const of = (companies: boolean) =>
      extractEntities(text, { companies, model: null }).entities.map((e) => [e.type, e.name, ...e.aliases].join(':'));
    expect(of(true)).toContain('group:Douglas & Lomason Co:Douglas & Lomason');
    expect(of(false)).not.toContain('group:Douglas & Lomason Co:Douglas & Lomason');
  });

  it.each<[string, string, EntityType, EntityType]>([
    ['The carmaker Dunmore said profit rose. Dunmore shares rose 3 percent on Tuesday.', 'Dunmore', 'person', 'group'],
    ['Dunmore shares fell on Monday.', 'Dunmore', 'person', 'person'], // one cue is not enough
    [
      'Mr. Dunmore sold Dunmore shares on Monday. Dunmore shares fell after Dunmore spoke.',
      'Dunmore',
      'person',
      'person',
    ],
    ['Mayor Dunmore said Dunmore shares fell.', 'Dunmore', 'place', 'place'],
  ])('retypeCompanies: %j, %s read as a %s → %s', (text, name, before, after) => {
    const ctx = analyseDocument(text);
    const { clusters } = ruleClusters(ctx, defaultOptions);
    const c = clusters.find((x) => x.occurrences.some((o) => o.text === name))!;
    c.type = before;
    c.place = undefined;
    retypeCompanies(ctx, clusters);
    expect(c.type).toBe(after);
  });
});

describe('names do not run across lines that hold a byline or a dateline', () => {
  const mentions = (text: string) =>
    extractEntities(text, { model: shipped }).entities.flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));
  it.each<[string, string[]]>([
    [
      'Trade figures\nMaria Castellanos\nLIMA 2021-03-04\nPeru said exports rose in March.',
      ['person:Maria Castellanos', 'place:LIMA'],
    ],
    [
      'Copper output falls\nBy Tomas Varga\nBRATISLAVA, March 4\nShares of the Slovak miner fell on Friday.',
      ['person:Tomas Varga', 'place:BRATISLAVA'],
    ],
  ])('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expect.arrayContaining(expected));
  });

  // splitAtLines on the tokens of a span, whatever the tagger made of them
  const pieces = (text: string, from: string, to: string) => {
    const ctx = analyseDocument(text);
    const first = ctx.tokens.findIndex((t) => t.text === from);
    const last = ctx.tokens.findIndex((t) => t.text === to);
    return splitAtLines(ctx, first, last).map((p) => text.slice(ctx.tokens[p.first]!.start, ctx.tokens[p.last]!.end));
  };
  it.each<[string, string, string, string[]]>([
    ['Cuts ahead\nMaria Castellanos\nLIMA 2021-03-04\nPeru said so.', 'Maria', 'LIMA', ['Maria Castellanos', 'LIMA']],
    ['By Tomas Varga\nBRATISLAVA, March 4', 'Tomas', 'BRATISLAVA', ['Tomas Varga', 'BRATISLAVA']],
    // a name wrapped inside running text stays whole
    ['The talks were led by Maria\nCastellanos, the envoy, in Lima.', 'Maria', 'Castellanos', ['Maria\nCastellanos']],
    ['the envoy of the United\nNations said', 'United', 'Nations', ['United\nNations']],
  ])('splitAtLines: %j', (text, from, to, expected) => {
    expect(pieces(text, from, to)).toEqual(expected);
  });
});

describe('the edges of a name found by the tagger', () => {
  const span = (text: string, from: string, to: string) => {
    const ctx = analyseDocument(text);
    const first = ctx.tokens.findIndex((t) => t.text === from);
    const last = ctx.tokens.findLastIndex((t) => t.text === to);
    return { ctx, first, last };
  };
  const slice = (ctx: ReturnType<typeof analyseDocument>, p: { first: number; last: number }) =>
    ctx.text.slice(ctx.tokens[p.first]!.start, ctx.tokens[p.last]!.end);
  it.each<[string, string, string, string | null]>([
    ['He said, "[Quorvel] liked it."', '[', ']', 'Quorvel'],
    ['I see Jane Roe …. Yes.', 'Jane', '…', 'Jane Roe'],
    ['Wong Kwok-kin of Zorblat In the east, votes.', 'Zorblat', 'In', 'Zorblat'],
    ['The White House Photo shows it.', 'White', 'Photo', 'White House'],
    ['Alan ( A.J. ) Taylor spoke.', 'Alan', ')', 'Alan ( A.J. )'],
    ['U.S. officials met.', 'U.S.', 'U.S.', 'U.S.'],
    ['A "" B', '"', '"', null],
  ])('trimEdges: %j', (text, from, to, expected) => {
    const { ctx, first, last } = span(text, from, to);
    const s = { first, last };
    const kept = trimEdges(ctx, s);
    expect(kept ? slice(ctx, s) : null).toBe(expected);
  });

  it.each<[string, string, string, string[]]>([
    ['such as Ansel Quorvel, Walker Zorblat, and others', 'Ansel', 'Zorblat', ['Ansel Quorvel', 'Walker Zorblat']],
    ['John Doe, Jr. spoke', 'John', 'Jr.', ['John Doe, Jr.']],
  ])('splitAtCommas: %j', (text, from, to, expected) => {
    const { ctx, first, last } = span(text, from, to);
    expect(splitAtCommas(ctx, first, last).map((p) => slice(ctx, p))).toEqual(expected);
  });
});
