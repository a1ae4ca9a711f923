import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { runBuild } from '../../scripts/build.ts';
import type { BuildSummary } from '../../scripts/core/types/summary.ts';
import { CHROMIUM, launchChromium } from '../../scripts/dev/browser/chromium.ts';
import { readConfig } from '../../scripts/config.ts';
import { serveSite as serveBuiltSite } from '../../scripts/serve/serveSite.ts';
import type { KnowledgeBase } from '../../scripts/core/types/kb.ts';

export { CHROMIUM, launchChromium };

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SEED_CONTENT = path.join(ROOT, 'content');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');

export interface BuiltSite {
  dir: string;
  summary: BuildSummary;
  kb: KnowledgeBase;
  html: (sitePath: string) => Promise<HTMLElement>;
  cleanup: () => Promise<void>;
}

/** Build a content folder into a fresh temp folder, as `npm run build` would with these variables. */
export async function buildSite(
  contentDir: string,
  env: Record<string, string> = {},
  search = true,
): Promise<BuiltSite> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'dossier-test-'));
  const dir = path.join(tmp, 'site');
  const config = readConfig({ CONTENT_DIR: contentDir, OUTPUT_DIR: dir, ...env }, ROOT);
  const summary = await runBuild(config, { log: () => {}, search });
  const kb = JSON.parse(await readFile(path.join(dir, 'kb.json'), 'utf8')) as KnowledgeBase;
  return {
    dir,
    summary,
    kb,
    html: async (sitePath) => parse(await readFile(fileFor(dir, sitePath), 'utf8')),
    cleanup: () => rm(tmp, { recursive: true, force: true }),
  };
}

/** The file that a site path is served from. */
export function fileFor(dir: string, sitePath: string): string {
  const clean = decodeURIComponent(sitePath.split('#')[0]!.split('?')[0]!);
  return path.join(dir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** A copy of a content folder that a test may change. */
export async function copyContent(from: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'dossier-content-'));
  await cp(from, tmp, { recursive: true });
  return { dir: tmp, cleanup: () => rm(tmp, { recursive: true, force: true }) };
}

export type { Served } from '../../scripts/serve/serveSite.ts';

/** Serve a built site on 127.0.0.1 under a path prefix, with the site's 404 page for misses. */
export const serveSite = (dir: string, prefix = '/') => serveBuiltSite(dir, { prefix });

/**
 * Whether the browser tests can run. Without Chromium they skip loudly on a developer's
 * machine, and fail in CI (CI=true), where .ci/run installs it.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true')
    throw new Error(`CI=true but ${CHROMIUM} is missing: .ci/run should have installed it`);
  console.warn(
    `\n!!!!! SKIPPING BROWSER TESTS: ${CHROMIUM} not found. Install it with: apt-get install -y chromium !!!!!\n`,
  );
  return false;
}

/** axe-core's violations on the page as it is now, one line each ("rule: selectors"). */
export async function axeViolations(page: import('playwright-core').Page): Promise<string[]> {
  const { createRequire } = await import('node:module');
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: { resultTypes: string[] },
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // only the violations are wanted: axe then reports one node for passes and the like, which is much faster
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
