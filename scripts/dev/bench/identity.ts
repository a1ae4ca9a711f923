/**
 * `npm run bench:identity [-- --json] [--errors] [--model FILE] [--sets web-pages-dev2,…]`: cross-article identity on our corpus-level gold sets
 * (data/corpus-gold/*.json; the texts are read from ../shared/data/open-news, or for `"source": "web-pages"` the saved
 * pages of ../shared/data/web-pages as a build loads them, checked by sha256). A set marked `"test": true` shows its
 * figures but never its errors, even with --errors: it is for measuring, not for reading.
 * Strict scoring (scripts/dev/bench/scoreIdentity.ts): entity F1 and the share of mentions on the right page.
 */
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runPipeline } from '../../pipeline.ts';
import { scoreIdentity, TOP } from '../corpora/scoreIdentity.ts';
import { loadTagger } from '../../context.ts';
import { MODEL_FILE } from '../../load/readModel.ts';
import { GOLD_DIR, goldArticles, readGoldSet } from '../corpora/readGold.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    errors: { type: 'boolean', default: false },
    model: { type: 'string', default: MODEL_FILE },
    sets: { type: 'string' },
  },
});
const tagger = loadTagger(values.model);
if (!tagger.model) throw new Error(`${values.model}: ${tagger.problem}`);
const only = values.sets?.split(',');

const fmt = (n: number) => n.toFixed(3);
const results = [];
for (const file of readdirSync(GOLD_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  if (only && !only.some((o) => file === o || file === `${o}.json`)) continue;
  const gold = readGoldSet(file);
  const articles = await goldArticles(gold, file);
  const t0 = performance.now();
  const { kb } = runPipeline(articles, { model: tagger.model });
  const ms = performance.now() - t0;
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const score = scoreIdentity(gold, texts, kb.entities);
  results.push({ set: gold.name, test: gold.test === true, docs: articles.length, ms, ...score });
}

if (values.json) console.log(JSON.stringify(results, null, 2));
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
    if (values.errors && !r.test)
      for (const t of r.top) if (t.junk.length) console.log(`  ${t.type}: ${t.junk.join(' · ')}`);
  }
  if (values.errors) {
    // a test set's errors stay unread: reading them to write rules would make it one more dev set
    for (const r of results.filter((x) => !x.test)) {
      console.log(`\n${r.set}: gold entities wrong (${r.errors.length})`);
      for (const e of r.errors) console.log(`  ${e.entity}: ${e.problem}`);
      console.log(`${r.set}: pages that are no gold entity's (${r.spurious.length}): ${r.spurious.join(', ')}`);
    }
  }
}
