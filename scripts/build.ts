import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import * as pagefind from 'pagefind';
import { register } from 'tsx/esm/api';
import type { BuildConfig } from './config.ts';
import { DossierError } from './core/errors.ts';
import { STAGE_FAILED } from './core/guard.ts';
import { loadTagger } from './context.ts';
import { MODEL_FILE } from './load/readModel.ts';
import { printable } from './core/text/printable.ts';
import { plural } from './core/text/plural.ts';
import { onRenderTick, progressBar, PROGRESS_MIN_ARTICLES, type Progress } from './report/progress.ts';
import { loadArticles, loadCorrections } from './load/index.ts';
import { runPipeline } from './pipeline.ts';
import type { EntityType } from './core/types/common.ts';
import type { BuildInfo } from './core/types/site.ts';
import type { Warning } from './core/types/common.ts';
import type { ReviewItem } from './core/types/entity.ts';
import type { SiteData } from './core/types/site.ts';
import { ENTITY_TYPES } from './core/types/common.ts';
import { createHref, SECTION } from './core/urls.ts';
import { extractArticles } from './parallel/extractArticles.ts';
import { canonicalisePagefind, checkOutputDir, lockOutput, recoverOutput, swapOutput, writeBundle, writeKnowledgeBase, writeMarker, hasMarker } from './write/index.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BuildSummary {
  articles: number;
  entities: Record<EntityType, number>;
  mentions: number;
  pages: number;
  /** Articles whose extraction came from the cache. */
  cached: number;
  warnings: Warning[];
  /** Milliseconds per stage, in order. */
  stages: [string, number][];
  /** Decisions the resolver was unsure of (kb.json's `review`). */
  review: ReviewItem[];
}

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
}

export const defaultOptions: Options = {
  log: (line) => process.stderr.write(`${line}\n`),
  search: true,
  cacheDir: path.join(projectRoot, '.dossier/cache/extract'),
  workers: undefined,
  progress: false,
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

async function buildLocked(
  config: BuildConfig,
  opts: Options,
  stages: [string, number][],
  time: <T>(stage: string, work: () => Promise<T> | T) => Promise<T>,
): Promise<BuildSummary> {
  const { articles, warnings, corrections } = await time('load', async () => {
    const [loaded, fixes] = await Promise.all([loadArticles(config.contentDir), loadCorrections(config.contentDir)]);
    return { articles: loaded.articles, warnings: [...loaded.warnings, ...fixes.warnings], corrections: fixes };
  });
  const { extractions, cached, warnings: extractWarnings } = await time('extract', () =>
    withBar(opts.progress && articles.length > PROGRESS_MIN_ARTICLES, 'extract', (bar) =>
      extractArticles(articles, { cacheDir: opts.cacheDir, ...(opts.workers !== undefined ? { workers: opts.workers } : {}), onProgress: bar?.update }),
    ),
  );
  const linked = runPipeline(articles, {
    extractions,
    corrections: corrections.corrections,
    correctionsFile: corrections.file,
    href: createHref(config),
    onStage: (stage, ms) => stages.push([stage, ms]),
  });
  warnings.push(...extractWarnings, ...linked.warnings);
  const noModel = loadTagger().problem;
  if (noModel) warnings.push({ code: 'MODEL_UNUSABLE', file: path.relative(projectRoot, MODEL_FILE), message: `the entity tagger could not be loaded (${noModel}); entities come from the rules alone. Run npm run train to rebuild it` });

  const staging = `${config.outputDir}.tmp-${process.pid}`;
  // a folder of that name that Dossier did not make is never removed
  if (await stat(staging).then(() => true, () => false)) {
    if (!(await hasMarker(staging))) throw new DossierError('OUTPUT_REFUSED', `${staging} exists and was not made by Dossier; move it away`);
    await rm(staging, { recursive: true, force: true });
  }
  try {
    await time('write', async () => {
      await mkdir(staging, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
        throw new DossierError('OUTPUT_FAILED', `cannot create ${staging} (${e.code ?? e.message}): is its folder writable?`);
      });
      await writeMarker(staging);
      await writeKnowledgeBase(staging, linked.kb);
      await writeFile(path.join(staging, '.nojekyll'), '');
    });
    const pages = await time('render', () =>
      withBar(opts.progress && articles.length > PROGRESS_MIN_ARTICLES, 'render', async (bar) => {
        const total = expectedPages(linked.site);
        let done = 0;
        onRenderTick(bar ? () => bar.update(++done, Math.max(total, done)) : undefined);
        try {
          return await renderSite(linked.site, config, staging);
        } finally {
          onRenderTick(undefined);
        }
      }),
    );
    // Pagefind cannot run from file://: the offline build carries its own index (layouts/files/search-index.11ty.ts).
    if (opts.search && !config.offline) await time('index', () => indexSite(staging));
    await time('swap', () => swapOutput(staging, config.outputDir));
    return {
      articles: articles.length,
      entities: linked.site.counts,
      mentions: linked.site.mentionCount,
      pages,
      cached,
      warnings,
      stages,
      review: linked.kb.review ?? [],
    };
  } catch (error) {
    if (await hasMarker(staging)) await rm(staging, { recursive: true, force: true });
    if (error instanceof DossierError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code && /^E[A-Z]+$/.test(code)) throw new DossierError('OUTPUT_FAILED', `cannot write the site (${code}: ${(error as Error).message})`, { file: config.outputDir, cause: error });
    throw error;
  }
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
  return site.entities.length + site.articles.length + site.mentionPages.length + site.articleLists.length + site.letterPages.length + Math.ceil(site.relations.length / 200) + 12;
}

let typeScriptLoader: (() => Promise<void>) | undefined;
let renders = 0;

/** Eleventy renders the templates in layouts/ from the site data. Returns the number of pages written. */
export async function renderSite(site: SiteData, config: BuildConfig, outputDir: string): Promise<number> {
  // Eleventy import()s eleventy.config.ts and the .11ty.ts templates: make sure Node can load TypeScript,
  // whoever started this process (tsx, vitest or plain node).
  typeScriptLoader ??= register();
  const build: BuildInfo = { id: `render-${++renders}`, pathPrefix: config.pathPrefix, offline: config.offline, ...(config.siteUrl ? { siteUrl: config.siteUrl } : {}) };
  const eleventy = new Eleventy(path.join(projectRoot, 'layouts'), outputDir, {
    configPath: path.join(projectRoot, 'eleventy.config.ts'),
    quietMode: true,
    config: (eleventyConfig: { addGlobalData: (name: string, value: unknown) => void }) => {
      eleventyConfig.addGlobalData('site', site);
      eleventyConfig.addGlobalData('build', build);
    },
  });
  try {
    const written = (await eleventy.write()) as unknown as { outputPath?: string }[][] | { outputPath?: string }[];
    return written.flat().filter((r) => r.outputPath?.endsWith('.html')).length;
  } catch (error) {
    throw new DossierError('RENDER_FAILED', `Eleventy could not render the site: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Pagefind's Node API drives one shared backend process: two builds indexing at once in the same
 * process (tests, `bench`) would close it under each other. Index runs therefore queue up here.
 */
let indexQueue: Promise<unknown> = Promise.resolve();

/**
 * The pages that carry data-pagefind-body: articles and entity pages. Naming them spares Pagefind
 * reading the rest (indexes, mention pages), which it would parse only to skip.
 */
export const INDEXED_PAGES = `{articles/**/index.html,${Object.values(SECTION).map((s) => `${s}/*/index.html`).join(',')}}`;

/** Pagefind indexes the rendered HTML into <outputDir>/pagefind. */
export function indexSite(outputDir: string): Promise<void> {
  const run = indexQueue.then(() => indexNow(outputDir));
  indexQueue = run.catch(() => {});
  return run;
}

async function indexNow(outputDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new DossierError('INDEX_FAILED', `Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outputDir, glob: INDEXED_PAGES });
    if (added.errors.length) throw new DossierError('INDEX_FAILED', `Pagefind: ${added.errors.join('; ')}`);
    // The files come back in memory and are written here, every write awaited: Pagefind's own
    // writeFiles can still be writing when close() stops its process. Sorting the filter index makes
    // the bundle the same on every build.
    const out = await index.getFiles();
    if (out.errors.length) throw new DossierError('INDEX_FAILED', `Pagefind: ${out.errors.join('; ')}`);
    await writeBundle(path.join(outputDir, 'pagefind'), canonicalisePagefind(out.files));
  } finally {
    await pagefind.close();
  }
}

export function formatSummary(summary: BuildSummary): string {
  const failed = summary.warnings.filter((w) => w.code === STAGE_FAILED).length;
  const counts = ENTITY_TYPES.map((t) => plural(summary.entities[t], t)).join(', ');
  const stageTimes = summary.stages.map(([s, ms]) => `${s} ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`).join(' · ');
  return [
    `Built ${plural(summary.articles, 'article')} (${summary.cached.toLocaleString('en-US')} from the extraction cache), ${counts}, ${plural(summary.mentions, 'mention')}, ${plural(summary.pages, 'page')}, ${plural(summary.warnings.length, 'warning')}.`,
    ...(failed ? [`${plural(failed, 'STAGE_FAILED warning')}: a step failed on some articles, which are shown without its results. This is a bug in Dossier: please report it with the file.`] : []),
    `Stages: ${stageTimes}`,
  ].join('\n');
}

export function formatWarning(w: Warning): string {
  return printable(`warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message} [${w.code}]`);
}

/** Files named in full in a group of identical warnings; the rest are counted. */
const GROUP_FILES_SHOWN = 3;

/**
 * The warnings as lines, identical ones (same code and message in different files) grouped into one:
 * "warning: 44 files: source must be … [BAD_SOURCE] (a.md, b.md, c.md and 41 more)".
 */
export function formatWarnings(warnings: readonly Warning[]): string[] {
  const groups = new Map<string, Warning[]>();
  for (const w of warnings) {
    const key = `${w.code}\u0000${w.message}`;
    const list = groups.get(key);
    if (list) list.push(w);
    else groups.set(key, [w]);
  }
  return [...groups.values()].map((list) => {
    if (list.length === 1) return formatWarning(list[0]!);
    const first = list[0]!;
    const files = list.slice(0, GROUP_FILES_SHOWN).map((w) => `${w.file}${w.line ? `:${w.line}` : ''}`).join(', ');
    const rest = list.length > GROUP_FILES_SHOWN ? ` and ${list.length - GROUP_FILES_SHOWN} more` : '';
    return printable(`warning: ${plural(list.length, 'file')}: ${first.message} [${first.code}] (${files}${rest})`);
  });
}

/** The one line a CLI prints for a fatal error. */
export function formatError(error: DossierError): string {
  return printable(`error: ${error.message} [${error.code}]`);
}
