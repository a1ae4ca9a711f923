/**
 * Every file the templates of layouts/ make, rendered straight from them without Eleventy, as Eleventy would write
 * them: the same templates, the same pagination (`data`, `size`, `alias`, `before`, `generatePageOnEmptyData`), the
 * same permalinks and the same page data (`site`, `build`, `page.url`, `pagination`). The warm build of `npm start`
 * (scripts/serve/warmBuild.ts) uses it to compare a whole site with the one on disk without writing it; a test
 * checks that it gives Eleventy's files byte for byte. The assets Eleventy copies as they are (layouts/assets) are
 * not among them: they change only with the code.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';
import type { BuildConfig } from '../config.ts';
import { projectRoot } from '../core/paths.ts';
import { beginRenderWarnings, endRenderWarnings } from '../core/renderWarnings.ts';
import type { Warning } from '../core/types/common.ts';
import type { BuildInfo, SiteData } from '../core/types/site.ts';

/** What a template of layouts/ exports, as far as Eleventy reads it here. */
interface Template {
  data?: Record<string, unknown> & {
    permalink?: string | false | ((d: Record<string, unknown>) => string | false);
    pagination?: {
      data: string;
      size: number;
      alias?: string;
      generatePageOnEmptyData?: boolean;
      before?: (items: unknown[], d: Record<string, unknown>) => unknown[];
    };
  };
  render: (d: Record<string, unknown>) => string | Promise<string>;
  /** The same text in parts, for a large file (layouts/files/relations-csv.11ty.ts): joined, they are `render`'s. */
  renderParts?: (d: Record<string, unknown>) => Iterable<string>;
}

/** One file of the site: its path in the site folder (forward slashes, no leading slash), its URL and its text. */
export interface RenderedPage {
  file: string;
  url: string;
  /** The text (of a page made in parts, joined when read). */
  body: string;
  /** A large file's text in parts, made as they are asked for (once), for a writer that writes them one by one. */
  parts?: () => Iterable<string>;
}

let registered = false;
let runs = 0;

/**
 * The templates under layouts/ (Eleventy's input folder) whose path from there (forward slashes) `only` accepts, by
 * path, imported once per process through tsx.
 */
async function templates(only: (name: string) => boolean): Promise<{ name: string; template: Template }[]> {
  if (!registered) {
    register();
    registered = true;
  }
  const root = path.join(projectRoot, 'layouts');
  const names = (await readdir(root, { recursive: true }))
    .map((n) => n.split(path.sep).join('/'))
    .filter((n) => n.endsWith('.11ty.ts') && only(n))
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      template: (await import(pathToFileURL(path.join(root, name)).href)) as Template,
    })),
  );
}

/** The value at a dotted path ("site.articles") of the page data. */
function at(data: Record<string, unknown>, dotted: string): unknown {
  let value: unknown = data;
  for (const key of dotted.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

/** The file a permalink is written to: "/x/" → "x/index.html", "/x.csv" → "x.csv". */
export const fileOf = (url: string): string => (url.endsWith('/') ? `${url}index.html` : url).replace(/^\//, '');

/** The pages of one template: its data merged over the global data, one page per chunk of its pagination. */
function pagesOf(template: Template, global: Record<string, unknown>): Record<string, unknown>[] {
  const own = template.data ?? {};
  const base = { ...own, ...global };
  const pagination = own.pagination;
  if (!pagination) return [base];
  let items = (at(base, pagination.data) as unknown[] | undefined) ?? [];
  if (pagination.before) items = pagination.before(items, base);
  const chunks: unknown[][] = [];
  for (let i = 0; i < items.length; i += pagination.size) chunks.push(items.slice(i, i + pagination.size));
  if (chunks.length === 0 && pagination.generatePageOnEmptyData) chunks.push([]);
  return chunks.map((chunk, pageNumber) => ({
    ...base,
    pagination: { ...pagination, items: chunk, pageNumber, pages: chunks },
    ...(pagination.alias ? { [pagination.alias]: pagination.size === 1 ? chunk[0] : chunk } : {}),
  }));
}

/**
 * Render every page of the site for `site` (or those of the templates `only` accepts: their paths from layouts/,
 * "pages/entity.11ty.ts"), one at a time: `onPage` hears of each (in template order, then page order), and nothing
 * of a page is kept once it has. Returns the warnings of pages written as minimal pages (layouts/parts/guardPage.ts),
 * as renderSite does.
 */
export async function renderPages(
  site: SiteData,
  config: BuildConfig,
  onPage: (page: RenderedPage) => void | Promise<void>,
  only: (name: string) => boolean = () => true,
): Promise<Warning[]> {
  const build: BuildInfo = {
    id: `pages-${++runs}`,
    pathPrefix: config.pathPrefix,
    offline: config.offline,
    ...(config.siteUrl ? { siteUrl: config.siteUrl } : {}),
  };
  const global = { site, build };
  const all = await templates(only);
  beginRenderWarnings();
  try {
    for (const { template } of all) {
      for (const data of pagesOf(template, global)) {
        const permalink = template.data?.permalink;
        const url = typeof permalink === 'function' ? permalink(data) : permalink;
        if (typeof url !== 'string') continue;
        const page = { ...data, page: { url } };
        const { renderParts } = template;
        if (renderParts) {
          // a large file: its parts are made while they are written, and joined only for a reader of `body`
          let body: string | undefined;
          await onPage({
            file: fileOf(url),
            url,
            get body() {
              body ??= [...renderParts(page)].join('');
              return body;
            },
            parts: () => renderParts(page),
          });
        } else await onPage({ file: fileOf(url), url, body: await template.render(page) });
      }
    }
  } catch (error) {
    endRenderWarnings();
    throw error;
  }
  return endRenderWarnings();
}
