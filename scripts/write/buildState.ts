/**
 * What a build remembers of the last one, so the next knows what changed: a fingerprint of everything the site is
 * made from (each article's content hash, entities.yaml, the settings, the code and templates), written as a stamp
 * into the site, and, in the extraction cache's folder, the summary of that build and each article's hash.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildConfig } from '../config.ts';
import { projectRoot } from '../core/paths.ts';
import type { Article } from '../core/types/article.ts';
import type { Warning } from '../core/types/common.ts';
import type { Correction } from '../core/types/entity.ts';
import type { BuildSummary } from '../core/types/summary.ts';

/** The stamp in the site folder: the fingerprint of the inputs it was built from. */
export const STAMP = '.dossier-build';

/** What a build leaves for the next. */
export interface BuildState {
  /** Everything at once: equal fingerprints, the same site. */
  fingerprint: string;
  /** The code, templates, settings and corrections: equal, only articles can have changed. */
  setup: string;
  /** Each article's content hash, by source. */
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

/** An article's content hash: everything load read from its file. */
export const articleHash = (article: Article): string =>
  createHash('sha256').update(JSON.stringify(article)).digest('hex').slice(0, 32);

export interface Inputs {
  articles: readonly Article[];
  corrections: readonly Correction[];
  config: BuildConfig;
  /** Whether the build indexes for search. */
  search: boolean;
  /** What load warned of (a file it could not read makes no article, but its warning is part of the result). */
  warnings: readonly Warning[];
}

/** The fingerprints of a build's inputs and each article's hash. */
export async function fingerprint(inputs: Inputs): Promise<Pick<BuildState, 'fingerprint' | 'setup' | 'articles'>> {
  const { pathPrefix, offline, siteUrl } = inputs.config;
  const setup = createHash('sha256')
    .update(await codeVersion())
    .update(
      JSON.stringify({
        pathPrefix,
        offline,
        siteUrl,
        search: inputs.search,
        corrections: inputs.corrections,
        // a test's failpoint changes what the stages do
        failpoint: process.env.DOSSIER_FAILPOINT ?? '',
      }),
    )
    .digest('hex');
  const hashes = inputs.articles.map(articleHash);
  const all = createHash('sha256').update(setup).update(JSON.stringify(inputs.warnings));
  for (const h of hashes) all.update(h);
  const articles: Record<string, string> = {};
  inputs.articles.forEach((a, i) => {
    articles[a.source] = hashes[i]!;
  });
  return { fingerprint: all.digest('hex'), setup, articles };
}

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

/** The sources of the articles that are new or changed since `before`. */
export const changedArticles = (before: BuildState, now: Record<string, string>): string[] =>
  Object.keys(now).filter((source) => before.articles[source] !== now[source]);
