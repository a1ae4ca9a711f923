import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { register } from 'tsx/esm/api';
import type { BuildConfig } from '../config.ts';
import { DossierError } from '../core/errors.ts';
import { projectRoot } from '../core/paths.ts';
import { beginRenderWarnings, endRenderWarnings } from '../core/renderWarnings.ts';
import type { Warning } from '../core/types/common.ts';
import type { BuildInfo, SiteData } from '../core/types/site.ts';
import { renderPages } from './renderPages.ts';

let typeScriptRegistered = false;
let renders = 0;

/** What a render gives: the pages written, and a STAGE_FAILED warning for each page written as a minimal page. */
export interface Rendered {
  pages: number;
  warnings: Warning[];
}

/**
 * The templates whose pages grow with the corpus (paths from layouts/): one page per article or entity, and the lists,
 * the pages of relations, the relations' CSV, the sitemap and the offline search index. Eleventy keeps every page it
 * renders, its data and its HTML, until it has written them all, so its memory grows with the site (at 10,000
 * articles the relations alone are some 1,400 pages and a CSV of 78 MB); these pages are instead rendered straight from
 * the templates (renderPages, which gives Eleventy's files byte for byte) and each is written as soon as it is
 * rendered. Eleventy renders the rest (the home page, the network, the search page, the site files: a fixed few) and
 * copies the assets.
 */
export const PAGE_PER_ITEM = [
  'pages/article.11ty.ts',
  'pages/entity.11ty.ts',
  'pages/mentions.11ty.ts',
  'files/preview.11ty.ts',
  'pages/articles.11ty.ts',
  'pages/section.11ty.ts',
  'pages/folder.11ty.ts',
  'pages/relations.11ty.ts',
  'files/relations-csv.11ty.ts',
  'files/sitemap.11ty.ts',
  'files/search-index.11ty.ts',
] as const;

/**
 * The site's pages from the templates in layouts/: one page per article or entity written as each is rendered, the
 * rest rendered by Eleventy. A template that throws on one page costs a warning and that page is written in a minimal
 * form (layouts/parts/guardPage.ts); the other pages are built. `direct`: the templates rendered without Eleventy
 * (none: Eleventy renders every page, as the tests compare).
 */
export async function renderSite(
  site: SiteData,
  config: BuildConfig,
  outputDir: string,
  direct: readonly string[] = PAGE_PER_ITEM,
): Promise<Rendered> {
  const rest = await renderWithEleventy(site, config, outputDir, direct);
  let pages = 0;
  // each folder made once (a page per folder: some 5,000 folders at 1,000 articles)
  const made = new Set<string>();
  const warnings = await renderPages(
    site,
    config,
    async (page) => {
      const { file } = page;
      const at = path.join(outputDir, file);
      const dir = path.dirname(at);
      if (!made.has(dir)) {
        await mkdir(dir, { recursive: true });
        made.add(dir);
      }
      await (page.parts ? writeParts(at, page.parts()) : writeFile(at, page.body));
      if (file.endsWith('.html')) pages++;
    },
    (name) => direct.includes(name),
  );
  return { pages: rest.pages + pages, warnings: [...rest.warnings, ...warnings] };
}

/** Eleventy renders every template but the `direct` ones, and copies the assets. */
async function renderWithEleventy(
  site: SiteData,
  config: BuildConfig,
  outputDir: string,
  direct: readonly string[],
): Promise<Rendered> {
  // Eleventy import()s eleventy.config.ts and the .11ty.ts templates: make sure Node can load TypeScript,
  // whoever started this process (tsx, vitest or plain node).
  if (!typeScriptRegistered) {
    register();
    typeScriptRegistered = true;
  }
  const build: BuildInfo = {
    id: `render-${++renders}`,
    pathPrefix: config.pathPrefix,
    offline: config.offline,
    ...(config.siteUrl ? { siteUrl: config.siteUrl } : {}),
  };
  const eleventy = new Eleventy(path.join(projectRoot, 'layouts'), outputDir, {
    configPath: path.join(projectRoot, 'eleventy.config.ts'),
    quietMode: true,
    config: (eleventyConfig: { addGlobalData: (name: string, value: unknown) => void }) => {
      eleventyConfig.addGlobalData('site', site);
      eleventyConfig.addGlobalData('build', build);
      // Eleventy's documented ignores (a Set of globs), missing from its type declarations
      const { ignores } = eleventyConfig as unknown as { ignores: Set<string> };
      for (const name of direct) ignores.add(`**/layouts/${name}`);
    },
  });
  beginRenderWarnings();
  try {
    const written = (await eleventy.write()) as unknown as { outputPath?: string }[][] | { outputPath?: string }[];
    const pages = written.flat().filter((r) => r.outputPath?.endsWith('.html')).length;
    return { pages, warnings: endRenderWarnings() };
  } catch (error) {
    endRenderWarnings();
    throw new DossierError('RENDER_FAILED', `Eleventy could not render the site: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** A file written part by part, each part made once the one before is written (the same bytes as their join). */
async function writeParts(file: string, parts: Iterable<string>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (const part of parts) {
      const bytes = Buffer.from(part, 'utf8');
      for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at)).bytesWritten;
    }
  } finally {
    await handle.close();
  }
}
