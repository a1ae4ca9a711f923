import { link, lstat, readdir, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { FILE_CONCURRENCY, mapLimit } from '../core/mapLimit.ts';

/** What keepUnchanged did: files kept from the previous site, and files that are new or changed. */
export interface Kept {
  kept: number;
  changed: number;
}

/**
 * Before the swap: every file of the new site (in `staging`) whose bytes equal the same file of the previous site
 * (`outputDir`) is replaced by that file itself (a hard link), so that after the swap an unchanged page is the very
 * file the last build wrote, its modification time untouched; only new or changed files are new. Where a hard link
 * cannot be made (another file system), the new copy stays.
 */
export async function keepUnchanged(staging: string, outputDir: string): Promise<Kept> {
  const entries = await readdir(staging, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.relative(staging, path.join(e.parentPath, e.name)));
  const same = await mapLimit(files, FILE_CONCURRENCY, async (file) => {
    const old = path.join(outputDir, file);
    const fresh = path.join(staging, file);
    const [a, b] = await Promise.all([lstat(old).catch(() => undefined), lstat(fresh)]);
    if (!a?.isFile() || a.size !== b.size) return false;
    const [x, y] = await Promise.all([readFile(old), readFile(fresh)]);
    if (!x.equals(y)) return false;
    const aside = `${fresh}.keep-${process.pid}`;
    try {
      await link(old, aside);
    } catch {
      return false;
    }
    await rename(aside, fresh).catch(() => unlink(aside));
    return true;
  });
  const kept = same.filter(Boolean).length;
  return { kept, changed: files.length - kept };
}
