import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FILE_CONCURRENCY, mapLimit } from '../core/mapLimit.ts';

/** Write in-memory files under a folder, every write awaited (nothing is left half-written when this resolves). */
export async function writeBundle(
  dir: string,
  files: readonly { path: string; content: string | Uint8Array }[],
): Promise<void> {
  const folders = new Set(files.map((f) => path.dirname(path.join(dir, f.path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await mapLimit(files, FILE_CONCURRENCY, (f) => writeFile(path.join(dir, f.path), f.content));
}
