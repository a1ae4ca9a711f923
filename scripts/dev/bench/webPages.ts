/**
 * `npm run bench:pages [-- --json] [--halves] [--errors FILE]` (FILE: the segments Dossier loses that Readability
 * found, and the unwanted segments it keeps): the main text of the saved web pages in
 * ../shared/data/web-pages, scored as trafilatura's evaluation does (scripts/dev/corpora/scoreMainText.ts), for
 * Readability alone (its content as paragraphs: the loader before any cleaning) and for Dossier (readPage, with the
 * clutter removed; a page that pageToArticle refuses, NO_ARTICLE_BODY, counts as no text: the pages refused are listed). The extracted text is the body paragraphs joined by a blank line; the title is added to neither.
 */
import { writeFileSync } from 'node:fs';
import { judgePage, readPage } from '../../load/readers/readHtml.ts';
import { type Counts, type Figures, figures, scorePage } from '../corpora/scoreMainText.ts';
import { halfOf, readabilityParagraphs, readWebPages, type WebPage } from '../corpora/webPages.ts';

const args = process.argv.slice(2);
const pages = readWebPages();

interface Run {
  name: string;
  counts: Counts[];
  texts: string[];
  ms: number;
}

function run(name: string, read: (html: string) => string[]): Run {
  const counts: Counts[] = [];
  const texts: string[] = [];
  for (const page of pages.slice(0, 20)) read(page.html); // warm-up: the first reader timed would pay for the JIT
  const t0 = performance.now();
  for (const page of pages) texts.push(read(page.html).join('\n\n'));
  const ms = performance.now() - t0;
  for (const [i, page] of pages.entries()) counts.push(scorePage(texts[i]!, page));
  return { name, counts, texts, ms };
}

/** What judgePage said of each page (its html as the key): a page it refuses is published with no text. */
const judged = new Map<string, ReturnType<typeof judgePage>>();
const runs = [
  run('Readability alone', readabilityParagraphs),
  run('Dossier', (html) => {
    const page = readPage(html);
    const verdict = judgePage(page);
    judged.set(html, verdict);
    return verdict === 'article' ? page.paragraphs : [];
  }),
];

const subsets: [string, (p: WebPage) => boolean][] = [
  ['all', () => true],
  ['English', (p) => p.lang.startsWith('en')],
];
if (args.includes('--halves'))
  subsets.push(['half A', (p) => halfOf(p.file) === 0], ['half B', (p) => halfOf(p.file) === 1]);

const rows: { reader: string; pages: string; n: number; figures: Figures; pagesPerSecond: number }[] = [];
for (const [label, keep] of subsets)
  for (const r of runs) {
    const chosen = pages.map((p, i) => [p, i] as const).filter(([p]) => keep(p));
    rows.push({
      reader: r.name,
      pages: label,
      n: chosen.length,
      figures: figures(chosen.map(([, i]) => r.counts[i]!)),
      pagesPerSecond: pages.length / (r.ms / 1000),
    });
  }

const errorsAt = args.indexOf('--errors');
if (errorsAt >= 0) {
  const out: string[] = [];
  const [before, after] = runs as [Run, Run];
  const collapse = (t: string) => t.replace(/[\s\u00a0]+/g, ' ').trim();
  const found = (text: string, segment: string) => collapse(text).includes(collapse(segment));
  for (const [i, p] of pages.entries()) {
    const lost = p.with.filter((s) => found(before.texts[i]!, s) && !found(after.texts[i]!, s));
    const kept = p.without.filter((s) => found(after.texts[i]!, s));
    if (lost.length || kept.length)
      out.push(`## ${p.file} (${p.lang})`, ...lost.map((s) => `LOST ${s}`), ...kept.map((s) => `KEPT ${s}`), '');
  }
  writeFileSync(args[errorsAt + 1]!, out.join('\n'));
}

const refused = pages.flatMap((p) => {
  const verdict = judged.get(p.html);
  return verdict && verdict !== 'article' ? [`${p.file} (${verdict})`] : [];
});
const pct = (n: number) => (100 * n).toFixed(1);
if (args.includes('--json')) console.log(JSON.stringify({ rows, refused }, null, 2));
else {
  console.log('| pages | reader | n | P | R | F1 | accuracy | pages/s |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.pages} | ${r.reader} | ${r.n} | ${pct(r.figures.precision)} | ${pct(r.figures.recall)} | **${pct(r.figures.f1)}** | ${pct(r.figures.accuracy)} | ${r.pagesPerSecond.toFixed(1)} |`,
    );
  console.log(
    `\n${pages.length - refused.length} of ${pages.length} pages give text; NO_ARTICLE_BODY: ${refused.join(', ') || 'none'}`,
  );
}
