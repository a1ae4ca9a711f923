/**
 * `npm run bench:dataset`: a generated CSV of N rows (default 100,000; seeded, our own words) loaded twice:
 * streamed row by row without keeping the articles (the reader's own memory), and by loadArticles as a build
 * does (every article kept, as the pipeline needs them). Prints load time and peak memory for BENCHMARKS.md.
 *   --rows N   rows in the file (default 100000)
 *   --keep     keep the generated file and print its path
 *   --tiny     tiny rows (an id and a three-word text, ~17 bytes a row): the row count, not the bytes, is the load
 *   --only streamed|kept   run one of the two loads
 */
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticles } from '../../load/index.ts';
import { readDataset } from '../../load/readers/readDataset.ts';
import { mulberry32 } from '../../core/random.ts';
import type { Warning } from '../../core/types/common.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    keep: { type: 'boolean', default: false },
    tiny: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const rows = Number(values.rows);
const FIRST = ['Ama', 'Kofi', 'Ilse', 'Piet', 'Tomas', 'Jane', 'Yaw', 'Efua', 'Lars', 'Mira', 'Omar', 'Lena'];
const LAST = ['Osei', 'Brandt', 'Varga', 'Moss', 'Roe', 'Doe', 'Mensah', 'Lind', 'Okafor', 'Sato', 'Berg', 'Holm'];
const PLACES = ['Geneva', 'Nairobi', 'Kabul', 'Lima', 'Oslo', 'Hanoi', 'Accra', 'Quito'];
const random = mulberry32(14);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const sentence = () =>
  `${pick(FIRST)} ${pick(LAST)}, a spokeswoman for the Halden Party, said on Monday in ${pick(PLACES)} that "talks will resume" with the United Nations, according to officials in ${pick(PLACES)}.`;
const field = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function generate(file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  if (values.tiny) {
    await write('id,text\n');
    for (let i = 1; i <= rows; i++) await write(`${i},Talks ${i} resumed.\n`);
    await new Promise<void>((resolve) => out.end(resolve));
    return;
  }
  await write('id,headline,date,publisher,body\n');
  for (let i = 1; i <= rows; i++) {
    // half the rows in paragraphs, half on one line (cut at sentence ends by the reader)
    const sentences = Array.from({ length: 6 }, sentence);
    const body = i % 2 ? `${sentences.slice(0, 3).join(' ')}\n\n${sentences.slice(3).join(' ')}` : sentences.join(' ');
    await write(
      `${i},${field(`Talks resume, report ${i}`)},2020-0${1 + (i % 9)}-1${i % 10},Bench Wire,${field(body)}\n`,
    );
  }
  await new Promise<void>((resolve) => out.end(resolve));
}

/** Run `work`, sampling memory every 20 ms: its time, and the peak heap and RSS above the baseline. */
async function measure(label: string, work: () => Promise<number>): Promise<string> {
  gc?.();
  const base = process.memoryUsage();
  let heap = base.heapUsed;
  let rss = base.rss;
  const sample = setInterval(() => {
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    rss = Math.max(rss, m.rss);
  }, 20);
  const t0 = performance.now();
  const count = await work();
  const s = (performance.now() - t0) / 1000;
  clearInterval(sample);
  const m = process.memoryUsage();
  heap = Math.max(heap, m.heapUsed);
  rss = Math.max(rss, m.rss);
  return `| ${label} | ${count.toLocaleString('en')} | ${s.toFixed(1)} s | ${Math.round(count / s).toLocaleString('en')} | ${mb(heap - base.heapUsed)} | ${mb(rss)} |`;
}

/** A row cap's warning is printed (a capped file is an expected outcome); any other warning is a bench failure. */
function report(warnings: readonly Warning[]): void {
  for (const w of warnings.filter((w) => w.code === 'DATASET_TOO_LARGE')) console.error(`${w.file}: ${w.message}`);
  const other = warnings.filter((w) => w.code !== 'DATASET_TOO_LARGE');
  if (other.length) throw new Error(JSON.stringify(other.slice(0, 3)));
}

const tmp = await mkdtemp(path.join(tmpdir(), 'dossier-bench-dataset-'));
try {
  await mkdir(path.join(tmp, 'articles'));
  const file = path.join(tmp, 'articles/news.csv');
  const t0 = performance.now();
  await generate(file);
  const size = (await stat(file)).size;
  console.error(
    `generated ${rows} rows, ${mb(size)}, in ${((performance.now() - t0) / 1000).toFixed(1)} s${values.keep ? `: ${file}` : ''}`,
  );
  console.log(
    `Node ${process.version}, ${rows.toLocaleString('en')} rows, ${mb(size)} CSV${gc ? '' : ' (run with --expose-gc for exact baselines)'}\n`,
  );
  console.log('| load | articles | time | rows/s | peak heap above baseline | peak RSS |\n|---|---|---|---|---|---|');
  if (values.only !== 'kept')
    console.log(
      await measure('streamed, articles not kept (readDataset, onArticle)', async () => {
        let n = 0;
        const warnings: Warning[] = [];
        await readDataset(file, 'news.csv', warnings, { onArticle: () => n++ });
        report(warnings);
        return n;
      }),
    );
  if (values.only !== 'streamed')
    console.log(
      await measure('loadArticles, every article kept (a build)', async () => {
        const loaded = await loadArticles(tmp);
        report(loaded.warnings);
        return loaded.articles.length;
      }),
    );
} finally {
  if (!values.keep) await rm(tmp, { recursive: true, force: true });
}
