/**
 * `npx tsx scripts/dev/bench/extractStage.ts [--articles N] [--workers W] [--seed S] [--cache] [--early] [--single]`:
 * the build's load and extract stages alone (`loadArticles`, then `extractArticles`, every article extracted; with
 * `--cache` into a new cache folder) on the synthetic corpus of `npm run bench`, timed together in wall and CPU time
 * (the process's, worker threads included), with the characters extracted; `--early` starts the workers before the
 * articles are read, as a cold build does. `--single` also times
 * the extractor in this thread over the same texts (one warm-up pass, then the best of 2), for the rate a core gives
 * once the code is warm.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadTagger } from '../../context.ts';
import { extractEntities } from '../../extract/index.ts';
import { loadArticles } from '../../load/index.ts';
import { extractArticles, startExtractors } from '../../parallel/extractArticles.ts';
import { writeBundle } from '../../write/index.ts';
import { generateCorpus } from '../corpora/synthetic.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    workers: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    single: { type: 'boolean', default: false },
    cache: { type: 'boolean', default: false },
    early: { type: 'boolean', default: false },
  },
});
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const dir = await mkdtemp(path.join(os.tmpdir(), 'dossier-extract-'));
try {
  const contentDir = path.join(dir, 'content');
  await writeBundle(contentDir, generateCorpus({ articles: Number(values.articles), seed: Number(values.seed) }));
  const w0 = performance.now();
  const c0 = cpu();
  // as a cold build does: the workers load the extractor while this thread reads the articles
  const extractors = values.early ? startExtractors(Number(values.workers)) : undefined;
  const { articles } = await loadArticles(contentDir);
  const loaded = performance.now() - w0;
  const chars = articles.reduce((n, a) => n + a.prose.length, 0);
  console.log(`${articles.length} articles, ${chars} characters of prose, read in ${(loaded / 1000).toFixed(2)} s`);
  let first = 0;
  const out = await extractArticles(articles, {
    workers: Number(values.workers),
    cacheDir: values.cache ? path.join(dir, 'cache') : undefined,
    extractors,
    onProgress: (done) => {
      if (done === 1) first = performance.now() - w0;
    },
  });
  const wall = performance.now() - w0;
  const used = cpu() - c0;
  console.log(
    `read + extract, ${values.workers} workers${values.early ? ' started first' : ''}: ${(wall / 1000).toFixed(2)} s wall, ${(used / 1000).toFixed(2)} s CPU; first result after ${(first / 1000).toFixed(2)} s; ${Math.round(chars / (wall / 1000))} chars/s wall, ${Math.round(chars / (used / 1000))} chars/s a CPU second; ${out.extractions.length} extractions`,
  );
  if (values.single) {
    const { model } = loadTagger();
    for (let p = 0; p < 3; p++) {
      const s0 = cpu();
      for (const a of articles) extractEntities(a.prose, { model });
      const ms = cpu() - s0;
      console.log(
        `this thread, pass ${p}: ${(ms / 1000).toFixed(2)} s CPU, ${Math.round(chars / (ms / 1000))} chars/s`,
      );
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
