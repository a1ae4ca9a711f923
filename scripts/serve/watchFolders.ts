/**
 * What `npm start` watches: every folder under the given roots, each with its own (non-recursive) fs.watch, and the
 * given files. Node 20's recursive watch on Linux stops for good at the first folder it cannot read and misses a file
 * replaced by a folder; here any change schedules one call of `onChange`, and the folders are listed again first: new
 * ones watched, gone ones dropped. A folder that cannot be read is named once, and watched again once it can be.
 * Nothing here throws or leaves an 'error' event unhandled.
 */
import { type Dirent, type FSWatcher, readdirSync, statSync, watch } from 'node:fs';
import path from 'node:path';

export interface Options {
  /** Wait this long (ms) after the last change before calling onChange: a save often writes several times. */
  delay: number;
  /** Paths never watched and never a reason to rebuild (the site being written). */
  ignore: (file: string) => boolean;
  /** Where a folder that cannot be watched is reported, one line each. */
  log: (line: string) => void;
}

export const defaultOptions: Options = {
  delay: 100,
  ignore: () => false,
  log: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Watch `roots` (folders, watched at every depth, or files); `onChange` after each burst of changes, with the paths
 * seen to change (a folder when the system did not say which of its entries).
 */
export function watchFolders(
  roots: readonly string[],
  onChange: (changed: readonly string[]) => void,
  options: Partial<Options> = {},
): { close: () => void } {
  const opts = { ...defaultOptions, ...options };
  const watchers = new Map<string, FSWatcher>();
  /** Paths whose problem was reported (once, until they can be watched again). */
  const reported = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let seenPaths = new Set<string>();
  const changed = (p: string) => {
    seenPaths.add(p);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const burst = [...seenPaths];
      seenPaths = new Set();
      sync();
      onChange(burst);
    }, opts.delay);
  };
  const report = (p: string, error: unknown) => {
    if (reported.has(p)) return;
    reported.add(p);
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    opts.log(`not watching ${p} (${code === 'ENOENT' ? 'missing' : code}): changes in it are seen once it can be read`);
  };
  /** Watch one folder (its entries) or file; a watch that fails later is dropped and the tree listed again. */
  const watchOne = (p: string, isFile: boolean) => {
    if (watchers.has(p)) return;
    try {
      const watcher = watch(p, (event, name) => {
        const at = name && !isFile ? path.join(p, name.toString()) : p;
        if (name && !isFile && opts.ignore(at)) return;
        // a file replaced (saved by renaming) is a new file: watch it afresh
        if (isFile && event === 'rename') drop(p);
        changed(at);
      });
      watcher.on('error', () => {
        drop(p);
        changed(p);
      });
      watchers.set(p, watcher);
      reported.delete(p);
    } catch (error) {
      report(p, error);
    }
  };
  const drop = (p: string) => {
    watchers.get(p)?.close();
    watchers.delete(p);
  };
  /** Every folder under `dir` watched; the folders seen added to `seen`. */
  const walk = (dir: string, seen: Set<string>) => {
    if (opts.ignore(dir)) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      report(dir, error);
      return;
    }
    seen.add(dir);
    watchOne(dir, false);
    for (const e of entries) if (e.isDirectory()) walk(path.join(dir, e.name), seen);
  };
  const sync = () => {
    const seen = new Set<string>();
    for (const root of roots) {
      const isFile = (() => {
        try {
          return statSync(root).isFile();
        } catch (error) {
          report(root, error);
          return undefined;
        }
      })();
      if (isFile === undefined) continue;
      if (isFile) {
        seen.add(root);
        watchOne(root, true);
      } else walk(root, seen);
    }
    for (const p of [...watchers.keys()]) if (!seen.has(p)) drop(p);
  };
  sync();
  return {
    close: () => {
      clearTimeout(timer);
      for (const p of [...watchers.keys()]) drop(p);
    },
  };
}
