/**
 * `npm run bench:identity [-- --json] [--errors]`: cross-article identity on our corpus-level gold sets
 * (data/corpus-gold/*.json; the texts are read from ../shared/data/open-news, or for `"source": "web-pages"` the saved
 * pages of ../shared/data/web-pages as a build loads them, checked by sha256). A set marked `"test": true` shows its
 * figures but never its errors, even with --errors: it is for measuring, not for reading.
 * Strict scoring (scripts/dev/bench/scoreIdentity.ts): entity F1 and the share of mentions on the right page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readPool, sha256 } from '../corpora/pool.ts';
import { parseArticle } from '../../load/loadArticles.ts';
import { runPipeline } from '../../pipeline.ts';
import type { Article } from '../../core/types/article.ts';
import type { Warning } from '../../core/types/common.ts';
import { type GoldSet, scoreIdentity, TOP } from '../corpora/scoreIdentity.ts';
import { loadTagger } from '../../context.ts';
import { sampleWebPages } from '../corpora/webPageSample.ts';

const GOLD_DIR = path.resolve(import.meta.dirname, '../../../data/corpus-gold');
const args = process.argv.slice(2);
const pool = new Map(readPool().map((d) => [d.id, d]));

const fmt = (n: number) => n.toFixed(3);
const results = [];
for (const file of readdirSync(GOLD_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const gold = JSON.parse(readFileSync(path.join(GOLD_DIR, file), 'utf8')) as GoldSet;
  const articles: Article[] = [];
  const warnings: Warning[] = [];
  if (gold.source === 'web-pages') {
    // saved pages, read as a build reads them; the gold names each page by its file and the sha256 of its bytes
    const sample = new Map((await sampleWebPages(gold.sample)).map((p) => [p.article.id, p]));
    for (const { id, sha256: hash } of gold.docs) {
      const page = sample.get(id);
      if (!page) throw new Error(`${file}: page ${id} is not in the saved-pages sample`);
      if (page.sha256 !== hash)
        throw new Error(`${file}: page ${id} changed (sha256 differs): the gold no longer applies`);
      articles.push(page.article);
    }
  }
  for (const { id, sha256: hash } of gold.source === 'web-pages' ? [] : gold.docs) {
    const doc = pool.get(id);
    if (!doc) throw new Error(`${file}: document ${id} is not in the open-news pool`);
    if (sha256(doc.text) !== hash)
      throw new Error(`${file}: document ${id} changed (sha256 differs): the gold no longer applies`);
    const parsed = parseArticle(`${id}.txt`, new TextEncoder().encode(doc.text), warnings);
    if (parsed) articles.push({ id, ...parsed });
  }
  const t0 = performance.now();
  const { kb } = runPipeline(articles, { model: loadTagger().model });
  const ms = performance.now() - t0;
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const score = scoreIdentity(gold, texts, kb.entities);
  results.push({ set: gold.name, test: gold.test === true, docs: articles.length, ms, ...score });
}

if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
else {
  console.log(
    '| set | documents | gold entities | pages | right | P | R | entity F1 | gold mentions | on the right page |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.set} | ${r.docs} | ${r.gold} | ${r.pages} | ${r.right} | ${fmt(r.precision)} | ${fmt(r.recall)} | **${fmt(r.f1)}** | ${r.mentions} | ${(100 * r.mentionShare).toFixed(1)}% |`,
    );
  }
  for (const r of results) {
    const junk = r.top.map((t) => `${t.junk.length} of ${t.pages} ${t.type}`).join(', ');
    console.log(`${r.set}: among the ${TOP} most-mentioned pages of each type, no gold entity's: ${junk}`);
    if (args.includes('--errors') && !r.test)
      for (const t of r.top) if (t.junk.length) console.log(`  ${t.type}: ${t.junk.join(' · ')}`);
  }
  if (args.includes('--errors')) {
    // a test set's errors stay unread: reading them to write rules would make it one more dev set
    for (const r of results.filter((x) => !x.test)) {
      console.log(`\n${r.set}: gold entities wrong (${r.errors.length})`);
      for (const e of r.errors) console.log(`  ${e.entity}: ${e.problem}`);
      console.log(`${r.set}: pages that are no gold entity's (${r.spurious.length}): ${r.spurious.join(', ')}`);
    }
  }
}
