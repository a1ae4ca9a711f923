/**
 * How fast a raw Pagefind query answers in a real browser (Debian's Chromium), on a built site.
 *
 *   npm run bench:search -- --articles 1000        generate the synthetic corpus, build it, measure
 *   npm run bench:search -- --site _site            measure an existing build
 *
 * For each query (the names of the most and of some less mentioned entities, from kb.json) it times
 * `pagefind.search(q)` (every part of the index merged) plus loading the first five results' data, as the search page does. The first
 * query of a fresh page is reported apart: it also fetches the index chunks it needs.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runBuild } from '../../build.ts';
import { launchChromium } from '../browser/chromium.ts';
import { readConfig } from '../../config.ts';
import { serveSite } from '../../serve/serveSite.ts';
import { writeBundle } from '../../write/index.ts';
import type { KnowledgeBase } from '../../core/types/kb.ts';
import { generateCorpus } from '../corpora/synthetic.ts';

const { values } = parseArgs({
  options: { articles: { type: 'string' }, site: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
if (!values.articles && !values.site) {
  process.stderr.write('usage: npm run bench:search -- --articles N | --site DIR\n');
  process.exit(2);
}

let tmp: string | undefined;
let siteDir = values.site ? path.resolve(values.site) : '';
if (values.articles) {
  tmp = await mkdtemp(path.join(tmpdir(), 'dossier-search-bench-'));
  const content = path.join(tmp, 'content');
  await writeBundle(content, generateCorpus({ articles: Number(values.articles), seed: Number(values.seed) }));
  siteDir = path.join(tmp, 'site');
  process.stderr.write(`building ${values.articles} articles…\n`);
  await runBuild(readConfig({ CONTENT_DIR: content, OUTPUT_DIR: siteDir }), {
    log: () => {},
    cacheDir: path.join(tmp, 'cache'),
  });
}

const kb = JSON.parse(await readFile(path.join(siteDir, 'kb.json'), 'utf8')) as KnowledgeBase;
const byMentions = [...kb.entities].sort((a, b) => b.mentions.length - a.mentions.length);
const queries = [
  ...byMentions.slice(0, 5),
  ...byMentions.filter((_, i) => i % Math.max(1, Math.floor(byMentions.length / 10)) === 0).slice(1, 6),
].map((e) => e.name);

const { url, close } = await serveSite(siteDir);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${url}search/`);
  const times = await page.evaluate(async (qs: string[]) => {
    const t = performance.now();
    const pagefind = await import('/pagefind/pagefind.js' as string);
    // the index is in parts (scripts/write/indexSite.ts): merged as the search page merges them
    const { parts } = (await (await fetch('/pagefind/parts.json')).json()) as { parts: string[] };
    await Promise.all(parts.map((part) => pagefind.mergeIndex(`/pagefind/${part}`)));
    await pagefind.init();
    const out: { query: string; ms: number; results: number }[] = [
      { query: '(import + init)', ms: performance.now() - t, results: 0 },
    ];
    // A query for a word no page has: what the first real query pays once (the WebAssembly start-up).
    const w = performance.now();
    await pagefind.search('qqqqzzzz');
    out.push({ query: '(warm-up, no match)', ms: performance.now() - w, results: 0 });
    for (const query of qs) {
      const t0 = performance.now();
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
      out.push({ query, ms: performance.now() - t0, results: search.results.length });
    }
    return out;
  }, queries);
  const [init, warmUp, first, ...rest] = times;
  const warm = rest.map((t) => t.ms).sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)] ?? 0;
  const report = [
    `Pagefind query in Chromium on ${kb.articles.length} articles (${kb.entities.length} entities):`,
    ...times.map(
      (t) =>
        `  ${t.query.startsWith('(') ? t.query.padEnd(28) : JSON.stringify(t.query).padEnd(28)} ${t.ms.toFixed(1).padStart(7)} ms  ${t.results} results`,
    ),
    `load and init ${init!.ms.toFixed(1)} ms, warm-up ${warmUp!.ms.toFixed(1)} ms; first real query ${first!.ms.toFixed(1)} ms; then median ${median.toFixed(1)} ms, max ${Math.max(...warm).toFixed(1)} ms`,
  ];
  process.stdout.write(`${report.join('\n')}\n`);
} finally {
  await browser.close();
  await close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
}
