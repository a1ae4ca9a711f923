import { describe, expect, it } from 'vitest';
import type { Article } from '../../../scripts/core/types/article.ts';
import { parseShard, shardArticles } from '../../../scripts/parallel/shardArticles.ts';

const article = (i: number, prose = `Text number ${i}.`): Article =>
  ({ id: `a${i}`, source: `a${i}.md`, prose, text: prose }) as unknown as Article;

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/4', { index: 2, count: 4 }],
    [' 3 / 3 ', { index: 3, count: 3 }],
  ])('%j is %j', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it.each(['0/2', '3/2', '1/0', '1', 'a/b', '1/2/3', '-1/2', ''])('%j is refused', (text) => {
    expect(() => parseShard(text)).toThrow(/--shard/);
  });
});

describe('shardArticles', () => {
  const articles = Array.from({ length: 60 }, (_, i) => article(i));

  it('the shards of N split the articles: each in exactly one, none empty for 60 articles in 3', () => {
    const shares = [1, 2, 3].map((index) => shardArticles(articles, { index, count: 3 }));
    expect(
      shares
        .flat()
        .map((a) => a.id)
        .sort(),
    ).toEqual(articles.map((a) => a.id).sort());
    for (const share of shares) expect(share.length).toBeGreaterThan(0);
  });

  it('an article keeps its shard whatever the order and number of the others', () => {
    const alone = [articles[7]!];
    const wanted = [1, 2, 3].find((index) => shardArticles(alone, { index, count: 3 }).length === 1)!;
    expect(shardArticles([...articles].reverse(), { index: wanted, count: 3 }).map((a) => a.id)).toContain('a7');
  });

  it('articles with the same text fall into the same shard', () => {
    const twins = [article(1, 'Same text.'), article(2, 'Same text.')];
    const shares = [1, 2].map((index) => shardArticles(twins, { index, count: 2 }).length);
    expect(shares.sort()).toEqual([0, 2]);
  });
});
