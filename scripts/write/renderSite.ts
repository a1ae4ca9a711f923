import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { register } from 'tsx/esm/api';
import type { BuildConfig } from '../config.ts';
import { DossierError } from '../core/errors.ts';
import { projectRoot } from '../core/paths.ts';
import { beginRenderWarnings, endRenderWarnings } from '../core/renderWarnings.ts';
import type { Warning } from '../core/types/common.ts';
import type { BuildInfo, SiteData } from '../core/types/site.ts';

let typeScriptRegistered = false;
let renders = 0;

/** What a render gives: the pages written, and a STAGE_FAILED warning for each page written as a minimal page. */
export interface Rendered {
  pages: number;
  warnings: Warning[];
}

/**
 * Eleventy renders the templates in layouts/ from the site data. A template that throws on one page costs a
 * warning and that page is written in a minimal form (layouts/parts/guardPage.ts); the other pages are built.
 */
export async function renderSite(site: SiteData, config: BuildConfig, outputDir: string): Promise<Rendered> {
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
