import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../scripts/extract/index.ts';
import { bundleWorker } from '../../scripts/parallel/bundleWorker.ts';
import { extractArticles, startExtractors } from '../../scripts/parallel/extractArticles.ts';
import type { Article } from '../../scripts/core/types/article.ts';
import { shipped } from '../helpers/model.ts';

const article = (id: string, text: string): Article => ({
  id,
  source: `${id}.txt`,
  format: 'txt',
  title: id,
  text,
  prose: text,
  bodyLine: 1,
});

const PLACES = ['Kandahar', 'Basra', 'Aleppo', 'Nairobi', 'Geneva', 'Kampala'];
const corpus = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    article(
      `a${i}`,
      `Officials in ${PLACES[i % PLACES.length]} met envoys of the United Nations on Monday, article ${i}.`,
    ),
  );

describe('extractArticles', () => {
  it.each([
    ['in this thread', 1],
    ['in worker threads', 2],
  ])(
    'gives the same extractions %s as extractEntities, in article order',
    async (_, workers) => {
      const articles = corpus(12);
      const { extractions } = await extractArticles(articles, { workers, minArticlesPerWorker: 3 });
      expect(extractions).toEqual(articles.map((a) => extractEntities(a.prose, { model: shipped })));
    },
    60_000,
  );

  it.each([
    ['from the TypeScript sources, through tsx', false],
    ['from the bundle', true],
  ])(
    'workers started before the articles are known, %s, give what extractEntities gives',
    async (_, bundled) => {
      const articles = corpus(8);
      const extractors = startExtractors(2, bundled ? await bundleWorker() : undefined);
      const { extractions } = await extractArticles(articles, { workers: 2, minArticlesPerWorker: 3, extractors });
      expect(extractions).toEqual(articles.map((a) => extractEntities(a.prose, { model: shipped })));
    },
    60_000,
  );

  it('in worker threads, caches every extraction as it comes and tells the progress once per article', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'dossier-cache-'));
    const articles = corpus(9);
    const heard: [number, number][] = [];
    const first = await extractArticles(articles, {
      cacheDir,
      workers: 2,
      minArticlesPerWorker: 3,
      onProgress: (done, total) => heard.push([done, total]),
    });
    expect(first.cached).toBe(0);
    expect(heard).toEqual(articles.map((_, i) => [i + 1, 9]));
    // every extraction is in the cache: a second run, in this thread, extracts nothing and gives the same
    const again = await extractArticles(articles, { cacheDir, workers: 1 });
    expect(again.cached).toBe(9);
    expect(again.extractions).toEqual(first.extractions);
  }, 60_000);

  it('caches by text and extractor version: a second run extracts nothing, a changed article is extracted again', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'dossier-cache-'));
    const articles = corpus(5);
    expect((await extractArticles(articles, { cacheDir, workers: 1 })).cached).toBe(0);
    expect((await extractArticles(articles, { cacheDir, workers: 1 })).cached).toBe(5);
    const changed = [...articles.slice(0, 4), article('a4', 'Talks in Oslo resumed.')];
    const again = await extractArticles(changed, { cacheDir, workers: 1 });
    expect(again.cached).toBe(4);
    expect(again.extractions[4]!.entities.map((e) => e.name)).toEqual(['Oslo']);
  });

  it('an article in a language extraction does not read gets no entities, even when its text is in the cache', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'dossier-cache-'));
    const text = 'Officials in Geneva met envoys of the United Nations on Monday.';
    // first built as English (say, before its language was known): extracted and cached
    const first = await extractArticles([article('g', text)], { cacheDir, workers: 1 });
    expect(first.extractions[0]!.entities.length).toBeGreaterThan(0);
    const foreign = { ...article('g', text), language: 'de' };
    const again = await extractArticles([foreign, article('h', 'Talks in Oslo resumed.')], { cacheDir, workers: 1 });
    expect(again.extractions[0]!.entities).toEqual([]);
    expect(again.extractions[0]!.sentences.length).toBeGreaterThan(0);
    expect(again.extractions[1]!.entities.map((e) => e.name)).toEqual(['Oslo']);
    expect(again.cached).toBe(0);
  });

  it('extracts and caches identical texts once', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'dossier-cache-'));
    const same = [article('x', 'Talks in Oslo resumed.'), article('y', 'Talks in Oslo resumed.')];
    const { extractions } = await extractArticles(same, { cacheDir, workers: 1 });
    expect(extractions[0]).toEqual(extractions[1]);
    const files = (await readdir(cacheDir, { recursive: true })).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(1);
  });
});
