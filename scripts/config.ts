import path from 'node:path';

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
}

export const defaultConfig: BuildConfig = {
  contentDir: 'content',
  outputDir: '_site',
  pathPrefix: '/',
  offline: false,
};

export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): BuildConfig {
  const flag = (v: string | undefined) => v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
  return {
    contentDir: path.resolve(cwd, env.CONTENT_DIR || defaultConfig.contentDir),
    outputDir: path.resolve(cwd, env.OUTPUT_DIR || defaultConfig.outputDir),
    pathPrefix: normalisePrefix(env.PATH_PREFIX || defaultConfig.pathPrefix),
    offline: flag(env.OFFLINE),
    ...(env.SITE_URL ? { siteUrl: env.SITE_URL.replace(/\/*$/, '/') } : {}),
    ...(env.CACHE_DIR ? { cacheDir: path.resolve(cwd, env.CACHE_DIR) } : {}),
  };
}
