import { mkdir, readdir, readFile, rename, rmdir, unlink, writeFile } from 'node:fs/promises';
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

/** Pagefind indexes the rendered HTML into <outputDir>/pagefind. */
export function indexSite(outputDir: string): Promise<void> {
  const run = indexQueue.then(() => indexNow(outputDir));
  indexQueue = run.catch(() => {});
  return run;
}

async function indexNow(outputDir: string): Promise<void> {
  const files = (await readdir(outputDir, { recursive: true }))
    .map((f) => f.split(path.sep).join('/'))
    .filter(isIndexedPage);
  const bundle = await indexInMemory(files, (file) => readFile(path.join(outputDir, file), 'utf8'));
  // The files come back in memory and are written here, every write awaited: Pagefind's own writeFiles can still
  // be writing when close() stops its process.
  await writeBundle(path.join(outputDir, 'pagefind'), bundle);
}

/** Whether a file of the site (path from its folder, forward slashes) is one of INDEXED_PAGES. */
export const isIndexedPage = (file: string): boolean =>
  /^articles\/(?:.+\/)?index\.html$/.test(file) ||
  new RegExp(`^(?:${Object.values(SECTION).join('|')})/[^/]+/index\\.html$`).test(file);

/**
 * The Pagefind bundle of the given pages of a site (paths from its folder), each read by `read` when Pagefind takes
 * it. The warm build of `npm start` re-creates the index this way after a change, since Pagefind 1.5's API cannot
 * remove or replace one page of an index: the pages it has just written come from memory, the rest from disk.
 */
export function indexPages(files: readonly string[], read: (file: string) => Promise<string>): Promise<BundleFile[]> {
  const run = indexQueue.then(() => indexInMemory(files, read));
  indexQueue = run.catch(() => {});
  return run;
}

/**
 * Pages are given to Pagefind one at a time, in path order: Pagefind numbers pages in the order it gets them, and its
 * own walk of a folder (addDirectory) follows the file system's order, which depends on how the folder was written.
 * In path order, the same pages give the same bundle, byte for byte, however the site was written.
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
    await pagefind.close();
  }
}

/**
 * Bring `<outputDir>/pagefind` to `files` in place, for a site being served: files whose bytes are the same are left
 * alone, new and changed ones written (each through a temporary file), pagefind-entry.json (which names the rest)
 * last, then the files no longer in the bundle removed. Returns how many files were written.
 */
export async function updateBundle(outputDir: string, files: readonly BundleFile[]): Promise<number> {
  const dir = path.join(outputDir, 'pagefind');
  const old = new Set(
    (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []))
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  );
  const entry = 'pagefind-entry.json';
  const ordered = [...files.filter((f) => f.path !== entry), ...files.filter((f) => f.path === entry)];
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
  const keep = new Set(files.map((f) => f.path));
  for (const file of old) if (!keep.has(file)) await unlink(path.join(dir, file)).catch(() => {});
  for (const file of old)
    if (!keep.has(file) && file.includes('/')) await rmdir(path.join(dir, path.dirname(file))).catch(() => {});
  return written;
}
