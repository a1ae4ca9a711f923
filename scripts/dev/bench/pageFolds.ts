/**
 * `npm run bench:page-folds [-- --variants 1,2,4,1o]`: whether training on saved pages helps pages the tagger has
 * not seen. Three folds over the dev page gold sets (never a test set): the tagger is trained on the news corpus and
 * two of the sets, and the third is scored with the same strict entity scoring as `bench:identity`. Each variant is
 * a page weight (how many times an epoch visits each page); a trailing "o" trains the pages as fully labelled (a
 * token outside the gold is O) instead of partly (O or MISC). The first row is the shipped model; "news" is news only.
 */
import { parseArgs } from 'node:util';
import { sha256 } from '../corpora/pool.ts';
import { runPipeline } from '../../pipeline.ts';
import { scoreIdentity } from '../corpora/scoreIdentity.ts';
import { loadTagger } from '../../context.ts';
import { goldArticles, readGoldSet } from '../corpora/readGold.ts';
import { poolWordStats, readCorpus } from '../train/readCorpus.ts';
import { DEV_PAGE_SETS, projectGold, refuseTestSet } from '../train/readPageCorpus.ts';
import { prepare, trainModel, type Prepared } from '../train/trainTagger.ts';
import type { TaggerModel } from '../../extract/tagger/model.ts';

const { values } = parseArgs({ options: { variants: { type: 'string', default: 'news,1' } } });

const t0 = performance.now();
const corpus = readCorpus();
const words = poolWordStats(new Set(corpus.filter((d) => d.split === 'dev').map((d) => d.id)));
const news = corpus
  .filter((d) => d.split === 'train')
  .sort((a, b) => (sha256(a.id) < sha256(b.id) ? -1 : 1))
  .map((d) => prepare(d, true, words));
const sets = await Promise.all(
  DEV_PAGE_SETS.map(async (file) => {
    const gold = readGoldSet(file);
    refuseTestSet(gold, file);
    const articles = await goldArticles(gold, file);
    const docs = projectGold(gold, file, articles);
    return { file, gold, articles, docs, prepared: docs.map((d) => prepare(d, true, words)) };
  }),
);
process.stderr.write(`features ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);

const f = (n: number) => n.toFixed(3);
function score(set: (typeof sets)[number], model: TaggerModel | null) {
  const { kb } = runPipeline(set.articles, { model });
  const s = scoreIdentity(set.gold, new Map(set.articles.map((a) => [a.id, a.text])), kb.entities);
  return `${f(s.f1)} (P ${f(s.precision)}, R ${f(s.recall)})`;
}

console.log(`| model | ${sets.map((s) => `${s.gold.name} held out`).join(' | ')} | train s |`);
console.log(`|---|${sets.map(() => '---|').join('')}---|`);
console.log(`| shipped | ${sets.map((s) => score(s, loadTagger().model)).join(' | ')} | |`);
for (const variant of values.variants.split(',')) {
  const t = performance.now();
  const repeats = variant === 'news' ? 0 : Number.parseInt(variant, 10);
  const full = variant.endsWith('o') ? { partial: false } : {};
  const cells = sets.map((held) => {
    const pages: Prepared[] = sets
      .filter((s) => s !== held)
      .flatMap((s) => s.prepared)
      .map((p) => ({ ...p, ...full, ...(repeats === 1 ? {} : { repeats }) }));
    const model = trainModel(repeats ? [...news, ...pages] : news, {}, words);
    return score(held, model);
  });
  console.log(`| ${variant} | ${cells.join(' | ')} | ${((performance.now() - t) / 1000).toFixed(0)} |`);
}
