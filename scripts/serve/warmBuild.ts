/**
 * The warm build of `npm start`: one process that stays up between saves, with the stages imported once and, in
 * memory, what every file of the content folder gave when read (by content hash), every extraction (by text), and
 * a hash of every page it wrote. On a save it reads only the changed files, extracts only new texts, resolves, links
 * and lays out the whole site again (pure and fast at this size), writes the changed articles' pages and their
 * entities' pages at once (scripts/write/writeChangedPages.ts), then renders every page straight from the templates
 * (scripts/write/renderPages.ts) and writes only those whose bytes changed, removes those gone, and re-creates the
 * search index from the pages in memory. The site it leaves is the one `npm run build` gives for the same content
 * (tested byte for byte). The first build is the ordinary one (scripts/build.ts); a failed build leaves the last
 * site served and the memory as it was.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runBuild, warnIfNoModel } from '../build.ts';
import type { BuildConfig } from '../config.ts';
import { isExtracted } from '../core/text/language.ts';
import type { Article } from '../core/types/article.ts';
import type { Warning } from '../core/types/common.ts';
import type { Extraction } from '../core/types/extraction.ts';
import type { SiteData } from '../core/types/site.ts';
import type { BuildSummary } from '../core/types/summary.ts';
import { plural } from '../core/text/plural.ts';
import { createHref } from '../core/urls.ts';
import { emptyExtraction } from '../extract/index.ts';
import { loadArticles, loadCorrections, type ReadCache } from '../load/index.ts';
import { extractArticles } from '../parallel/extractArticles.ts';
import { createPipelineMemo, runPipeline } from '../pipeline.ts';
import { fingerprint, type KnownHashes, STAMP, writeStamp, writeState } from '../write/buildState.ts';
import { lockOutput, writeKnowledgeBase } from '../write/index.ts';
import { countParts, indexParts, isIndexedPage, partOf, partOptions, updateBundle } from '../write/indexSite.ts';
import { fileOf, renderPages } from '../write/renderPages.ts';
import { searchDigest } from '../write/searchDigest.ts';
import { SEARCH_CATCHING_UP, writeChangedPages } from '../write/writeChangedPages.ts';

export interface Options {
  log: (line: string) => void;
  /** Index for search (Pagefind); false in quick tests. */
  search: boolean;
  /** The extraction cache on disk (shared with `npm run build`). */
  cacheDir: string | undefined;
  /** The changed articles' pages and their entities' pages are on disk: which, and how long after the build began. */
  onLive: ((written: readonly string[], ms: number) => void) | undefined;
  /** Every page of the site and kb.json are on disk (search may still be catching up). */
  onPages: ((ms: number) => void) | undefined;
  /** Called as each stage of a warm build ends, with its name and wall time in ms (benchmarks). */
  onStage: ((stage: string, ms: number) => void) | undefined;
}

export const defaultOptions: Options = {
  log: (line) => process.stderr.write(`${line}\n`),
  search: true,
  cacheDir: undefined,
  onLive: undefined,
  onPages: undefined,
  onStage: undefined,
};

/** More changed articles than this at once: no quick pages first, the whole site at once. */
const LIVE_MAX_ARTICLES = 20;

/** What one article of the last good build was: its page and the entities it named. */
interface ArticleTrace {
  url: string;
  entities: string[];
}

export interface WarmBuild {
  /** Build the site as the content folder now is; the first call is an ordinary build, the next are warm. */
  build: () => Promise<BuildSummary>;
}

const sha = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** A warm builder for `config`: call `build` on every change (one call at a time). */
export function createWarmBuild(config: BuildConfig, options: Partial<Options> = {}): WarmBuild {
  const opts: Options = { ...defaultOptions, ...(config.cacheDir ? { cacheDir: config.cacheDir } : {}), ...options };
  const read: ReadCache = { hashes: {}, entries: new Map() };
  /** Each content file's hash with the stat it was read under: a file whose stat is unchanged is not read again. */
  const known: KnownHashes = new Map();
  /** Extractions by article text, for articles in a language extraction reads. */
  let extractions = new Map<string, Extraction>();
  /** Link's and site's results of the last build, by everything each was made from (core/memo.ts). */
  const memo = createPipelineMemo();
  /** The last build's articles by their JSON: an article that reads the same is handed on as the same object. */
  let kept = new Map<string, Article>();
  /** The hash of every file the templates wrote, as it is on disk (with or without the search notice). */
  const pages = new Map<string, string>();
  /** What the search index holds of each indexed page (scripts/write/searchDigest.ts), as last indexed. */
  const digests = new Map<string, string>();
  /** How many parts the index on disk has, when this process knows it is the one of the last good build. */
  let partsOnDisk: number | undefined;
  /** The last good warm build: its fingerprint, each article file's hash, what each article was, and its summary. */
  let last: { fingerprint: string; articles: Record<string, string>; traces: Map<string, ArticleTrace> } | undefined;
  let lastSummary: Omit<BuildSummary, 'stages'> | undefined;
  let first = true;

  async function build(): Promise<BuildSummary> {
    if (first) {
      const summary = await runBuild(config, {
        log: opts.log,
        search: opts.search,
        cacheDir: opts.cacheDir,
        progress: Boolean(process.stderr.isTTY),
        // the next builds of this process extract and geocode again
        releaseTables: false,
      });
      first = false;
      return summary;
    }
    const t0 = performance.now();
    const stages: [string, number][] = [];
    const ended = (stage: string, ms: number) => {
      stages.push([stage, ms]);
      opts.onStage?.(stage, ms);
    };
    const time = async <T>(stage: string, work: () => Promise<T> | T): Promise<T> => {
      const s = performance.now();
      const result = await work();
      ended(stage, performance.now() - s);
      return result;
    };
    const inputs = await time('check', () =>
      fingerprint({ contentDir: config.contentDir, config, search: opts.search, known }),
    );
    if (last?.fingerprint === inputs.fingerprint) {
      opts.log('Nothing changed since the last build (articles, entities.yaml, settings, code): no render, no index.');
      return { ...lastSummary!, stages, unchanged: true };
    }
    read.hashes = inputs.articles;
    const [loaded, corrections] = await time('load', () =>
      Promise.all([loadArticles(config.contentDir, read), loadCorrections(config.contentDir)]),
    );
    const articles = keepSame(loaded.articles);
    const warnings: Warning[] = [...loaded.warnings, ...corrections.warnings];
    const extracted = await time('extract', () => extractInMemory(articles));
    warnings.push(...extracted.warnings);
    const linked = runPipeline(articles, {
      extractions: extracted.list,
      corrections: corrections.corrections,
      correctionsFile: corrections.file,
      href: createHref(config),
      memo,
      onStage: ended,
    });
    warnings.push(...linked.warnings);
    if (last)
      opts.log(
        `reused from the last build: ${memo.link.articles.hits} of ${memo.link.articles.hits + memo.link.articles.misses} articles' links, ${memo.site.mentions.hits} of ${memo.site.mentions.hits + memo.site.mentions.misses} entities' mentions in context`,
      );
    await warnIfNoModel(warnings);
    const lock = await lockOutput(config.outputDir);
    try {
      // the site no longer is the one its stamp describes until this build has ended
      const stamped = await readFile(sitePath(STAMP), 'utf8').then(
        (t) => t.trim(),
        () => '',
      );
      await rm(sitePath(STAMP), { force: true });
      if (last) await time('live', () => writeQuick(last!, inputs.articles, articles, linked.site, t0));
      const { pageCount, indexed, noticed, searchChanged, renderWarnings } = await time('pages', () =>
        writeAllPages(linked.site),
      );
      warnings.push(...renderWarnings);
      // kb.json is written while Pagefind (another process) indexes
      const kbWritten = time('kb', () => replaceKnowledgeBase(linked.kb)).then(() =>
        opts.onPages?.(performance.now() - t0),
      );
      // only the parts of the index that hold a page whose indexed content changed are made again; all of them when
      // the site on disk was not the last build's or the number of parts changes
      const stale = stamped !== (last?.fingerprint ?? inputs.fingerprint);
      const parts = countParts(indexed, partOptions(config));
      // the site on disk being the last build's, its index has the parts its pages give (the first warm build, the
      // warm-up, does not know them otherwise)
      const whole = stale || (partsOnDisk ?? parts) !== parts;
      const only = new Set([...searchChanged].map((file) => partOf(file, parts)));
      const indexing =
        opts.search && !config.offline && (whole || only.size > 0)
          ? (async () => {
              partsOnDisk = undefined;
              const bundle = await time('index', () =>
                indexParts(indexed, async (file) => noticed.get(file) ?? readFile(sitePath(file), 'utf8'), {
                  ...partOptions(config),
                  ...(whole ? {} : { only }),
                }),
              );
              await time('bundle', () => updateBundle(config.outputDir, bundle));
              partsOnDisk = parts;
              opts.log(
                `search: ${whole ? 'every part' : `part ${bundle.indexed.join(', ')}`} of ${plural(parts, 'part')} indexed again (${plural(searchChanged.size, 'page')} changed for search)`,
              );
            })()
          : Promise.resolve();
      const [kbDone, indexDone] = await Promise.allSettled([kbWritten, indexing]);
      for (const done of [kbDone, indexDone]) if (done.status === 'rejected') throw done.reason;
      // search knows every page now: the notes that it is catching up go
      await time('notes', () => clearNotices(noticed));
      const summary = {
        articles: articles.length,
        entities: linked.site.counts,
        mentions: linked.site.mentionCount,
        pages: pageCount,
        cached: extracted.cached,
        warnings,
        review: linked.kb.review ?? [],
      };
      await writeStamp(config.outputDir, inputs.fingerprint);
      if (opts.cacheDir) await writeState(opts.cacheDir, config.outputDir, { ...inputs, summary });
      last = { fingerprint: inputs.fingerprint, articles: inputs.articles, traces: traceArticles(linked.site) };
      lastSummary = summary;
      return { ...summary, stages };
    } finally {
      await lock.release();
    }
  }

  /**
   * Each article as the same object as in the last build when it reads the same (every field): the memo of link
   * and site knows an article by its identity (core/memo.ts), and load makes new objects on every build.
   */
  function keepSame(articles: readonly Article[]): Article[] {
    const next = new Map<string, Article>();
    const same = articles.map((article) => {
      const json = JSON.stringify(article);
      const found = kept.get(json) ?? next.get(json) ?? article;
      next.set(json, found);
      return found;
    });
    kept = next;
    return same;
  }

  /** Every article's extraction: from memory, else from the cache on disk or extracted (then kept in memory). */
  async function extractInMemory(articles: readonly Article[]) {
    const keys = articles.map((a) => sha(a.prose));
    const wanted = articles.map((a) => isExtracted(a.language));
    const missing = new Map<string, Article>();
    articles.forEach((a, i) => {
      if (wanted[i] && !extractions.has(keys[i]!) && !missing.has(keys[i]!)) missing.set(keys[i]!, a);
    });
    const fresh = await extractArticles([...missing.values()], { cacheDir: opts.cacheDir });
    const failed = new Set(fresh.warnings.map((w) => w.file));
    const made = new Map([...missing.keys()].map((key, i) => [key, fresh.extractions[i]!]));
    const next = new Map<string, Extraction>();
    let fromMemory = 0;
    const list = articles.map((a, i) => {
      if (!wanted[i]) return emptyExtraction(a.prose);
      const key = keys[i]!;
      const kept = extractions.get(key);
      if (kept) fromMemory++;
      const found = kept ?? made.get(key)!;
      // a failed extraction is not kept: the next build tries again
      if (!failed.has(missing.get(key)?.source ?? '')) next.set(key, found);
      return found;
    });
    // only the texts of this build are kept: an edited article's old extraction goes
    extractions = next;
    return { list, cached: fromMemory + fresh.cached, warnings: fresh.warnings };
  }

  /** The quick pages: the changed articles' and those of the entities they name now or named before. */
  async function writeQuick(
    before: NonNullable<typeof last>,
    hashes: Record<string, string>,
    articles: readonly Article[],
    site: SiteData,
    t0: number,
  ): Promise<void> {
    const changed = new Set([
      ...Object.keys(hashes).filter((file) => before.articles[file] !== hashes[file]),
      ...Object.keys(before.articles).filter((file) => !(file in hashes)),
    ]);
    if (changed.size === 0 || changed.size > LIVE_MAX_ARTICLES) return;
    const sourceFile = (source: string) => source.split('#')[0]!;
    const ids = articles.filter((a) => changed.has(sourceFile(a.source))).map((a) => a.id);
    const old = [...before.traces].filter(([source]) => changed.has(sourceFile(source))).map(([, trace]) => trace);
    const written = await writeChangedPages(site, config, config.outputDir, ids, {
      notice: opts.search ? SEARCH_CATCHING_UP : undefined,
      entityIds: old.flatMap((t) => t.entities),
    });
    // a deleted article's page goes at once
    const urls = new Set(site.articles.map((a) => a.url));
    for (const gone of old.filter((t) => !urls.has(t.url))) await removePage(fileOf(gone.url));
    for (const url of written) pages.set(fileOf(url), sha(await readFile(sitePath(fileOf(url)))));
    opts.onLive?.(written, performance.now() - t0);
  }

  const sitePath = (file: string) => path.join(config.outputDir, file);

  /** Remove a page the site no longer has, and its folder when that is left empty. */
  async function removePage(file: string): Promise<void> {
    await unlink(sitePath(file)).catch(() => {});
    pages.delete(file);
    let dir = path.dirname(file);
    while (
      dir !== '.' &&
      (await rmdir(sitePath(dir)).then(
        () => true,
        () => false,
      ))
    )
      dir = path.dirname(dir);
  }

  /** What is on disk for a page: its hash as last written here, else read. */
  async function onDisk(file: string): Promise<string | undefined> {
    const known = pages.get(file);
    if (known !== undefined) return known;
    const body = await readFile(sitePath(file)).catch(() => undefined);
    return body === undefined ? undefined : sha(body);
  }

  /** Every page rendered; those whose bytes differ from the file on disk written (with the search note), the rest left. */
  async function writeAllPages(site: SiteData) {
    const seen = new Set<string>();
    const indexed: string[] = [];
    /** The pages written with the search note, by path: their HTML without it, for the index and afterwards. */
    const noticed = new Map<string, string>();
    let pageCount = 0;
    /** Indexed pages whose indexed content changed (or that are new, or gone). */
    const searchChanged = new Set<string>();
    const renderWarnings = await renderPages(site, config, async ({ file, body }) => {
      seen.add(file);
      if (file.endsWith('.html')) pageCount++;
      if (isIndexedPage(file)) indexed.push(file);
      const clean = sha(body);
      const now = await onDisk(file);
      // a page's digest is known from the warm-up on, and made again only when its bytes change
      if (isIndexedPage(file) && (now !== clean || !digests.has(file))) {
        const digest = searchDigest(body);
        // a page as the last build wrote it is as the index on disk holds it
        if (digests.get(file) !== digest && (now !== clean || digests.has(file))) searchChanged.add(file);
        digests.set(file, digest);
      }
      if (now === clean) {
        pages.set(file, clean);
        return;
      }
      const note = opts.search && !config.offline && file.endsWith('.html');
      const shown = note ? body.replace('<main id="main">', `<main id="main">${SEARCH_CATCHING_UP}`) : body;
      if (note) noticed.set(file, body);
      const hash = sha(shown);
      if (now !== hash) await writeAtomically(file, shown);
      pages.set(file, hash);
    });
    for (const file of [...pages.keys()])
      if (!seen.has(file)) {
        if (isIndexedPage(file)) searchChanged.add(file);
        digests.delete(file);
        await removePage(file);
      }
    return { pageCount, indexed, noticed, searchChanged, renderWarnings };
  }

  async function writeAtomically(file: string, body: string | Uint8Array): Promise<void> {
    const at = sitePath(file);
    await mkdir(path.dirname(at), { recursive: true });
    const tmp = `${at}.warm-${process.pid}`;
    await writeFile(tmp, body);
    await rename(tmp, at);
  }

  /** The pages written with the search note, written again without it. */
  async function clearNotices(noticed: ReadonlyMap<string, string>): Promise<void> {
    for (const [file, body] of noticed) {
      await writeAtomically(file, body);
      pages.set(file, sha(body));
    }
  }

  /** kb.json written beside, and put in place only when its bytes changed. */
  async function replaceKnowledgeBase(kb: Parameters<typeof writeKnowledgeBase>[1]): Promise<void> {
    const aside = `${config.outputDir}/.kb-${process.pid}`;
    await mkdir(aside, { recursive: true });
    try {
      const fresh = await writeKnowledgeBase(aside, kb);
      const [a, b] = await Promise.all([readFile(fresh), readFile(sitePath('kb.json')).catch(() => undefined)]);
      if (!b?.equals(a)) await rename(fresh, sitePath('kb.json'));
    } finally {
      await rm(aside, { recursive: true, force: true });
    }
  }

  return { build };
}

/** Each article's page and the entities it names, by source. */
function traceArticles(site: SiteData): Map<string, ArticleTrace> {
  return new Map(
    site.articles.map((a) => [
      a.source,
      { url: a.url, entities: Object.values(a.entities).flatMap((refs) => refs.map((r) => r.id)) },
    ]),
  );
}
