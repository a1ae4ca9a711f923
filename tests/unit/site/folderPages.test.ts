import { describe, expect, it } from 'vitest';
import type { KbArticle } from '../../../scripts/core/types/kb.ts';
import type { LetterPage } from '../../../scripts/core/types/site.ts';
import { folderPages } from '../../../scripts/site/folderPages.ts';
import { articleListPages } from '../../../scripts/site/listPages.ts';

const article = (id: string, date?: string, outlet?: string) =>
  ({
    id,
    url: `/articles/${id}/`,
    title: `Title of ${id}`,
    ...(date ? { date } : {}),
    ...(outlet ? { outlet } : {}),
  }) as KbArticle;

const urls = (articles: KbArticle[], letters: LetterPage[] = []) =>
  folderPages(articles, articleListPages(articles), letters).map((p) => p.url);

describe('folderPages', () => {
  it.each<[string, KbArticle[], string[]]>([
    ['nothing to index', [article('a')], []],
    [
      'years and outlets',
      [article('a', '2021-03-04', 'Wire'), article('b', '2019-01-01')],
      ['/articles/years/', '/articles/outlets/'],
    ],
    [
      'article folders at every depth',
      [article('2019/x'), article('2019/spring/y'), article('data/news/a-1')],
      ['/articles/2019/', '/articles/2019/spring/', '/articles/data/', '/articles/data/news/'],
    ],
    ['a folder that is also an article keeps the article', [article('report'), article('report/annex')], []],
    ['a folder named like the years index is left to it', [article('years/x', '2020-01-01')], ['/articles/years/']],
  ])('%s', (_, articles, expected) => {
    expect(urls(articles)).toEqual(expected);
  });

  it('lists the subfolders, then the articles, newest first, with counts', () => {
    const pages = folderPages(
      [article('2019/x', '2019-01-01'), article('2019/y', '2019-05-01'), article('2019/spring/z')],
      [],
      [],
    );
    expect(pages[0]!.links).toEqual([
      { url: '/articles/2019/spring/', label: 'spring/', count: 1 },
      { url: '/articles/2019/y/', label: 'Title of 2019/y' },
      { url: '/articles/2019/x/', label: 'Title of 2019/x' },
    ]);
    expect(pages[0]!.intro).toBe('3 articles read from the folder 2019/; folders first, then articles newest first.');
  });

  it('indexes the letters of a long index', () => {
    const letters: LetterPage[] = [
      { type: 'person', letter: 'A', url: '/people/letters/a/', ids: ['a1', 'a2'] },
      { type: 'person', letter: '#', url: '/people/letters/other/', ids: ['x'] },
    ];
    const [page] = folderPages([], [], letters);
    expect(page!.url).toBe('/people/letters/');
    expect(page!.links).toEqual([
      { url: '/people/letters/a/', label: 'A', count: 2 },
      { url: '/people/letters/other/', label: 'Other', count: 1 },
    ]);
  });
});
