import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { register } from 'tsx/esm/api';
import type { BuildConfig } from '../config.ts';
import { DossierError } from '../core/errors.ts';
import { projectRoot } from '../core/paths.ts';
import type { BuildInfo, SiteData } from '../core/types/site.ts';

let typeScriptRegistered = false;
let renders = 0;

/** Eleventy renders the templates in layouts/ from the site data. Returns the number of pages written. */
export async function renderSite(site: SiteData, config: BuildConfig, outputDir: string): Promise<number> {
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
  try {
    const written = (await eleventy.write()) as unknown as { outputPath?: string }[][] | { outputPath?: string }[];
    return written.flat().filter((r) => r.outputPath?.endsWith('.html')).length;
  } catch (error) {
    throw new DossierError('RENDER_FAILED', `Eleventy could not render the site: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
