import { describe, expect, it } from 'vitest';
import { articleListPages, letterOf } from '../../../scripts/site/listPages.ts';
import { timeline } from '../../../layouts/parts/timeline.ts';

describe('indexes', () => {
  it('articles newest first, undated last, with year and outlet pages', () => {
    const a = (id: string, date?: string, outlet?: string) => ({
      id,
      title: id,
      url: `/articles/${id}/`,
      source: `${id}.md`,
      ...(date ? { date } : {}),
      ...(outlet ? { outlet } : {}),
    });
    const pages = articleListPages([
      a('x'),
      a('old', '2019-05-01', 'Reuters'),
      a('new', '2021-02-03', 'Voice of America'),
      a('mid', '2021-01-01', 'Reuters'),
    ]);
    expect(pages.map((p) => [p.url, p.ids])).toEqual([
      ['/articles/', ['new', 'mid', 'old', 'x']],
      ['/articles/years/2021/', ['new', 'mid']],
      ['/articles/years/2019/', ['old']],
      ['/articles/outlets/reuters/', ['mid', 'old']],
      ['/articles/outlets/voice-of-america/', ['new']],
    ]);
  });

  it.each([
    ['Ángela', 'A'],
    ['al-Sadr', 'A'],
    ['"Quoted"', 'Q'],
    ['42nd Street', '#'],
    ['Łódź', '#'],
    ['zed', 'Z'],
  ])('%s is filed under %s', (name, letter) => {
    expect(letterOf(name)).toBe(letter);
  });

  it('a timeline counts mentions per month from first to last, undated apart', () => {
    // dates of a month without a day are drawn by month (a few weeks of days would be drawn by day)
    const article = new Map([
      ['a', { date: '2021-01' }],
      ['b', { date: '2021-03' }],
      ['c', {}],
    ]) as never;
    const t = timeline(
      {
        articles: [
          { id: 'a', count: 2 },
          { id: 'b', count: 1 },
          { id: 'c', count: 5 },
        ],
      },
      { article },
    );
    expect(t).toEqual({
      bars: [
        { period: '2021-01', mentions: 2 },
        { period: '2021-02', mentions: 0 },
        { period: '2021-03', mentions: 1 },
      ],
      first: '2021-01',
      last: '2021-03',
      unit: 'month',
      undatedArticles: 1,
    });
  });
});
