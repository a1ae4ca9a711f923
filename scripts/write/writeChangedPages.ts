import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';
import type { BuildConfig } from '../config.ts';
import { projectRoot } from '../core/paths.ts';
import { beginRenderWarnings, endRenderWarnings } from '../core/renderWarnings.ts';
import type { BuildInfo, SiteData } from '../core/types/site.ts';

export interface Options {
  /** A note put at the top of each page written, until the whole build replaces it (e.g. that search is catching up). */
  notice: string | undefined;
  /** Entities whose pages are written too (those the changed articles named before the change, or since deleted ones). */
  entityIds: readonly string[];
}

export const defaultOptions: Options = { notice: undefined, entityIds: [] };

/** A page template, as layouts/pages/*.11ty.ts export it. */
interface Template {
  render: (data: Record<string, unknown>) => string;
}

let registered = false;
let quick = 0;

/** Import a page template of layouts/pages the way Eleventy does (through tsx). */
async function template(name: string): Promise<Template> {
  if (!registered) {
    register();
    registered = true;
  }
  return (await import(pathToFileURL(path.join(projectRoot, 'layouts/pages', name)).href)) as Template;
}

/**
 * The quick path of `npm start`: the pages of the changed articles and of their entities (with their mention pages),
 * rendered straight from the templates without Eleventy, and written into the live site, each only where its HTML
 * differs from the file there. The whole build follows and replaces them. Returns the site paths written.
 */
export async function writeChangedPages(
  site: SiteData,
  config: BuildConfig,
  outputDir: string,
  changedIds: readonly string[],
  options: Partial<Options> = {},
): Promise<string[]> {
  const opts = { ...defaultOptions, ...options };
  const build: BuildInfo = {
    id: `quick-${++quick}`,
    pathPrefix: config.pathPrefix,
    offline: config.offline,
    ...(config.siteUrl ? { siteUrl: config.siteUrl } : {}),
  };
  const wanted = new Set(changedIds);
  const articles = site.articles.filter((a) => wanted.has(a.id));
  const entityIds = new Set([
    ...articles.flatMap((a) => Object.values(a.entities).flatMap((refs) => refs.map((r) => r.id))),
    ...opts.entityIds,
  ]);
  const entities = site.entities.filter((e) => entityIds.has(e.id));
  const mentionPages = site.mentionPages.filter((m) => entityIds.has(m.entity));
  const [articlePage, entityPage, mentionsPage] = await Promise.all(
    ['article.11ty.ts', 'entity.11ty.ts', 'mentions.11ty.ts'].map(template),
  );
  const pages: { url: string; html: () => string }[] = [
    ...articles.map((article) => ({
      url: article.url,
      html: () => articlePage!.render(data(article.url, { article })),
    })),
    ...entities.map((entity) => ({ url: entity.url, html: () => entityPage!.render(data(entity.url, { entity })) })),
    ...mentionPages.map((mentionPage) => ({
      url: mentionPage.url,
      html: () => mentionsPage!.render(data(mentionPage.url, { mentionPage })),
    })),
  ];
  function data(url: string, own: Record<string, unknown>): Record<string, unknown> {
    return { site, build, page: { url }, ...own };
  }
  const written: string[] = [];
  beginRenderWarnings();
  try {
    for (const page of pages) {
      let body = page.html();
      if (opts.notice) body = body.replace('<main id="main">', `<main id="main">${opts.notice}`);
      const file = path.join(outputDir, page.url.endsWith('/') ? `${page.url}index.html` : page.url);
      const before = await readFile(file, 'utf8').catch(() => undefined);
      if (before === body) continue;
      await mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.quick-${process.pid}`;
      await writeFile(tmp, body);
      await rename(tmp, file);
      written.push(page.url);
    }
  } finally {
    endRenderWarnings();
  }
  return written;
}

/** The note on a page written by the quick path: search does not know the change yet. */
export const SEARCH_CATCHING_UP =
  '<p class="notice" role="status" data-pagefind-ignore>Just updated: search is catching up with this change and will find it in a few seconds.</p>';
