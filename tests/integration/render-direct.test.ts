import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../scripts/config.ts';
import { createHref } from '../../scripts/core/urls.ts';
import { generateCorpus } from '../../scripts/dev/corpora/synthetic.ts';
import { loadArticles } from '../../scripts/load/index.ts';
import { runPipeline } from '../../scripts/pipeline.ts';
import { writeBundle } from '../../scripts/write/index.ts';
import { renderSite } from '../../scripts/write/renderSite.ts';
import { spillSiteData } from '../../scripts/write/spillSiteData.ts';
import { ROOT } from '../helpers/site.ts';

/**
 * The pages of one page per article or entity are rendered straight from the templates and written one at a time
 * (memory that does not grow with the site, issue 25); the site must be the one Eleventy writes when it renders
 * every page itself, byte for byte; and so must the site rendered with the per-item parts of the site data read
 * back from disk (scripts/write/spillSiteData.ts), as the build renders it.
 */

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((t) => rm(t, { recursive: true, force: true })));
});

/** Every file below `dir` (forward slashes), with its bytes. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const e of entries
    .filter((x) => x.isFile())
    .sort((a, b) => (a.parentPath + a.name < b.parentPath + b.name ? -1 : 1)))
    files.set(
      path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'),
      await readFile(path.join(e.parentPath, e.name)),
    );
  return files;
}

describe('rendering the pages of each article and entity without Eleventy', () => {
  it.each([
    ['online', {}],
    ['offline', { OFFLINE: '1' }],
  ])(
    'gives the site Eleventy gives alone, file for file (%s)',
    async (_, env: Record<string, string>) => {
      const tmp = await mkdtemp(path.join(tmpdir(), 'dossier-render-direct-'));
      temps.push(tmp);
      const content = path.join(tmp, 'content');
      await writeBundle(content, generateCorpus({ articles: 40, seed: 3 }));
      const config = readConfig({ CONTENT_DIR: content, OUTPUT_DIR: path.join(tmp, 'site'), ...env }, ROOT);
      const { articles } = await loadArticles(content);
      const { site } = runPipeline(articles, { href: createHref(config) });
      // every kind of page of PAGE_PER_ITEM is there to compare: an entity with a page of all its mentions too
      expect(site.mentionPages.length).toBeGreaterThan(0);

      const direct = await renderSite(site, config, path.join(tmp, 'direct'));
      const eleventy = await renderSite(site, config, path.join(tmp, 'eleventy'), []);
      expect(direct.pages).toBe(eleventy.pages);
      expect(direct.warnings).toEqual(eleventy.warnings);
      const [a, b] = await Promise.all([filesOf(path.join(tmp, 'direct')), filesOf(path.join(tmp, 'eleventy'))]);
      expect([...a.keys()]).toEqual([...b.keys()]);
      const differ = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file);
      expect(differ).toEqual([]);
      expect([...a.keys()].some((f) => /^(people|groups|places)\/[^/]+\/mentions\/index\.html$/.test(f))).toBe(true);
      expect([...a.keys()].some((f) => /^articles\/.+\/index\.html$/.test(f))).toBe(true);

      // the build renders with the bodies, sentences and local graphs read back from disk (spillSiteData)
      const spilled = await spillSiteData(site, { tmpDir: tmp });
      try {
        const fromDisk = await renderSite(site, config, path.join(tmp, 'spilled'));
        expect(fromDisk.pages).toBe(direct.pages);
      } finally {
        await spilled.release();
      }
      const c = await filesOf(path.join(tmp, 'spilled'));
      expect([...c.keys()]).toEqual([...a.keys()]);
      expect([...c].filter(([file, bytes]) => !bytes.equals(a.get(file)!)).map(([file]) => file)).toEqual([]);
    },
    300_000,
  );
});
