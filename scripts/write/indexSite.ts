import path from 'node:path';
import * as pagefind from 'pagefind';
import { DossierError } from '../core/errors.ts';
import { SECTION } from '../core/urls.ts';
import { canonicalisePagefind } from './canonicalisePagefind.ts';
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
