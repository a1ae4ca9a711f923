import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rmdir, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { DossierError } from '../core/errors.ts';
import { SECTION } from '../core/urls.ts';
import { type BundleFile, canonicalisePagefind } from './canonicalisePagefind.ts';
import { writeBundle } from './writeBundle.ts';

/**
 * Pagefind's Node API drives one shared backend process: two builds indexing at once in the same
 * process (tests, `bench`) would close it under each other. Index runs therefore queue up here.
 */
let indexQueue: Promise<unknown> = Promise.resolve();

/**
 * The pages that carry data-pagefind-body: articles and entity pages. Naming them spares Pagefind
 * reading the rest (indexes, mention pages), which it would parse only to skip.
 */
export const INDEXED_PAGES = `{articles/**/index.html,${Object.values(SECTION)
  .map((s) => `${s}/*/index.html`)
  .join(',')}}`;

/**
 * The search index is made in parts, each a Pagefind bundle of its own, so that an edit in `npm start` indexes again
 * only the parts that hold a changed page (Pagefind 1.5 cannot replace one page of an index). A page's part is a hash
 * of its path, so every build splits the same pages the same way; the search page merges the parts in the browser
 * (Pagefind's mergeIndex, layouts/assets/search.js), which ranks their results together. Part 0 is the bundle in
 * `pagefind/` with Pagefind's scripts; part N > 0 is `pagefind/part-N/`, its index files alone (a merged index
 * uses the first one's scripts and WebAssembly); `pagefind/parts.json` lists the other parts for the search page.
 */
export interface Options {
  /** At most this many parts. */
  maxParts: number;
  /** A part per this many pages at least: a small site is one part. */
  pagesPerPart: number;
  /**
   * Parts indexed at once (Pagefind's process works on each in a thread of its own); each holds its pages until it is
   * written, so Pagefind's memory is about this many parts'.
   */
  concurrency: number;
}

// a site of fewer than 600 searchable pages (article and entity pages) is one index, ranked exactly as Pagefind
// ranks one bundle; larger ones are split for fast re-indexing in npm start (a part weighs words over its own pages)
export const defaultOptions: Options = {
  maxParts: 8,
  pagesPerPart: 300,
  concurrency: Math.max(1, Math.min(2, availableParallelism())),
};

/** The part options a build's settings give (SEARCH_PART_PAGES). */
export const partOptions = (config: { searchPartPages?: number }): Partial<Options> =>
  config.searchPartPages ? { pagesPerPart: config.searchPartPages } : {};

/** The file that names the parts other than the first, for the search page. */
export const PARTS_FILE = 'parts.json';

/** The folder of part `part` in the bundle ('' for the first). */
export const partFolder = (part: number): string => (part === 0 ? '' : `part-${part}/`);

/** The part of a page (its path from the site's folder) when the index has `parts` parts. */
export function partOf(file: string, parts: number): number {
  return parts <= 1 ? 0 : createHash('sha256').update(file).digest().readUInt32BE(0) % parts;
}

/**
 * How many parts the index of these pages has: one per `pagesPerPart` pages, at most `maxParts`, and fewer when a
 * part would be empty (so every part the search page merges holds pages). Depends on the pages alone.
 */
export function countParts(files: readonly string[], options: Partial<Options> = {}): number {
  const opts = { ...defaultOptions, ...options };
  for (
    let parts = Math.max(1, Math.min(opts.maxParts, Math.floor(files.length / opts.pagesPerPart)));
    parts > 1;
    parts--
  ) {
    const used = new Set(files.map((f) => partOf(f, parts)));
    if (used.size === parts) return parts;
  }
  return 1;
}

/** Pagefind indexes the rendered HTML into <outputDir>/pagefind. */
export function indexSite(outputDir: string, options: Partial<Options> = {}): Promise<void> {
  const run = indexQueue.then(() => indexNow(outputDir, options));
  indexQueue = run.catch(() => {});
  return run;
}

async function indexNow(outputDir: string, options: Partial<Options>): Promise<void> {
  const files = (await readdir(outputDir, { recursive: true }))
    .map((f) => f.split(path.sep).join('/'))
    .filter(isIndexedPage);
  // Each part's files are written as soon as that part is made (every write awaited: Pagefind's own writeFiles can
  // still be writing when close() stops its process), so node holds one part's bundle at a time.
  const dir = path.join(outputDir, 'pagefind');
  const { files: rest } = await indexInParts(files, (file) => readFile(path.join(outputDir, file), 'utf8'), {
    ...options,
    onPart: (bundle) => writeBundle(dir, bundle),
  });
  await writeBundle(dir, rest);
}

/** Whether a file of the site (path from its folder, forward slashes) is one of INDEXED_PAGES. */
export const isIndexedPage = (file: string): boolean =>
  /^articles\/(?:.+\/)?index\.html$/.test(file) ||
  new RegExp(`^(?:${Object.values(SECTION).join('|')})/[^/]+/index\\.html$`).test(file);

/** The bundle files of some parts of the index, and how many parts the index has. */
export interface IndexedParts {
  /** Paths from the bundle's folder (`pagefind/`): each part's files under its folder, and parts.json. */
  files: BundleFile[];
  parts: number;
  /** The parts indexed (all of them unless `only` was given). */
  indexed: number[];
}

/**
 * The Pagefind bundle of the given pages of a site (paths from its folder), in parts, each page read by `read` when
 * Pagefind takes it. With `only`, just those parts are indexed (the warm build of `npm start`, after an edit): the
 * pages it has just written come from memory, the rest from disk.
 */
export function indexParts(
  files: readonly string[],
  read: (file: string) => Promise<string>,
  options: Partial<Options> & { only?: ReadonlySet<number> } = {},
): Promise<IndexedParts> {
  const run = indexQueue.then(() => indexInParts(files, read, options));
  indexQueue = run.catch(() => {});
  return run;
}

/** Pagefind's scripts, styles and WebAssembly: in the first part only. */
const SCRIPT = /^(?:[^/]+\.(?:js|css)|wasm\.[^/]+)$/;

/**
 * The parts are indexed `concurrency` at a time, each in an index of its own in Pagefind's process, which is closed
 * once they are all made: Pagefind holds every page it was given until it writes the index (and about twice that
 * while it does), and lets the index go when it is deleted, so its memory is bounded by the largest parts being made
 * at once rather than by the site. With `onPart`, each part's files go there as soon as it is made (and are not in
 * the result); without it, every part's files are returned, in the order of the parts.
 */
async function indexInParts(
  files: readonly string[],
  read: (file: string) => Promise<string>,
  options: Partial<Options> & {
    only?: ReadonlySet<number>;
    onPart?: (files: BundleFile[]) => Promise<void>;
  },
): Promise<IndexedParts> {
  const opts = { ...defaultOptions, ...options };
  const parts = countParts(files, options);
  const groups: string[][] = Array.from({ length: parts }, () => []);
  for (const file of files) groups[partOf(file, parts)]!.push(file);
  const indexed = groups.map((_, i) => i).filter((i) => !options.only || options.only.has(i));
  const made: BundleFile[][] = [];
  let next = 0;
  // each lane takes the next part as it finishes one; a failed part stops that lane, the others finish theirs
  const lane = async (): Promise<void> => {
    for (let k = next++; k < indexed.length; k = next++) {
      const part = indexed[k]!;
      const bundle = await indexInMemory(groups[part]!, read);
      const own = bundle
        .filter((file) => part === 0 || !SCRIPT.test(file.path))
        .map((file) => ({ path: `${partFolder(part)}${file.path}`, content: file.content }));
      if (options.onPart) await options.onPart(own);
      else made[k] = own;
    }
  };
  let settled: PromiseSettledResult<void>[];
  try {
    settled = await Promise.allSettled(
      Array.from({ length: Math.max(1, Math.min(opts.concurrency, indexed.length)) }, lane),
    );
  } finally {
    await pagefind.close();
  }
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  const out = made.flat();
  const others = groups.map((_, i) => partFolder(i)).slice(1);
  out.push({ path: PARTS_FILE, content: Buffer.from(`${JSON.stringify({ parts: others })}\n`) });
  return { files: out, parts, indexed };
}

/**
 * Pages are given to Pagefind one at a time, in path order: Pagefind numbers pages in the order it gets them, and its
 * own walk of a folder (addDirectory) follows the file system's order, which depends on how the folder was written.
 * In path order, the same pages give the same bundle, byte for byte, however the site was written. The caller
 * closes Pagefind's process once the parts are made.
 */
async function indexInMemory(files: readonly string[], read: (file: string) => Promise<string>): Promise<BundleFile[]> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new DossierError('INDEX_FAILED', `Pagefind could not start: ${errors.join('; ')}`);
  try {
    const sorted = [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const file of sorted) {
      const added = await index.addHTMLFile({ sourcePath: file, content: await read(file) });
      if (added.errors.length) throw new DossierError('INDEX_FAILED', `Pagefind: ${added.errors.join('; ')}`);
    }
    const out = await index.getFiles();
    if (out.errors.length) throw new DossierError('INDEX_FAILED', `Pagefind: ${out.errors.join('; ')}`);
    // Sorting the filter index makes the bundle the same on every build.
    return canonicalisePagefind(out.files);
  } finally {
    await index.deleteIndex().catch(() => {});
  }
}

/**
 * Bring `<outputDir>/pagefind` to the parts just indexed, in place, for a site being served: files whose bytes are the
 * same are left alone, new and changed ones written (each through a temporary file), each part's
 * pagefind-entry.json (which names the rest) after its other files and parts.json last, then the files of those parts
 * no longer in the bundle removed, with the parts the index no longer has. The other parts are not touched.
 * Returns how many files were written.
 */
export async function updateBundle(outputDir: string, indexed: IndexedParts): Promise<number> {
  const dir = path.join(outputDir, 'pagefind');
  const partOfPath = (file: string) => Number(/^part-(\d+)\//.exec(file)?.[1] ?? 0);
  const replaced = new Set(indexed.indexed);
  const old = new Set(
    (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []))
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  );
  const last = (file: string) => (file === PARTS_FILE ? 2 : file.endsWith('pagefind-entry.json') ? 1 : 0);
  const ordered = [...indexed.files].sort((a, b) => last(a.path) - last(b.path));
  let written = 0;
  for (const file of ordered) {
    const at = path.join(dir, file.path);
    if (old.has(file.path)) {
      const before = await readFile(at).catch(() => undefined);
      if (before?.equals(file.content)) continue;
    }
    await mkdir(path.dirname(at), { recursive: true });
    const tmp = `${at}.tmp-${process.pid}`;
    await writeFile(tmp, file.content);
    await rename(tmp, at);
    written++;
  }
  const keep = new Set(indexed.files.map((f) => f.path));
  const gone = [...old].filter((file) => {
    const part = partOfPath(file);
    return !keep.has(file) && (replaced.has(part) || part >= indexed.parts);
  });
  for (const file of gone) await unlink(path.join(dir, file)).catch(() => {});
  // folders left empty, deepest first
  const folders = new Set<string>();
  for (const file of gone) for (let d = path.dirname(file); d !== '.'; d = path.dirname(d)) folders.add(d);
  for (const folder of [...folders].sort((a, b) => b.length - a.length))
    await rmdir(path.join(dir, folder)).catch(() => {});
  return written;
}
