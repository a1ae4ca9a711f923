import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { inject } from 'vitest';
import type { KnowledgeBase } from '../../scripts/core/types/kb.ts';
import { writeLongStrings } from './crawl.ts';
import { openNewsContent } from './openNews.ts';
import { buildSite, fileFor, type BuiltSite } from './site.ts';
import { syntheticContent } from './synthetic.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The temp folder the browser project's shared sites are built into (sharedSitesSetup.ts). */
    sharedSites: string;
  }
}

/** Articles and seed of the synthetic site the browser tests share (tests/helpers/synthetic.ts). */
export const SYNTHETIC_SITE = { articles: 1000, seed: 7 } as const;

/**
 * The sites several browser test files read, each built at most once a run, and only when a file asks for it:
 * - `synthetic`: 1,000 synthetic articles (`syntheticContent`, three outlets, every seventh in French);
 * - `real-news`: the 52 real news articles of tests/helpers/openNews.ts.
 * Both get the article built to overflow a narrow screen (`writeLongStrings`).
 */
const RECIPES = {
  synthetic: () => syntheticContent(SYNTHETIC_SITE.articles, SYNTHETIC_SITE.seed),
  'real-news': openNewsContent,
} as const;

export type SharedSiteName = keyof typeof RECIPES;

/** A shared site: read it, never change it (the other test files see the same folder). */
export type SharedSite = Omit<BuiltSite, 'summary' | 'cleanup'>;

/** Written by the file that built a site: where it is (the teardown removes it too). */
export const READY = 'ready.json';
const FAILED = 'failed.txt';
const WAIT_MS = 15 * 60_000;

/**
 * The shared site `name`, built into the folder the browser project's global setup provides (removed when the
 * run ends): the first test file that asks builds it; the others, one at a time or side by side, wait for it and
 * read it. Outside that project (no folder provided) it is built into a temp folder of its own.
 */
export async function sharedSite(name: SharedSiteName): Promise<SharedSite> {
  const root =
    (inject('sharedSites') as string | undefined) ?? (await mkdtemp(path.join(tmpdir(), 'dossier-shared-sites-')));
  const home = path.join(root, name);
  const ready = path.join(home, READY);
  if (!existsSync(ready)) {
    let builder = true;
    try {
      await mkdir(home); // atomic: whoever creates it builds
    } catch {
      builder = false;
    }
    if (builder) {
      try {
        const content = await RECIPES[name]();
        await writeLongStrings(content.dir);
        const built = await buildSite(content.dir);
        await content.cleanup();
        await writeFile(ready, JSON.stringify({ dir: built.dir }));
      } catch (e) {
        await writeFile(path.join(home, FAILED), String(e));
        throw e;
      }
    } else {
      const start = Date.now();
      while (!existsSync(ready)) {
        if (existsSync(path.join(home, FAILED)) || Date.now() - start > WAIT_MS)
          throw new Error(`the shared site ${name} was not built in ${home}`);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }
  const { dir } = JSON.parse(await readFile(ready, 'utf8')) as { dir: string };
  const kb = JSON.parse(await readFile(path.join(dir, 'kb.json'), 'utf8')) as KnowledgeBase;
  return { dir, kb, html: async (sitePath) => parse(await readFile(fileFor(dir, sitePath), 'utf8')) };
}
