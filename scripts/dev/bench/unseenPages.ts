/**
 * `npx tsx scripts/dev/bench/unseenPages.ts [--top N] [--say N] [--json FILE]`: the saved pages no rule was written on
 * and no gold covers — those of ../shared/data/web-pages with no declared language, and the English ones outside the
 * saved-pages sample (under 500 characters, or not read as an article) — loaded as a build loads them, the English
 * ones (as the loader detects them) run through the pipeline. Prints the most-mentioned entities of each type with a
 * few of their mention sentences, and the count of entities per page: for judging spurious pages by eye, without gold.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadFiles } from '../../load/loadArticles.ts';
import { runPipeline } from '../../pipeline.ts';
import { loadTagger } from '../../context.ts';
import type { Article } from '../../core/types/article.ts';
import { sampleWebPages } from '../corpora/webPageSample.ts';
import { WEB_PAGES_DIR } from '../corpora/webPages.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const top = flag('--top', 30);
const say = flag('--say', 3);
const jsonAt = args.indexOf('--json');

const index = JSON.parse(readFileSync(path.join(WEB_PAGES_DIR, 'evaldata.json'), 'utf8')) as Record<
  string,
  { file: string; lang?: string }
>;
// every page of the sample (dev, dev2, dev3 and the test sets): none of them is unseen
const sampled = new Set((await sampleWebPages({ count: 10_000 })).map((p) => p.file));
const files = Object.values(index)
  .filter((e) => !sampled.has(e.file) && (/^en\b/i.test(e.lang ?? '') || !/^[a-z]{2}\b/i.test(e.lang ?? '')))
  .map((e) => e.file)
  .sort();
const root = path.join(WEB_PAGES_DIR, 'pages');
const { articles: loaded } = await loadFiles(
  files.map((f) => path.join(root, f)),
  root,
);
const articles: Article[] = loaded
  .filter((a) => a.language === undefined || a.language === 'en')
  .map((a) => ({ ...a, id: a.source.replace(/\.html?$/i, '') }));
const { kb } = runPipeline(articles, { model: loadTagger().model });
const texts = new Map(articles.map((a) => [a.id, a.text]));

/** The sentence around a mention, on one line, the mention in brackets. */
const sentence = (article: string, start: number, end: number) => {
  const text = texts.get(article) ?? '';
  const from = Math.max(0, start - 70);
  const to = Math.min(text.length, end + 70);
  return `${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, to)}`.replace(/\s+/g, ' ').trim();
};

console.log(`${files.length} unseen pages loaded, ${articles.length} English: ${kb.entities.length} entities\n`);
for (const type of ['person', 'group', 'place'] as const) {
  const ranked = kb.entities
    .filter((e) => e.type === type)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .slice(0, top);
  console.log(`## ${type}: the ${ranked.length} most mentioned`);
  for (const e of ranked) {
    const pages = new Set(e.mentions.map((m) => m.article));
    console.log(`- ${e.name} (${e.mentions.length} mentions, ${pages.size} pages)`);
    for (const m of e.mentions.slice(0, say)) console.log(`    ${m.article}: ${sentence(m.article, m.start, m.end)}`);
  }
  console.log('');
}
const perPage = new Map(articles.map((a) => [a.id, 0]));
for (const e of kb.entities)
  for (const page of new Set(e.mentions.map((m) => m.article))) perPage.set(page, (perPage.get(page) ?? 0) + 1);
console.log('## entities per page');
for (const [page, n] of [...perPage].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
  console.log(`${String(n).padStart(4)}  ${page}`);
if (jsonAt >= 0) {
  const out = kb.entities.map((e) => ({
    name: e.name,
    type: e.type,
    mentions: e.mentions.map((m) => ({ article: m.article, start: m.start, end: m.end })),
  }));
  writeFileSync(args[jsonAt + 1]!, JSON.stringify(out));
}
