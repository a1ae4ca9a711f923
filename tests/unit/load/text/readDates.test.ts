import { describe, expect, it } from 'vitest';
import {
  dateInUrl,
  datelineText,
  isPlausibleDate,
  latestDate,
  parseDate,
  pickDate,
} from '../../../../scripts/load/text/readDates.ts';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('parseDate', () => {
  it.each([
    ['ISO date', '2019-11-19', '2019-11-19'],
    ['ISO with UTC time', '2019-11-19T07:09:00Z', '2019-11-19'],
    ['ISO late evening west of UTC keeps the day written', '2019-11-19T23:30:00-05:00', '2019-11-19'],
    ['ISO early morning east of UTC keeps the day written', '2019-11-20T01:30:00+09:00', '2019-11-20'],
    ['ISO with milliseconds and +0000', '2019-11-19T07:09:00.000+0000', '2019-11-19'],
    ['date and time with a space', '2019-11-19 07:09:00', '2019-11-19'],
    ['day month year GMT', '19 Nov 2019 07:09 GMT', '2019-11-19'],
    ['month day, year', 'November 19, 2019', '2019-11-19'],
    ['RFC 2822', 'Tue, 19 Nov 2019 23:30:00 -0500', '2019-11-19'],
    ['dotted European', '19.11.2019', '2019-11-19'],
    ['dotted is day.month.year', '06.10.2023, 11:00', '2023-10-06'],
    ['slashed, US order', '11/19/2019', '2019-11-19'],
    ['slashed, day first when over 12', '19/11/2019', '2019-11-19'],
    ['compact digits', '20191119', '2019-11-19'],
    ['with a weekday and a time', 'Tuesday, November 19th, 2019 at 11:30 PM EST', '2019-11-19'],
    ['placeholder year 1', '0001-01-01T00:00:00', '0001-01-01'],
  ])('%s: %s → %s', (_, value, expected) => {
    expect(parseDate(value)).toBe(expected);
  });

  it.each([
    ['a relative time', '3 hours ago'],
    ['a word', 'yesterday'],
    ['no year', 'Nov 19'],
    ['a bare year', '2019'],
    ['a number', '12345'],
    ['eight digits that are no day', '20191345'],
    ['an impossible day', '2019-02-30'],
    ['an impossible dotted day', '31.02.2019'],
    ['empty', '  '],
    ['not text', 42],
  ])('%s (%s) is not a date', (_, value) => {
    expect(parseDate(value)).toBeUndefined();
  });
});

describe('isPlausibleDate', () => {
  it.each([
    ['0001-01-01', false],
    ['1799-12-31', false],
    ['1800-01-01', true],
    ['2026-06-01', true],
    ['2027-12-31', true],
    ['2028-01-01', false],
    ['2028-06-01', false],
  ])('%s → %s (now 2026-06-01)', (iso, plausible) => {
    expect(isPlausibleDate(iso, NOW)).toBe(plausible);
  });

  it('ends with next year', () => {
    expect(latestDate(NOW)).toBe('2027-12-31');
  });
});

describe('pickDate', () => {
  it.each([
    ['the first plausible wins', ['2019-11-19', '2018-01-01'], '2019-11-19', 0],
    ['year 1 falls back to the next source', ['0001-01-01', '2018-01-01'], '2018-01-01', 1],
    ['1799 falls back', ['1799-05-05', 'March 3, 2017'], '2017-03-03', 1],
    ['next year + 2 falls back', ['2028-03-03', '2020-02-02'], '2020-02-02', 1],
    ['what is no date is skipped silently', ['soon', '2020-02-02'], '2020-02-02', 0],
    ['nothing plausible: undated', ['0001-01-01', '9999-12-31'], undefined, 2],
  ])('%s', (_, values, date, implausible) => {
    const picked = pickDate(
      values.map((value, i) => ({ from: `source ${i}`, value })),
      NOW,
    );
    expect(picked.date).toBe(date);
    expect(picked.implausible).toHaveLength(implausible);
  });

  it('names the source and the value of an implausible date', () => {
    const { implausible } = pickDate([{ from: 'JSON-LD datePublished', value: '0001-01-01' }], NOW);
    expect(implausible[0]).toContain('JSON-LD datePublished');
    expect(implausible[0]).toContain('"0001-01-01"');
  });
});

describe('dateInUrl', () => {
  it.each([
    ['https://kordova.example/2019/11/19/talks-resume', '2019-11-19'],
    ['https://kordova.example/news/2019/1/9/talks', '2019-01-09'],
    ['https://kordova.example/2019-11-19/talks', '2019-11-19'],
    ['https://kordova.example/news/2019-11-19-talks-resume.html', '2019-11-19'],
    ['https://kordova.example/news/20191119/talks', '2019-11-19'],
    ['https://kordova.example/news/talks-20191119.html', '2019-11-19'],
    ['https://kordova.example/2019/11/talks', undefined],
    ['https://kordova.example/story/123456789', undefined],
    ['https://kordova.example/2019/13/45/talks', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, expected) => {
    expect(dateInUrl(url)).toBe(expected);
  });
});

describe('datelineText', () => {
  it.each([
    ['Published November 19, 2019', 'November 19, 2019'],
    ['Posted on 19 Nov 2019', '19 Nov 2019'],
    ['Updated: 11:30 PM ET Nov. 19, 2019', '11:30 PM ET Nov. 19, 2019'],
    ['Last updated 2019-11-19', '2019-11-19'],
    ['Written: 2019-11-19 15:03 / Updated: 2019-11-19 15:30', '2019-11-19 15:03 / Updated: 2019-11-19 15:30'],
    ['Veröffentlicht am: 06.10.2023', '06.10.2023'],
    ['Publicado el 6/10/2023', '6/10/2023'],
    ['Publié le 06.10.2023', '06.10.2023'],
    ['Mis à jour le 06.10.2023', '06.10.2023'],
    ['Publishers in Port Eslin agreed', undefined],
    ['Postedness', undefined],
    ['A long paragraph that begins differently', undefined],
  ])('%s → %s', (line, expected) => {
    expect(datelineText(line)).toBe(expected);
  });
});
