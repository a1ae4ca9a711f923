import { describe, expect, it } from 'vitest';
import {
  MAX_BARS,
  READABLE_BARS,
  tickBars,
  timeline,
  timelineSvg,
  type TimelineUnit,
} from '../../../../layouts/parts/timeline.ts';
import type { SiteArticle } from '../../../../scripts/core/types/site.ts';

/** An entity named once in an article of each date (undefined: an undated article). */
function timelineOf(dates: (string | undefined)[]) {
  const article = new Map(
    dates.map((date, i) => [`a${i}`, { id: `a${i}`, ...(date ? { date } : {}) } as SiteArticle] as const),
  );
  return timeline({ articles: dates.map((_, i) => ({ id: `a${i}`, count: 1 })) }, { article });
}

const WELL_FORMED: Record<TimelineUnit, RegExp> = {
  day: /^\d{4}-(0[1-9]|1[0-2])-\d{2}$/,
  week: /^\d{4}-(0[1-9]|1[0-2])-\d{2}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  year: /^\d{4}$/,
  decade: /^\d{3}0$/,
  century: /^\d{2}00$/,
  millennium: /^\d+000$/,
};

describe('timeline', () => {
  it.each<[string, string[], TimelineUnit, number, string, string]>([
    ['one day', ['2021-03-04'], 'day', 1, '2021-03-04', '2021-03-04'],
    ['one day in year 1', ['0001-01-01'], 'day', 1, '0001-01-01', '0001-01-01'],
    ['one day in year 9999', ['9999-12-31'], 'day', 1, '9999-12-31', '9999-12-31'],
    ['two days of year 1', ['0001-01-01', '0001-01-02'], 'day', 2, '0001-01-01', '0001-01-02'],
    ['a month, by day', ['2021-03-01', '2021-03-31'], 'day', 31, '2021-03-01', '2021-03-31'],
    ['60 days, by day', ['2021-01-01', '2021-03-01'], 'day', 60, '2021-01-01', '2021-03-01'],
    ['61 days, by week from the Monday', ['2021-01-01', '2021-03-02'], 'week', 10, '2020-12-28', '2021-03-01'],
    ['year 1, three months, by week', ['0001-01-01', '0001-03-30'], 'week', 13, '0001-01-01', '0001-03-26'],
    ['across a new year, by week', ['2020-11-02', '2021-02-01'], 'week', 14, '2020-11-02', '2021-02-01'],
    ['a year, by week', ['2021-01-04', '2021-12-31'], 'week', 52, '2021-01-04', '2021-12-27'],
    ['two years, by month', ['2020-01-01', '2021-12-31'], 'month', 24, '2020-01', '2021-12'],
    ['dates without a day, by month', ['2021-03', '2021-04'], 'month', 2, '2021-03', '2021-04'],
    ['one day and one month without a day', ['2021-03-04', '2021-03'], 'month', 1, '2021-03', '2021-03'],
    ['3 years', ['2019-01-01', '2021-12-31'], 'month', 36, '2019-01', '2021-12'],
    ['5 years', ['2017-01-01', '2021-12-31'], 'month', 60, '2017-01', '2021-12'],
    ['6 years', ['2016-01-01', '2021-12-31'], 'year', 6, '2016', '2021'],
    ['60 years', ['1962-05-01', '2021-05-01'], 'year', 60, '1962', '2021'],
    ['100 years', ['1922-05-01', '2021-05-01'], 'decade', 11, '1920', '2020'],
    ['200 years', ['1821-05-01', '2021-05-01'], 'decade', 21, '1820', '2020'],
    ['year 1 to 2021', ['0001-01-01', '2021-05-01'], 'century', 21, '0000', '2000'],
    ['9998 years', ['0001-01-01', '9999-12-31'], 'millennium', 10, '0000', '9000'],
    ['120 000 years (not a date load accepts)', ['0001-01-01', '120000-01-01'], 'millennium', 100, '0000', '99000'],
  ])('%s', (_, dates, unit, bars, first, last) => {
    const t = timelineOf(dates);
    expect(t.unit).toBe(unit);
    expect(t.bars).toHaveLength(bars);
    expect(t.bars[0]!.period).toBe(first);
    expect(t.bars.at(-1)!.period).toBe(last);
    expect(t.bars.length).toBeLessThanOrEqual(MAX_BARS);
    for (const b of t.bars) expect(b.period).toMatch(WELL_FORMED[unit]);
    // periods are in order, each once, and every mention is drawn
    const order = t.bars.map((b) => {
      const [y = 0, m = 0, d = 0] = b.period.split('-').map(Number);
      return y * 10_000 + m * 100 + d;
    });
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(new Set(t.bars.map((b) => b.period)).size).toBe(t.bars.length);
    expect(t.bars.reduce((n, b) => n + b.mentions, 0)).toBe(dates.length);
  });

  it('counts undated articles apart and draws nothing without dates', () => {
    expect(timelineOf([undefined, undefined])).toEqual({ bars: [], unit: 'month', undatedArticles: 2 });
    const t = timelineOf(['2021-03-04', undefined]);
    expect(t.undatedArticles).toBe(1);
    expect(t.bars).toEqual([{ period: '2021-03-04', mentions: 1 }]);
  });

  it('uses the dates in order whatever the order of the articles', () => {
    const t = timelineOf(['2021-05-01', '2021-03-04', '2021-04-10']);
    expect([t.first, t.last]).toEqual(['2021-03-04', '2021-05-01']);
    expect(t.bars.map((b) => b.mentions).filter(Boolean)).toEqual([1, 1, 1]);
  });

  it('puts the mentions of a week in the bar of its Monday', () => {
    const t = timelineOf(['2021-03-01', '2021-03-07', '2021-03-08', '2021-04-30']);
    expect(t.unit).toBe('week');
    expect(t.bars.slice(0, 2)).toEqual([
      { period: '2021-03-01', mentions: 2 },
      { period: '2021-03-08', mentions: 1 },
    ]);
  });

  it('stays within READABLE_BARS for any span of ten thousand articles', () => {
    const dates = Array.from({ length: 10_000 }, (_, i) => {
      const d = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000 * 0.7);
      return d.toISOString().slice(0, 10);
    });
    const t = timelineOf(dates);
    expect(t.unit).toBe('year');
    expect(t.bars.length).toBeLessThanOrEqual(READABLE_BARS);
    expect(t.bars.reduce((n, b) => n + b.mentions, 0)).toBe(10_000);
  });

  it.each<[number, number[]]>([
    [1, [0]],
    [3, [0, 1, 2]],
    [4, [0, 1, 2, 3]],
    [10, [0, 3, 6, 9]],
    [60, [0, 20, 39, 59]],
  ])('labels %i bars on the axis at %j', (count, ticks) => {
    expect(tickBars(count)).toEqual(ticks);
  });

  it.each<[string, string[], string[]]>([
    ['one day in year 1', ['0001-01-01'], ['Mentions per day, 1 January 0001 to 1 January 0001', '1 Jan 0001']],
    ['year 9999', ['9999-12-31'], ['31 December 9999', '31 Dec 9999']],
    ['two centuries', ['1821-05-01', '2021-05-01'], ['Mentions per decade, 1820s to 2020s', 'one bar a decade']],
    ['9998 years', ['0001-01-01', '9999-12-31'], ['Mentions per millennium, 0000–0999 to 9000–9999']],
    [
      'a few weeks',
      ['2021-03-04', '2021-05-20'],
      ['Mentions per week, week of 1 March 2021 to week of 17 May 2021', '1 Mar 2021', 'one bar a week'],
    ],
    [
      'two years',
      ['2019-03-04', '2021-04-01'],
      ['Mentions per month, March 2019 to April 2021', 'Mar 2019', 'Apr 2021', '4 March 2019'],
    ],
  ])('draws %s, with its axis labelled', (_, dates, texts) => {
    const svg = timelineSvg(timelineOf(dates), 'tl').value;
    for (const text of texts) expect(svg).toContain(text);
    expect(svg).toMatch(/<text class="scale"[^>]*>\d+ mentions? at most<\/text>/);
    expect(svg.length).toBeLessThan(40_000);
  });

  it('draws one bar no wider than a few pixels, centred', () => {
    const svg = timelineSvg(timelineOf(['2021-03-04']), 'tl').value;
    expect(svg).toContain('<rect x="148.0" y="12.0" width="24.0" height="56.0">');
  });
});
