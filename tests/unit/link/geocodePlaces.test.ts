import { describe, expect, it } from 'vitest';
import { geocodePlace, type ArticleContext } from '../../../scripts/link/geocodePlaces.ts';
import type { EntityType } from '../../../scripts/core/types/common.ts';

const ctx = (countries: string[] = [], regions: { country: string; admin: string }[] = []): ArticleContext => ({
  countries: new Set(countries),
  regions,
});

describe('geocoding needs evidence', () => {
  it.each<[string, string, string[], EntityType, ArticleContext[], string[], [number, number] | undefined]>([
    // rule, name, aliases, type, article contexts, surnames in the same articles, expected [lat, lon] (to 0 decimals) or none
    ['a 2-letter all-caps token is not a country: TV (Tuvalu)', 'TV', [], 'place', [ctx()], [], undefined],
    ['a 2-letter all-caps token is not a country: VA (Vatican)', 'VA', [], 'place', [ctx()], [], undefined],
    ['a 2-letter all-caps token is not a country: ID (Indonesia)', 'ID', [], 'place', [ctx()], [], undefined],
    ['US is a code people write', 'US', [], 'place', [ctx()], [], [38, -97]],
    ['a 2-letter code with a longer name for the place', 'UK', ['United Kingdom'], 'place', [ctx()], [], [54, -2]],
    ['a country is placed where it is', 'Russia', [], 'place', [ctx()], [], [60, 100]],
    ['persons are never geocoded', 'Paris', [], 'person', [ctx()], [], undefined],
    ['groups are never geocoded', 'Moscow', [], 'group', [ctx()], [], undefined],
    [
      'a country named in the article wins: St. Petersburg, Russia',
      'St. Petersburg',
      [],
      'place',
      [ctx(['RU'])],
      [],
      [60, 30],
    ],
    [
      'a country named in the article wins: St. Petersburg, US',
      'St. Petersburg',
      [],
      'place',
      [ctx(['US'])],
      [],
      [28, -83],
    ],
    [
      'a US state named in the article wins: Springfield, Illinois',
      'Springfield',
      [],
      'place',
      [ctx(['US'], [{ country: 'US', admin: 'IL' }])],
      [],
      [40, -90],
    ],
    ['without context, the most populous: Springfield, Missouri', 'Springfield', [], 'place', [ctx()], [], [37, -93]],
    ['a small common-word town without support', 'Pleasant View', [], 'place', [ctx()], [], undefined],
    ['a town that is the surname of a person in the article', 'Carson', [], 'place', [ctx()], ['carson'], undefined],
    ['the same town without that person', 'Carson', [], 'place', [ctx()], [], [34, -118]],
    [
      'a surname town with its country named in the article',
      'Carson',
      [],
      'place',
      [ctx(['US'])],
      ['carson'],
      [34, -118],
    ],
    ['a tiny town needs support', 'Tuvalu Hill', [], 'place', [ctx()], [], undefined],
    ['an unknown name has no coordinates', 'Qwxyzville', [], 'place', [ctx()], [], undefined],
  ])('%s', (_, name, aliases, type, contexts, surnames, expected) => {
    const geo = geocodePlace({ name, aliases, type, contexts, surnames: new Set(surnames) });
    expect(geo ? [Math.round(geo.lat), Math.round(geo.lon)] : undefined).toEqual(expected);
  });
});

describe('transliterations', () => {
  it.each([
    ['Raqqa', 36, 39],
    ['Fallujah', 33, 44],
    ['Mosul', 36, 43],
  ])('%s is found', (name, lat, lon) => {
    const geo = geocodePlace({ name, aliases: [], type: 'place', contexts: [ctx()], surnames: new Set() });
    expect(geo && [Math.round(geo.lat), Math.round(geo.lon)]).toEqual([lat, lon]);
  });
});
