import path from 'node:path';
import { DossierError } from './core/errors.ts';

/** Everything a build is told from outside. Read once, from the environment, by `readConfig`. */
export interface BuildConfig {
  /** Folder holding `articles/` and the optional `entities.yaml`. */
  contentDir: string;
  /** Folder the site is written to. */
  outputDir: string;
  /** URL path the site is served under: "/" or "/repo/". Always starts and ends with "/". */
  pathPrefix: string;
  /** Relative links to files (…/index.html) so the site works from file:// with no server. */
  offline: boolean;
  /** Absolute site URL for canonical links, e.g. "https://me.github.io/repo/". */
  siteUrl?: string;
  /** Where extractions are cached between builds (CACHE_DIR); undefined: the project's .dossier/cache/extract. */
  cacheDir?: string;
  /** Pages of the site per part of the search index at least (SEARCH_PART_PAGES); undefined: indexSite's default. */
  searchPartPages?: number;
}

export const defaultConfig: BuildConfig = {
  contentDir: 'content',
  outputDir: '_site',
  pathPrefix: '/',
  offline: false,
};

/** A URL path segment: unreserved and sub-delimiter characters, or percent escapes; never "." or "..". */
const SEGMENT = /^(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})+$/;

/**
 * "/repo/" from "repo", "/repo", "repo/". Refuses anything that is not a plain URL path: a backslash or a control
 * character ("/\\evil.example" makes browsers load every asset from another host), "//", "..", spaces, a scheme.
 */
export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, '');
  if (!trimmed) return '/';
  const segments = trimmed.split('/');
  if (segments.some((seg) => !SEGMENT.test(seg) || seg === '.' || seg === '..')) {
    throw new DossierError(
      'CONFIG_INVALID',
      `PATH_PREFIX ${JSON.stringify(prefix)} is not a URL path: use letters, digits and - . _ ~ between slashes, e.g. /my-repo/`,
    );
  }
  return `/${trimmed}/`;
}

/** An absolute http(s) URL with no credentials, query, fragment, white space or control characters, ending in "/". */
export function normaliseSiteUrl(value: string): string {
  const bad = () =>
    new DossierError(
      'CONFIG_INVALID',
      `SITE_URL ${JSON.stringify(value)} is not an http(s) address like https://me.github.io/repo/`,
    );
  if (/[\s\p{Cc}\\<>"'`]/u.test(value)) throw bad();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw bad();
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    !url.hostname
  )
    throw bad();
  return url.href.replace(/\/*$/, '/');
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): BuildConfig {
  const flag = (v: string | undefined) => v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
  return {
    contentDir: path.resolve(cwd, env.CONTENT_DIR || defaultConfig.contentDir),
    outputDir: path.resolve(cwd, env.OUTPUT_DIR || defaultConfig.outputDir),
    pathPrefix: normalisePrefix(env.PATH_PREFIX || defaultConfig.pathPrefix),
    offline: flag(env.OFFLINE),
    ...(env.SITE_URL ? { siteUrl: normaliseSiteUrl(env.SITE_URL) } : {}),
    ...(env.CACHE_DIR ? { cacheDir: path.resolve(cwd, env.CACHE_DIR) } : {}),
    ...(env.SEARCH_PART_PAGES ? { searchPartPages: readPartPages(env.SEARCH_PART_PAGES) } : {}),
  };
}

/** A whole number of pages, at least 1. */
function readPartPages(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new DossierError(
      'CONFIG_INVALID',
      `SEARCH_PART_PAGES must be a whole number of pages, 1 or more (got "${value}")`,
    );
  return n;
}
