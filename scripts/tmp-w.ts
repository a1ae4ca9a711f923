export {};
import { generateCorpus } from './bench/corpus.ts';
import { extractArticles } from './extractArticles.ts';
const files = generateCorpus({ articles: 400, seed: 1 });
const articles = files.map((f, i) => ({ id: `a${i}`, source: f.path, format: 'md' as const, title: 'x', text: f.content, prose: f.content, bodyLine: 1 }));
for (const workers of [2, 1, 2]) {
  const t0 = performance.now();
  await extractArticles(articles, { workers, minArticlesPerWorker: 100 });
  console.log('workers', workers, Math.round(performance.now() - t0), 'ms');
}
