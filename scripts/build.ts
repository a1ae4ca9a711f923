/**
 * The orchestrator: load → extract (cached, in worker threads) → the pure pipeline → write → render → index → swap,
 * each stage timed. Atomic: the old site stays until the new one is complete.
 */
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildConfig } from './config.ts';
import { DossierError } from './core/errors.ts';
import { projectRoot } from './core/paths.ts';
import type { Article } from './core/types/article.ts';
import type { Warning } from './core/types/common.ts';
import type { KnowledgeBase } from './core/types/kb.ts';
import type { SiteData, SpillField } from './core/types/site.ts';
import type { PipelineResult } from './pipeline.ts';
import type { Rendered } from './write/renderSite.ts';
import type { BuildSummary } from './core/types/summary.ts';
import { createHref } from './core/urls.ts';
import { type Shard, shardArticles } from './parallel/shardArticles.ts';
import { onRenderTick } from './core/renderTicks.ts';
import { PROGRESS_MIN_ARTICLES, type Progress, progressBar } from './report/progress.ts';
import {
  checkOutputDir,
  hasMarker,
  lockOutput,
  recoverOutput,
  swapOutput,
  writeKnowledgeBase,
  writeMarker,
} from './write/index.ts';
import { changedFiles, fingerprint, STAMP, readState, writeStamp, writeState } from './write/buildState.ts';
import type { Extractors } from './parallel/extractArticles.ts';
import { keepUnchanged } from './write/keepUnchanged.ts';

export interface Options {
  log: (line: string) => void;
  /** Skip the Pagefind index (for quick test builds that do not search). */
  search: boolean;
  /** Where extractions are cached between builds, keyed by article text and extractor version; undefined: no cache. */
  cacheDir: string | undefined;
  /** Worker threads for extraction (default: one per core, for large corpora). */
  workers: number | undefined;
  /** Show progress bars for extraction and rendering (on a terminal, for more than PROGRESS_MIN_ARTICLES articles). */
  progress: boolean;
  /**
   * Build on the last build (needs the cache): with nothing changed, no render and no index at all; otherwise every
   * file whose bytes did not change is kept as the last build wrote it. False: always the whole build.
   */
  incremental: boolean;
  /**
   * `npm start`: when only articles changed, write their pages and their entities' pages into the live site at once
   * (scripts/write/writeChangedPages.ts), before the whole site is rendered and indexed; `onLive` hears of it.
   */
  live: boolean;
  onLive: ((written: readonly string[], ms: number) => void) | undefined;
  /**
   * Let go of the tables only the first stages read once they are done (the tagger after extraction, the geocoder's
   * towns after link, the gazetteer after site), so that they do not weigh on the later ones. False in a process that builds again (npm start),
   * which would read them again for its next build.
   */
  releaseTables: boolean;
}

export const defaultOptions: Options = {
  log: (line) => process.stderr.write(`${line}\n`),
  search: true,
  cacheDir: path.join(projectRoot, '.dossier/cache/extract'),
  workers: undefined,
  progress: false,
  incremental: true,
  live: false,
  onLive: undefined,
  releaseTables: true,
};

/** load → extract → resolve → link → write, then Eleventy renders and Pagefind indexes. Atomic: the old site stays until the new one is complete. */
export async function runBuild(config: BuildConfig, options: Partial<Options> = {}): Promise<BuildSummary> {
  const opts = { ...defaultOptions, ...(config.cacheDir ? { cacheDir: config.cacheDir } : {}), ...options };
  const stages: [string, number][] = [];
  const time = async <T>(stage: string, work: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    const result = await work();
    stages.push([stage, performance.now() - t0]);
    return result;
  };

  await checkOutputDir({ outputDir: config.outputDir, contentDir: config.contentDir, projectRoot });
  const lock = await lockOutput(config.outputDir);
  try {
    for (const line of await recoverOutput(config.outputDir)) opts.log(line);
    return await buildLocked(config, opts, stages, time);
  } finally {
    await lock.release();
  }
}

/** What a shard run did: the articles of its share, and how many of them were already in the cache. */
export interface ShardSummary {
  shard: Shard;
  articles: number;
  share: number;
  cached: number;
  warnings: Warning[];
  stages: [string, number][];
}

/**
 * `npm run build -- --shard K/N`: load every article, extract this shard's share of them into the cache, and stop
 * (no site is written). Once every shard has run and their caches are put together, a build finds every extraction
 * in the cache and only resolves, renders and indexes.
 */
export async function runShard(
  config: BuildConfig,
  shard: Shard,
  options: Partial<Options> = {},
): Promise<ShardSummary> {
  const opts = { ...defaultOptions, ...(config.cacheDir ? { cacheDir: config.cacheDir } : {}), ...options };
  if (!opts.cacheDir) throw new DossierError('CONFIG_INVALID', 'a shard run fills the extraction cache: it needs one');
  const stages: [string, number][] = [];
  let t0 = performance.now();
  const { articles, warnings } = await loadInputs(config);
  stages.push(['load', performance.now() - t0]);
  const share = shardArticles(articles, shard);
  t0 = performance.now();
  const extracted = await extractWithBar(share, opts);
  stages.push(['extract', performance.now() - t0]);
  return {
    shard,
    articles: articles.length,
    share: share.length,
    cached: extracted.cached,
    warnings: [...warnings, ...extracted.warnings],
    stages,
  };
}

/** More changed articles than this at once (a folder copied in, a branch switched): no quick path, the whole build. */
const LIVE_MAX_ARTICLES = 20;

/** Times one stage of the build: runs `work` and records how long it took under `stage`. */
type Timer = <T>(stage: string, work: () => Promise<T> | T) => Promise<T>;

/** The build with the output folder locked: every stage, timed, then the new site swapped in. */
async function buildLocked(
  config: BuildConfig,
  opts: Options,
  stages: [string, number][],
  time: Timer,
): Promise<BuildSummary> {
  const t0 = performance.now();
  // what changed is known before anything is parsed: with nothing changed, the stages are not even imported
  const inputs = await time('check', () => fingerprint({ contentDir: config.contentDir, config, search: opts.search }));
  const previous = opts.incremental && opts.cacheDir ? await readState(opts.cacheDir, config.outputDir) : undefined;
  if (previous?.fingerprint === inputs.fingerprint) {
    opts.log('Nothing changed since the last build (articles, entities.yaml, settings, code): no render, no index.');
    return { ...previous.summary, stages, unchanged: true };
  }
  // the articles' bodies and the entities' mentions, sentences and local graphs wait on disk from the moment the site
  // stage makes them until kb.json and their pages are written
  const { createSpill } = await import('./write/spillSiteData.ts');
  const spill = createSpill();
  // Only the pipeline's result leaves prepare(): the articles and their extractions are not held past it.
  let prepared: Prepared | undefined = await prepare(config, opts, stages, time, {
    previous,
    inputs,
    t0,
    spill: spill.field,
  }).catch(async (error: unknown) => {
    await spill.release();
    throw error;
  });
  const { indexSite, partOptions } = await import('./write/indexSite.ts');

  const staging = `${config.outputDir}.tmp-${process.pid}`;
  try {
    await clearStaging(staging);
    const summary = await writeAndRender(prepared, staging, config, opts, time);
    await spill.release();
    // The knowledge base and the site data are written: let them go before Pagefind, which has its own memory. Node
    // started with --expose-gc (npm run build, the bench) collects at once, so that V8 gives their memory back to
    // the system now rather than while Pagefind builds its index beside it.
    prepared = undefined;
    (globalThis as { gc?: () => void }).gc?.();
    // Pagefind cannot run from file://: the offline build carries its own index (layouts/files/search-index.11ty.ts).
    if (opts.search && !config.offline) await time('index', () => indexSite(staging, partOptions(config)));
    await writeStamp(staging, inputs.fingerprint);
    // compared with the files of the site being replaced (when it is Dossier's): unchanged ones are kept as they are
    if (opts.incremental && (await hasMarker(config.outputDir)))
      await time('compare', () => keepUnchanged(staging, config.outputDir));
    await time('swap', () => swapOutput(staging, config.outputDir));
    if (opts.cacheDir) await writeState(opts.cacheDir, config.outputDir, { ...inputs, summary });
    return { ...summary, stages };
  } catch (error) {
    await spill.release();
    if (await hasMarker(staging)) await rm(staging, { recursive: true, force: true });
    if (error instanceof DossierError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code && /^E[A-Z]+$/.test(code))
      throw new DossierError('OUTPUT_FAILED', `cannot write the site (${code}: ${(error as Error).message})`, {
        file: config.outputDir,
        cause: error,
      });
    throw error;
  }
}

/** kb.json and the pages into the staging folder; the build's summary (without its stages). */
async function writeAndRender(
  { linked, articleCount, cached, warnings }: Prepared,
  staging: string,
  config: BuildConfig,
  opts: Options,
  time: Timer,
): Promise<Omit<BuildSummary, 'stages'>> {
  await time('write', () => writeStaging(staging, linked.kb));
  const review = linked.kb.review ?? [];
  // kb.json is written, and no page shows the mentions with their sentences (only kb.json has them): let them go
  // before the pages are rendered.
  linked.kb.entities = [];
  for (const entity of linked.site.entities) entity.mentions = [];
  // nor a relation's evidence past its first sentence (the CSV and the entities' pages show that one): at 10,000
  // articles the rest is some 100 MB of sentences. Kept by a process that builds again (its memo holds the relations).
  if (opts.releaseTables)
    for (const relation of linked.site.relations) relation.evidence = relation.evidence.slice(0, 1);
  // what resolve, link and site left behind is collected before the pages add theirs (with --expose-gc)
  (globalThis as { gc?: () => void }).gc?.();
  const rendered = await time('render', () => renderWithBar(articleCount, opts, linked.site, config, staging));
  warnings.push(...rendered.warnings);
  return {
    articles: articleCount,
    entities: linked.site.counts,
    mentions: linked.site.mentionCount,
    pages: rendered.pages,
    cached,
    warnings,
    review,
  };
}

/** What prepare() gives the write stage: the pipeline's result, and what the summary needs of the rest. */
interface Prepared {
  linked: PipelineResult;
  articleCount: number;
  cached: number;
  warnings: Warning[];
}

/**
 * Load, extract, the pure pipeline, and in `npm start` the changed articles' pages written at once (when only
 * articles changed since the last build).
 */
async function prepare(
  config: BuildConfig,
  opts: Options,
  stages: [string, number][],
  time: Timer,
  since: {
    previous: Awaited<ReturnType<typeof readState>>;
    inputs: Awaited<ReturnType<typeof fingerprint>>;
    t0: number;
    spill: SpillField;
  },
): Promise<Prepared> {
  const { previous, inputs, t0, spill } = since;
  // many articles to extract: the worker threads load the extractor while this thread reads the articles
  const extractors = await startExtractorsEarly(opts, inputs.articles);
  // imported while the articles are read and extracted (this thread mostly waits on the workers then)
  const imports = Promise.all([import('./pipeline.ts'), import('./write/writeChangedPages.ts')]);
  // a failed import is thrown below, where it is awaited, not as an unhandled rejection while the articles are read
  imports.catch(() => {});
  let extracted: Awaited<ReturnType<typeof extractWithBar>>;
  let loaded: Awaited<ReturnType<typeof loadInputs>>;
  try {
    loaded = await time('load', () => loadInputs(config));
    extracted = await time('extract', () => extractWithBar(loaded.articles, opts, extractors));
  } finally {
    extractors?.close();
  }
  const { articles, warnings, corrections } = loaded;
  const { extractions, cached, warnings: extractWarnings } = extracted;
  const [{ runPipeline }, { SEARCH_CATCHING_UP, writeChangedPages }] = await imports;
  const release = opts.releaseTables ? await releasers() : undefined;
  release?.tagger();
  collect();
  const linked = runPipeline(articles, {
    extractions,
    corrections: corrections.corrections,
    correctionsFile: corrections.file,
    href: createHref(config),
    onStage: (stage, ms) => {
      stages.push([stage, ms]);
      // resolve has read the extractions (the pipeline keeps only their sentences): the build's list of them goes
      if (stage === 'resolve') extractions.length = 0;
      if (stage === 'link') release?.cities();
      // the site stage is the last to look places up (its roles' demonyms)
      if (stage === 'site') release?.places();
      // what the stage made and let go is collected before the next one grows the heap over it (with --expose-gc)
      collect();
    },
    spill,
  });
  if (opts.live && previous?.setup === inputs.setup) {
    const changed = changedFiles(previous, inputs.articles);
    const ids = articles.filter((a) => changed.has(a.source.split('#')[0]!)).map((a) => a.id);
    if (ids.length > 0 && ids.length <= LIVE_MAX_ARTICLES) {
      // the live site no longer is the one the stamp describes: were this build to fail, the next one rebuilds all
      await rm(path.join(config.outputDir, STAMP), { force: true });
      const written = await time('live', () =>
        writeChangedPages(linked.site, config, config.outputDir, ids, { notice: SEARCH_CATCHING_UP }),
      );
      opts.onLive?.(written, performance.now() - t0);
    }
  }
  warnings.push(...extractWarnings, ...linked.warnings);
  await warnIfNoModel(warnings);
  release?.tagger();
  return { linked, articleCount: articles.length, cached, warnings };
}

/** What lets go of the tables only the first stages read (Options.releaseTables). */
async function releasers(): Promise<{ tagger: () => void; cities: () => void; places: () => void }> {
  const [{ releaseTagger }, { releaseCities }, { releaseGazetteer }] = await Promise.all([
    import('./context.ts'),
    import('./link/geocodePlaces.ts'),
    import('./lang/gazetteer.ts'),
  ]);
  return { tagger: releaseTagger, cities: releaseCities, places: releaseGazetteer };
}

/**
 * A full collection, when Node runs with --expose-gc (npm run build, the bench); nothing otherwise. Those also run
 * Node with --heap-growing-percent=20: V8 collects once the heap has grown a fifth over what the last collection kept,
 * rather than letting it grow by up to four times that (the garbage of the site stage, of kb.json and of the pages:
 * 1,802 → 1,497 MiB at 10,000 articles).
 */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

/** The articles and the corrections, read side by side, with the warnings of both. */
async function loadInputs(config: BuildConfig) {
  const { loadArticles, loadCorrections } = await import('./load/index.ts');
  const [loaded, fixes] = await Promise.all([loadArticles(config.contentDir), loadCorrections(config.contentDir)]);
  return { articles: loaded.articles, warnings: [...loaded.warnings, ...fixes.warnings], corrections: fixes };
}

/** Extract the entities of every article (cached, in worker threads), with a progress bar for a large corpus. */
async function extractWithBar(articles: readonly Article[], opts: Options, extractors?: Extractors) {
  const { extractArticles } = await import('./parallel/extractArticles.ts');
  return withBar(opts.progress && articles.length > PROGRESS_MIN_ARTICLES, 'extract', (bar) =>
    extractArticles(articles, {
      cacheDir: opts.cacheDir,
      ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
      onProgress: bar?.update,
      extractors,
    }),
  );
}

/** Below this many article files, a build never starts its extraction workers before reading the articles. */
const EARLY_WORKERS_MIN_FILES = 200;

/**
 * The extraction worker threads, started before the articles are read when every article will be extracted (no
 * cache, a new cache, a new extractor): they load the code, the model and the lexicons meanwhile.
 */
async function startExtractorsEarly(opts: Options, files: Record<string, string>): Promise<Extractors | undefined> {
  const { defaultOptions, extractsAll, startExtractors } = await import('./parallel/extractArticles.ts');
  const workers = opts.workers ?? defaultOptions.workers;
  if (workers < 2 || Object.keys(files).length < EARLY_WORKERS_MIN_FILES) return undefined;
  if (!(await extractsAll(opts.cacheDir))) return undefined;
  // the workers start from the worker's bundle (made once per version of the code) rather than through tsx
  const { bundleWorker } = await import('./parallel/bundleWorker.ts');
  return startExtractors(workers, await bundleWorker());
}

/** A warning when the entity tagger could not be loaded (the rules alone find the entities). */
export async function warnIfNoModel(warnings: Warning[]): Promise<void> {
  const [{ loadTagger }, { MODEL_FILE }] = await Promise.all([import('./context.ts'), import('./load/readModel.ts')]);
  const noModel = loadTagger().problem;
  if (noModel)
    warnings.push({
      code: 'MODEL_UNUSABLE',
      file: path.relative(projectRoot, MODEL_FILE),
      message: `the entity tagger could not be loaded (${noModel}); entities come from the rules alone. Run npm run ner:train to rebuild it`,
    });
}

/** Remove a staging folder left by an earlier build; refuse one that Dossier did not make. */
async function clearStaging(staging: string): Promise<void> {
  // a folder of that name that Dossier did not make is never removed
  if (
    await stat(staging).then(
      () => true,
      () => false,
    )
  ) {
    if (!(await hasMarker(staging)))
      throw new DossierError('OUTPUT_REFUSED', `${staging} exists and was not made by Dossier; move it away`);
    await rm(staging, { recursive: true, force: true });
  }
}

/** Create the staging folder and write its marker, kb.json and .nojekyll. */
async function writeStaging(staging: string, kb: KnowledgeBase): Promise<void> {
  await mkdir(staging, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    throw new DossierError(
      'OUTPUT_FAILED',
      `cannot create ${staging} (${e.code ?? e.message}): is its folder writable?`,
    );
  });
  await writeMarker(staging);
  await writeKnowledgeBase(staging, kb);
  await writeFile(path.join(staging, '.nojekyll'), '');
}

/** Render the site into the staging folder with Eleventy, with a progress bar for a large corpus; the pages written and the warnings of pages that failed. */
function renderWithBar(
  articleCount: number,
  opts: Options,
  site: SiteData,
  config: BuildConfig,
  staging: string,
): Promise<Rendered> {
  return withBar(opts.progress && articleCount > PROGRESS_MIN_ARTICLES, 'render', async (bar) => {
    const total = expectedPages(site);
    let done = 0;
    onRenderTick(bar ? () => bar.update(++done, Math.max(total, done)) : undefined);
    const { renderSite } = await import('./write/renderSite.ts');
    try {
      return await renderSite(site, config, staging);
    } finally {
      onRenderTick(undefined);
    }
  });
}

/** Run `work` with a progress bar when `show`, cleared afterwards. */
async function withBar<T>(show: boolean, label: string, work: (bar: Progress | undefined) => Promise<T>): Promise<T> {
  const bar = show ? progressBar(label) : undefined;
  try {
    return await work(bar);
  } finally {
    bar?.done();
  }
}

/** About how many pages the templates write, for the render progress bar. */
function expectedPages(site: SiteData): number {
  return (
    site.entities.length +
    site.articles.length +
    site.mentionPages.length +
    site.articleLists.length +
    site.letterPages.length +
    Math.ceil(site.relations.length / 200) +
    12
  );
}
