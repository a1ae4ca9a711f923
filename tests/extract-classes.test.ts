import { describe, expect, it } from 'vitest';
import { extractEntities } from '../scripts/extract/index.ts';

/**
 * The classes of error seen on real news (issue 11), on the whole extractor (rules + tagger), with sentences of our
 * own. Each row: the text, then [name, type] pairs that must be found, then names that must not be.
 */
const found = (text: string) => extractEntities(text).entities.map((e) => [e.name, e.type]);
const names = (text: string) => extractEntities(text).entities.flatMap((e) => [e.name, ...e.aliases]);

describe('classes of error seen on real news', () => {
  it.each<[string, string, [string, string][], string[]]>([
    ['bare abbreviations without dots', 'US and UK officials met EU and UN envoys on Monday.', [['US', 'place'], ['UK', 'place'], ['EU', 'group'], ['UN', 'group']], []],
    ['one-word institutions', 'The Senate passed the bill on Monday, while Congress waited.', [['Senate', 'group'], ['Congress', 'group']], []],
    ['titles and party labels are not part of names', 'Defense Secretary Jane Roe met Democrat John Doe in Ohio.', [['Jane Roe', 'person'], ['John Doe', 'person'], ['Ohio', 'place']], ['Defense Secretary Jane Roe', 'Democrat John Doe', 'Democrat']],
    ['contractions and capitalised openers are not entities', "I'm sure, Officials said on Tuesday.", [], ["I'm", 'Officials', 'Tuesday']],
    ['long names are kept whole', 'Kim Jong-un met envoys in Pyongyang on Monday.', [['Kim Jong-un', 'person'], ['Pyongyang', 'place']], ['Kim Jong']],
    ['a generational suffix stays with the name, and is another person', 'President John Doe met his son John Doe Jr. in Ohio.', [['John Doe', 'person'], ['John Doe Jr.', 'person']], []],
  ])('%s', (_label, text, expected, absent) => {
    expect(found(text)).toEqual(expect.arrayContaining(expected));
    for (const n of absent) expect(names(text)).not.toContain(n);
  });
});

describe('teams named after places in sports reports', () => {
  const typeOf = (text: string, name: string) => extractEntities(text).entities.find((e) => e.name === name || e.aliases.includes(name))?.type;
  it.each([
    ['Leicester beat Northampton by an innings and 39 runs on Friday. The captain scored 120 and the match ended early in the season.', 'Leicester', 'group'],
    ['Leicester beat Northampton by an innings and 39 runs on Friday. The captain scored 120 and the match ended early in the season.', 'Northampton', 'group'],
    ['Brazil beat Argentina 2-1 in the cup final. The goals came late in the match, the coach said, as the season ended.', 'Brazil', 'place'],
    ['Leicester council said on Friday the budget beat forecasts.', 'Leicester', 'place'],
  ])('%j: %s is a %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});
