import { describe, expect, it } from 'vitest';
import { MAX_BARS, timeline, timelineSvg, type TimelineUnit } from '../../../../layouts/parts/timeline.ts';
import type { SiteArticle } from '../../../../scripts/core/types/site.ts';

/** An entity named once in an article of each date (undefined: an undated article). */
function timelineOf(dates: (string | undefined)[]) {
  const article = new Map(
    dates.map((date, i) => [`a${i}`, { id: `a${i}`, ...(date ? { date } : {}) } as SiteArticle] as const),
  );
  return timeline({ articles: dates.map((_, i) => ({ id: `a${i}`, count: 1 })) }, { article });
}

const WELL_FORMED: Record<TimelineUnit, RegExp> = {
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  year: /^\d{4}$/,
  decade: /^\d{3}0$/,
  century: /^\d{2}00$/,
  millennium: /^\d+000$/,
};

describe('timeline', () => {
  it.each<[string, string[], TimelineUnit, number, string, string]>([
    ['one day', ['2021-03-04'], 'month', 1, '2021-03', '2021-03'],
    ['one day in year 1', ['0001-01-01'], 'month', 1, '0001-01', '0001-01'],
    ['one day in year 9999', ['9999-12-31'], 'month', 1, '9999-12', '9999-12'],
    ['two days of year 1', ['0001-01-01', '0001-01-01'], 'month', 1, '0001-01', '0001-01'],
    ['year 1, three months', ['0001-01-01', '0001-03-30'], 'month', 3, '0001-01', '0001-03'],
    ['across a new year', ['2020-11-02', '2021-02-01'], 'month', 4, '2020-11', '2021-02'],
    ['3 years', ['2019-01-01', '2021-12-31'], 'month', 36, '2019-01', '2021-12'],
    ['5 years', ['2017-01-01', '2021-12-31'], 'year', 5, '2017', '2021'],
    ['100 years', ['1922-05-01', '2021-05-01'], 'year', 100, '1922', '2021'],
    ['200 years', ['1821-05-01', '2021-05-01'], 'decade', 21, '1820', '2020'],
    ['year 1 to 2021', ['0001-01-01', '2021-05-01'], 'century', 21, '0000', '2000'],
    ['9998 years', ['0001-01-01', '9999-12-31'], 'century', 100, '0000', '9900'],
    ['9999 years', ['0000-06-01', '9999-12-31'], 'century', 100, '0000', '9900'],
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
    const order = t.bars.map((b) => Number(b.period.replace('-', '')));
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(new Set(t.bars.map((b) => b.period)).size).toBe(t.bars.length);
    expect(t.bars.reduce((n, b) => n + b.mentions, 0)).toBe(dates.length);
  });

  it('counts undated articles apart and draws nothing without dates', () => {
    expect(timelineOf([undefined, undefined])).toEqual({ bars: [], unit: 'month', undatedArticles: 2 });
    const t = timelineOf(['2021-03-04', undefined]);
    expect(t.undatedArticles).toBe(1);
    expect(t.bars).toEqual([{ period: '2021-03', mentions: 1 }]);
  });

  it('uses the dates in order whatever the order of the articles', () => {
    const t = timelineOf(['2021-05-01', '2021-03-04', '2021-04-10']);
    expect([t.first, t.last]).toEqual(['2021-03-04', '2021-05-01']);
    expect(t.bars.map((b) => b.mentions)).toEqual([1, 1, 1]);
  });

  it.each<[string, string[], string[]]>([
    ['one day in year 1', ['0001-01-01'], ['Mentions per month, January 0001 to January 0001', '1 January 0001']],
    ['year 9999', ['9999-12-31'], ['December 9999', '31 December 9999']],
    ['two centuries', ['1821-05-01', '2021-05-01'], ['Mentions per decade, 1820s to 2020s']],
    ['9998 years', ['0001-01-01', '9999-12-31'], ['Mentions per century, 0000–0099 to 9900–9999']],
    ['two months', ['2021-03-04', '2021-04-01'], ['Mentions per month, March 2021 to April 2021', '4 March 2021']],
  ])('draws %s', (_, dates, texts) => {
    const svg = timelineSvg(timelineOf(dates), 'tl').value;
    for (const text of texts) expect(svg).toContain(text);
    expect(svg.length).toBeLessThan(40_000);
  });
});
