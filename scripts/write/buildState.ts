/**
 * What a build remembers of the last one, so the next knows what changed: a fingerprint of everything the site is
 * made from (each article's content hash, entities.yaml, the settings, the code and templates), written as a stamp
 * into the site, and, in the extraction cache's folder, the summary of that build and each article's hash.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildConfig } from '../config.ts';
import { projectRoot } from '../core/paths.ts';
import { FILE_CONCURRENCY, mapLimit } from '../core/mapLimit.ts';
import type { BuildSummary } from '../core/types/summary.ts';

/** The stamp in the site folder: the fingerprint of the inputs it was built from. */
export const STAMP = '.dossier-build';

/** What a build leaves for the next. */
export interface BuildState {
  /** Everything at once: equal fingerprints, the same site. */
  fingerprint: string;
  /** The code, templates, settings and corrections: equal, only articles can have changed. */
  setup: string;
  /** The content hash of each file of articles/, by path from there. */
  articles: Record<string, string>;
  /** The summary of that build, stage times left out. */
  summary: Omit<BuildSummary, 'stages'>;
}

/** The folders and files whose content decides the site besides the articles: code, templates, model, dependencies. */
const CODE = ['scripts', 'layouts', 'eleventy.config.ts', 'package-lock.json', 'data/model'];

let codePromise: Promise<string> | undefined;

/** A hash of the code and templates that make the site (scripts/dev left out), read once per process. */
export function codeVersion(): Promise<string> {
  codePromise ??= (async () => {
    const hash = createHash('sha256');
    for (const entry of CODE) {
      const full = path.join(projectRoot, entry);
      const files = await readdir(full, { recursive: true }).then(
        (names) => names.map((n) => path.join(entry, n)),
        () => [entry],
      );
      for (const file of files.sort()) {
        if (file.startsWith(path.join('scripts', 'dev'))) continue;
        const body = await readFile(path.join(projectRoot, file)).catch(() => undefined);
        if (body) hash.update(file).update('\0').update(body).update('\0');
      }
    }
    return hash.digest('hex');
  })();
  return codePromise;
}

export interface Inputs {
  /** The folder with articles/ and entities.yaml. */
  contentDir: string;
  config: BuildConfig;
  /** Whether the build indexes for search. */
  search: boolean;
  /**
   * The hashes of the last check of this process (the warm build), by path, with each file's identity, size and
   * times then: a file whose stat is the same is not read again. Updated in place.
   */
  known?: KnownHashes;
}

/** File hashes by path, each with the stat it was read under (see `hashFiles`). */
export type KnownHashes = Map<string, { stamp: string; hash: string }>;

/**
 * A file changed this long before it was read may be trusted by its stat afterwards: a later write gives it a later
 * time. One changed more recently could be written again within the file system's time step with the same size, so
 * it is read every time until it is older (as git treats "racily clean" files).
 */
const SETTLED_MS = 2000;

/** The content hash of every file under `dir` (a file that cannot be read: its error code; a pipe or device: its kind), by path from `dir`. */
async function hashFiles(dir: string, known?: KnownHashes): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  const hashes = await mapLimit(files, FILE_CONCURRENCY, async (file) => {
    const at = path.join(dir, file);
    try {
      const started = Date.now();
      // only regular files are read: reading a named pipe or a device would block or never end
      const info = await stat(at, { bigint: true });
      if (!info.isFile()) return `not a file ${info.mode}`;
      const stamp = `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
      const kept = known?.get(file);
      if (kept?.stamp === stamp) return kept.hash;
      const hash = createHash('sha256')
        .update(await readFile(at))
        .digest('hex')
        .slice(0, 32);
      const settled = Math.max(Number(info.mtimeMs), Number(info.ctimeMs)) < started - SETTLED_MS;
      if (settled) known?.set(file, { stamp, hash });
      else known?.delete(file);
      return hash;
    } catch (e) {
      return `unreadable ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
    }
  });
  if (known) {
    const listed = new Set(files);
    for (const file of [...known.keys()]) if (!listed.has(file)) known.delete(file);
  }
  return Object.fromEntries(files.map((f, i) => [f, hashes[i]!]));
}

/**
 * The fingerprints of a build's inputs, read before anything is parsed: the content hash of every file of the
 * content folder (articles, entities.yaml), the code and templates, and the settings.
 */
export async function fingerprint(inputs: Inputs): Promise<Pick<BuildState, 'fingerprint' | 'setup' | 'articles'>> {
  const { pathPrefix, offline, siteUrl, searchPartPages } = inputs.config;
  const files = await hashFiles(inputs.contentDir, inputs.known);
  const setup = createHash('sha256')
    .update(await codeVersion())
    .update(
      JSON.stringify({
        pathPrefix,
        offline,
        siteUrl,
        search: inputs.search,
        searchPartPages,
        corrections: files[CORRECTIONS] ?? '',
        // a test's failpoint changes what the stages do
        failpoint: process.env.DOSSIER_FAILPOINT ?? '',
      }),
    )
    .digest('hex');
  const all = createHash('sha256').update(setup).update(JSON.stringify(files));
  const articles: Record<string, string> = {};
  for (const [file, hash] of Object.entries(files))
    if (file.startsWith(ARTICLES)) articles[file.slice(ARTICLES.length)] = hash;
  return { fingerprint: all.digest('hex'), setup, articles };
}

const ARTICLES = 'articles/';
const CORRECTIONS = 'entities.yaml';

/** Where the state of the site in `outputDir` is kept: next to the extraction cache. */
export const stateFile = (cacheDir: string, outputDir: string): string =>
  path.join(
    cacheDir,
    'builds',
    `${createHash('sha256').update(path.resolve(outputDir)).digest('hex').slice(0, 16)}.json`,
  );

/** The last build's state, when the site in `outputDir` is the one it wrote (its stamp matches); else undefined. */
export async function readState(cacheDir: string, outputDir: string): Promise<BuildState | undefined> {
  try {
    const [state, stamp] = await Promise.all([
      readFile(stateFile(cacheDir, outputDir), 'utf8').then((t) => JSON.parse(t) as BuildState),
      readFile(path.join(outputDir, STAMP), 'utf8'),
    ]);
    return stamp.trim() === state.fingerprint ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Keep this build's state for the next (written whole, then renamed into place). */
export async function writeState(cacheDir: string, outputDir: string, state: BuildState): Promise<void> {
  const file = stateFile(cacheDir, outputDir);
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(state));
  await rename(tmp, file);
}

/** Write the stamp into a site folder. */
export const writeStamp = (dir: string, print: string): Promise<void> => writeFile(path.join(dir, STAMP), `${print}\n`);

/** The files of articles/ that are new or changed since `before`, by path from articles/ (an article's `source` up to any "#"). */
export const changedFiles = (before: BuildState, now: Record<string, string>): Set<string> =>
  new Set(Object.keys(now).filter((file) => before.articles[file] !== now[file]));
