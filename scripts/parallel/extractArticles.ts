import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundleWorker } from './bundleWorker.ts';
import { checked, checkExtraction, emptyExtraction, extractSafely, type SafeExtraction } from '../extract/index.ts';
import { isExtracted } from '../core/text/language.ts';
import { loadTagger } from '../context.ts';
import { MODEL_FILE } from '../load/readModel.ts';
import { FILE_CONCURRENCY, mapLimit } from '../core/mapLimit.ts';
import type { Article } from '../core/types/article.ts';
import type { Warning } from '../core/types/common.ts';
import type { Extraction } from '../core/types/extraction.ts';

export interface Options {
  /** Folder of cached extractions; none when undefined. */
  cacheDir: string | undefined;
  /** Worker threads to use; 0 or 1 extracts in this thread. */
  workers: number;
  /** Below this many articles to extract, threads cost more than they save. */
  minArticlesPerWorker: number;
  /** Called as articles are extracted: how many of the articles to extract are done, and how many there are. */
  onProgress: ((done: number, total: number) => void) | undefined;
  /** Worker threads started earlier (`startExtractors`), used before any new one; closed when extraction ends. */
  extractors: Extractors | undefined;
}

export const defaultOptions: Options = {
  cacheDir: undefined,
  workers: Math.max(1, availableParallelism()),
  minArticlesPerWorker: 100,
  onProgress: undefined,
  extractors: undefined,
};

export interface Extracted {
  extractions: Extraction[];
  /** How many came from the cache. */
  cached: number;
  /** STAGE_FAILED warnings of articles whose extraction failed (they are kept, without entities). */
  warnings: Warning[];
}

/**
 * Extract every article: from the cache when the article's text and the extractor are unchanged,
 * otherwise in worker threads across the cores (or in this thread for a few articles).
 */
export async function extractArticles(
  articles: readonly Article[],
  options: Partial<Options> = {},
): Promise<Extracted> {
  const opts = { ...defaultOptions, ...options };
  const version = opts.cacheDir ? await extractorVersion() : '';
  const keys = articles.map((a) => createHash('sha256').update(version).update('\0').update(a.prose).digest('hex'));
  // An article in a language extraction does not read gets its sentences and no entities here, before the cache:
  // an entry cached for the same text (extracted before its language was known) is never read, nor written.
  const extractions: (Extraction | undefined)[] = await mapLimit(articles, FILE_CONCURRENCY, async (article, i) =>
    !isExtracted(article.language)
      ? emptyExtraction(article.prose)
      : opts.cacheDir
        ? readCached(opts.cacheDir, keys[i]!, article.prose)
        : undefined,
  );
  const skipped = articles.filter((a) => !isExtracted(a.language)).length;
  // Articles with the same text (and so the same key) are extracted, and cached, once.
  const firstWithKey = new Map<string, number>();
  const missing: number[] = [];
  extractions.forEach((e, i) => {
    if (!e && !firstWithKey.has(keys[i]!)) {
      firstWithKey.set(keys[i]!, i);
      missing.push(i);
    }
  });
  // workers started beforehand are already loading the extractor: they are used when there are articles to extract
  const started = opts.extractors?.take() ?? [];
  const workers = Math.max(
    Math.min(started.length, missing.length),
    Math.min(opts.workers, Math.floor(missing.length / opts.minArticlesPerWorker)),
  );
  for (const worker of started.splice(workers)) void worker.terminate();
  const jobs = missing.map((i) => ({ text: articles[i]!.prose, file: articles[i]!.source }));
  const warned: [number, Warning][] = [];
  // Each extraction is placed, and cached, as soon as it is made (a failed one is never cached: the next build tries
  // again), so neither the workers nor the writes wait for the whole corpus.
  // FILE_CONCURRENCY lanes of writes, each a chain: as many files open at once as when the cache was written at the end,
  // even when this thread extracts (and so hands over every result before any write has run)
  const lanes: Promise<void>[] = Array.from({ length: FILE_CONCURRENCY }, () => Promise.resolve());
  let lane = 0;
  const cache = (dir: string, key: string, extraction: Extraction) => {
    const i = lane++ % lanes.length;
    lanes[i] = lanes[i]!.then(() => writeCached(dir, key, extraction));
    // a failed write is reported by the Promise.all below, not as an unhandled rejection while extraction goes on
    lanes[i]!.catch(() => {});
  };
  if (opts.cacheDir && missing.length) await mkdir(opts.cacheDir, { recursive: true });
  let done = 0;
  const onResult = (j: number, { extraction, warning }: SafeExtraction) => {
    const articleIndex = missing[j]!;
    extractions[articleIndex] = extraction;
    if (warning) warned.push([j, warning]);
    else if (opts.cacheDir) cache(opts.cacheDir, keys[articleIndex]!, extraction);
    opts.onProgress?.(++done, jobs.length);
  };
  if (workers > 1 || started.length > 0) {
    // new workers start from the worker's bundle (made once per version of the code)
    const bundle = workers > started.length ? await bundleWorker() : undefined;
    await extractInWorkers(jobs, workers, onResult, started, bundle);
  } else extractHere(jobs, 0, onResult);
  if (opts.cacheDir && missing.length > 0) await markVersion(opts.cacheDir, version);
  extractions.forEach((e, i) => {
    if (!e) extractions[i] = extractions[firstWithKey.get(keys[i]!)!];
  });
  await Promise.all(lanes);
  // in article order, whichever worker finished first
  const warnings = warned.sort((a, b) => a[0] - b[0]).map(([, w]) => w);
  return { extractions: extractions as Extraction[], cached: articles.length - missing.length - skipped, warnings };
}

/** The source folders whose code decides an extraction: the extractor and the language knowledge it reads. */
const EXTRACTOR_DIRS = ['../extract', '../lang'];

/** Changes whenever any extractor source file or the compromise version changes. */
let versionPromise: Promise<string> | undefined;
export function extractorVersion(): Promise<string> {
  versionPromise ??= (async () => {
    const hash = createHash('sha256');
    for (const relative of EXTRACTOR_DIRS) {
      const dir = path.join(import.meta.dirname, relative);
      const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
      for (const file of files) hash.update(file).update(await readFile(path.join(dir, file)));
    }
    const compromise = JSON.parse(
      await readFile(path.join(import.meta.dirname, '../../node_modules/compromise/package.json'), 'utf8'),
    ) as { version: string };
    hash.update(compromise.version);
    // the tagger's weights are part of the extractor
    hash.update(await readFile(MODEL_FILE).catch(() => Buffer.from('no model')));
    return hash.digest('hex').slice(0, 16);
  })();
  return versionPromise;
}

/** A file in the cache folder for each extractor version that has extracted articles into it. */
const versionMark = (dir: string, version: string) => path.join(dir, 'extractors', version);

async function markVersion(dir: string, version: string): Promise<void> {
  await mkdir(path.dirname(versionMark(dir, version)), { recursive: true });
  await writeFile(versionMark(dir, version), '');
}

/**
 * Whether a build will extract every article, known before they are read: there is no cache, or it has never held
 * this extractor's extractions (a new extractor, a new cache). A build then starts its worker threads
 * (`startExtractors`) before reading the articles. Many changed articles with the extractor the cache knows do not
 * count: their texts may be in the cache already (a new output folder, the caches of shard runs put together).
 */
export async function extractsAll(cacheDir: string | undefined): Promise<boolean> {
  if (!cacheDir) return true;
  return !(await stat(versionMark(cacheDir, await extractorVersion())).then(
    () => true,
    () => false,
  ));
}

/** Worker threads started before the articles are known; `take` hands them over once (then: none). */
export interface Extractors {
  take(): Worker[];
  /** Terminate the workers not taken. */
  close(): void;
}

/**
 * Start `count` worker threads that load the extractor (code, model, lexicons) at once, so that they are ready when
 * the articles are read (a cold build starts them before its load stage).
 */
export function startExtractors(count = defaultOptions.workers, bundle?: string): Extractors {
  let workers: Worker[] | undefined = Array.from({ length: count }, () => startWorker(true, bundle));
  return {
    take() {
      const out = workers ?? [];
      workers = undefined;
      return out;
    },
    close() {
      for (const worker of workers ?? []) void worker.terminate();
      workers = undefined;
    },
  };
}

/** Workers that have exited, known even when it happened before extractInWorkers listened. */
const exited = new WeakSet<Worker>();

/** A worker thread, started from the worker's bundle (`bundleWorker`) when there is one, else from its sources. */
function startWorker(warm: boolean, bundle: string | undefined): Worker {
  const worker = bundle
    ? new Worker(pathToFileURL(bundle), { workerData: { warm } })
    : new Worker(WORKER_BOOT, { eval: true, workerData: { warm } });
  worker.once('exit', () => exited.add(worker));
  // an error before extractInWorkers listens (a worker started early) must not throw: its exit is what counts
  worker.on('error', () => {});
  return worker;
}

const cacheFile = (dir: string, key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);

/** A cached extraction, only when it fits the article exactly; any doubt means extracting again. */
async function readCached(dir: string, key: string, text: string): Promise<Extraction | undefined> {
  try {
    const { extraction, dropped } = checkExtraction(text, JSON.parse(await readFile(cacheFile(dir, key), 'utf8')));
    return dropped === 0 ? extraction : undefined;
  } catch {
    return undefined;
  }
}

let writes = 0;

async function writeCached(dir: string, key: string, extraction: Extraction): Promise<void> {
  const file = cacheFile(dir, key);
  await mkdir(path.dirname(file), { recursive: true });
  // Unique per write: other builds (another process, or this one in a test) may write the same key.
  const tmp = `${file}.${process.pid}.${++writes}.tmp`;
  await writeFile(tmp, JSON.stringify(extraction));
  await rename(tmp, file);
}

/**
 * A worker thread cannot load a .ts file by itself (tsx's --import hooks do not reach workers on
 * Node 20), so it starts from a tiny script that registers tsx, then imports the worker module.
 */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(new URL('./extractWorker.ts', import.meta.url).href)}); });`;

/** Extract jobs in this thread, with the shipped tagger, each under the guard; `onResult` hears of each (its index plus `offset`). */
function extractHere(
  jobs: readonly { text: string; file: string }[],
  offset: number,
  onResult: (j: number, result: SafeExtraction) => void,
): void {
  const { model } = loadTagger();
  jobs.forEach((j, i) => {
    onResult(offset + i, extractSafely(j.text, j.file, model));
  });
}

/** Articles a message hands a worker; each worker has two such batches in hand, so it never waits for the next. */
function batchSize(jobs: number, workers: number): number {
  // small enough that the workers finish together (a shared machine runs them at different speeds), large enough
  // that messages stay few
  return Math.max(1, Math.min(8, Math.ceil(jobs / (workers * 32))));
}

/**
 * Hand the articles to `count` worker threads a few at a time, each worker taking the next batch as it finishes one
 * (the faster worker takes more); each result is handed to `onResult` (with its index in `jobs`) as the worker posts
 * it. A worker that dies (out of memory, a crash outside the guard) costs only its speed: what it was given and did
 * not post is extracted in this thread, and the others go on taking batches (this thread takes the rest when none is
 * left).
 */
async function extractInWorkers(
  jobs: readonly { text: string; file: string }[],
  count: number,
  onResult: (j: number, result: SafeExtraction) => void,
  started: Worker[] = [],
  bundle: string | undefined = undefined,
): Promise<void> {
  const size = batchSize(jobs.length, count);
  let next = 0;
  let alive = count;
  const take = (): [number, number] | undefined => {
    if (next >= jobs.length) return undefined;
    const start = next;
    next = Math.min(jobs.length, next + size);
    return [start, next];
  };
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve) => {
          const worker = started.shift() ?? startWorker(false, bundle);
          // given to this worker and not yet posted back
          const pending = new Set<number>();
          let settled = false;
          const give = () => {
            const range = take();
            if (!range) return;
            const [start, end] = range;
            for (let j = start; j < end; j++) pending.add(j);
            worker.postMessage({ start, jobs: jobs.slice(start, end) });
          };
          const finish = (died: boolean) => {
            if (settled) return;
            settled = true;
            alive--;
            if (died) {
              for (const j of [...pending].sort((a, b) => a - b)) extractHere([jobs[j]!], j, onResult);
              // the last worker gone: the articles no worker took are extracted here
              if (alive === 0)
                for (let range = take(); range; range = take())
                  extractHere(jobs.slice(range[0], range[1]), range[0], onResult);
            }
            resolve();
          };
          worker.on('message', (message: { i: number; result: SafeExtraction } | { done: true }) => {
            if ('done' in message) {
              give();
              if (pending.size === 0) {
                finish(false);
                void worker.terminate();
              }
              return;
            }
            const { i, result } = message;
            const job = jobs[i]!;
            pending.delete(i);
            // the worker's output crosses a boundary: check it like a cache entry
            onResult(i, result.warning ? result : checked(job.text, job.file, result.extraction));
          });
          worker.once('error', () => finish(true));
          worker.once('exit', () => finish(true));
          if (exited.has(worker)) return finish(true);
          give();
          give();
          // more workers than batches: this one has nothing to do
          if (pending.size === 0) {
            finish(false);
            void worker.terminate();
          }
        }),
    ),
  );
}
