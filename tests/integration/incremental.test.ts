import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, runShard } from '../../scripts/build.ts';
import { readConfig } from '../../scripts/config.ts';
import { generateCorpus } from '../../scripts/dev/corpora/synthetic.ts';
import { STAMP } from '../../scripts/write/buildState.ts';
import { writeBundle } from '../../scripts/write/index.ts';
import { ROOT } from '../helpers/site.ts';

/** Every file of a folder as "relative/path sha256", sorted. */
async function files(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const rows = await Promise.all(
    entries.map(async (e) => {
      const file = path.join(e.parentPath, e.name);
      const hash = createHash('sha256')
        .update(await readFile(file))
        .digest('hex');
      return `${path.relative(dir, file).split(path.sep).join('/')} ${hash}`;
    }),
  );
  return rows.sort();
}

/** Each file's modification time, by path. */
async function mtimes(dir: string): Promise<Map<string, number>> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const out = new Map<string, number>();
  for (const e of entries) {
    const file = path.join(e.parentPath, e.name);
    out.set(path.relative(dir, file), (await stat(file)).mtimeMs);
  }
  return out;
}

let tmp: string;
let content: string;
const corpus = generateCorpus({ articles: 12, seed: 7, articleBytes: 1500 });
const config = (out: string, cache: string) =>
  readConfig({ CONTENT_DIR: content, OUTPUT_DIR: out, CACHE_DIR: cache }, ROOT);

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'dossier-incremental-'));
  content = path.join(tmp, 'content');
  await writeBundle(content, corpus);
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('incremental builds', () => {
  const out = () => path.join(tmp, 'site');
  const cache = () => path.join(tmp, 'cache');
  const edited = corpus[3]!;
  const articleFile = () => path.join(content, edited.path);

  it('a second build with nothing changed does no render and no index, says so, and touches no file', async () => {
    const first = await runBuild(config(out(), cache()), { log: () => {}, search: false });
    expect(first.unchanged).toBeUndefined();
    const before = await mtimes(out());
    const lines: string[] = [];
    const second = await runBuild(config(out(), cache()), { log: (l) => lines.push(l), search: false });
    expect(second.unchanged).toBe(true);
    expect(second.stages.map(([s]) => s)).toEqual(['check']);
    expect(second.pages).toBe(first.pages);
    expect(second.entities).toEqual(first.entities);
    expect(lines.join('\n')).toMatch(/nothing changed/i);
    expect(await mtimes(out())).toEqual(before);
  }, 120_000);

  it.each([
    ['entities.yaml', () => writeFile(path.join(content, 'entities.yaml'), 'Last Week:\n  ignore: true\n')],
    ['the settings (PATH_PREFIX)', async () => {}],
  ])(
    'a change of %s is a change: the site is built again',
    async (what, change) => {
      await change();
      const env = what.startsWith('the settings') ? { PATH_PREFIX: '/repo/' } : {};
      try {
        const summary = await runBuild(
          readConfig({ CONTENT_DIR: content, OUTPUT_DIR: out(), CACHE_DIR: cache(), ...env }, ROOT),
          { log: () => {}, search: false },
        );
        expect(summary.unchanged).toBeUndefined();
        expect(summary.stages.map(([s]) => s)).toContain('render');
      } finally {
        await rm(path.join(content, 'entities.yaml'), { force: true });
      }
    },
    120_000,
  );

  it('one edited article: its page is rewritten, unchanged files are the files the last build wrote', async () => {
    await runBuild(config(out(), cache()), { log: () => {}, search: false });
    const before = await mtimes(out());
    const page = `articles/${edited.path.replace(/^articles\//, '').replace(/\.md$/, '')}/index.html`;
    const oldHtml = await readFile(path.join(out(), page), 'utf8');
    await writeFile(articleFile(), edited.content.replace(/\n\n/, '\n\nA new paragraph about Velmora Quist.\n\n'));
    const live: { written: readonly string[]; html: string }[] = [];
    const summary = await runBuild(config(out(), cache()), {
      log: () => {},
      search: false,
      live: true,
      onLive: (written) => {
        live.push({ written, html: '' });
      },
    });
    expect(summary.unchanged).toBeUndefined();
    const after = await mtimes(out());
    const newHtml = await readFile(path.join(out(), page), 'utf8');
    expect(newHtml).not.toBe(oldHtml);
    expect(newHtml).toContain('Velmora Quist');
    expect(newHtml).not.toContain('search is catching up');
    // the quick path wrote the article's page at once
    expect(live).toHaveLength(1);
    expect(live[0]!.written).toContain(`/${page.replace(/index\.html$/, '')}`);
    // pages that do not depend on the article are untouched
    for (const kept of ['404.html', 'search/index.html', 'assets/style.css'])
      expect(after.get(kept), kept).toBe(before.get(kept));
    const changed = [...after].filter(([file, t]) => before.get(file) !== t).map(([file]) => file);
    expect(changed).toContain(page);
    expect(changed.length).toBeLessThan(after.size / 2);
    await writeFile(articleFile(), edited.content);
  }, 120_000);

  it('the quick path writes what Eleventy writes, with a note that search is catching up', async () => {
    await runBuild(config(out(), cache()), { log: () => {}, search: false });
    await writeFile(articleFile(), edited.content.replace(/\n\n/, '\n\nAnother paragraph.\n\n'));
    const quick = new Map<string, string>();
    await runBuild(config(out(), cache()), {
      log: () => {},
      search: false,
      live: true,
      onLive: (written) => {
        for (const url of written) quick.set(url, '');
      },
    });
    // read after the fact: render the quick pages again into a copy and compare with the whole build's pages
    expect(quick.size).toBeGreaterThan(1);
    const { writeChangedPages } = await import('../../scripts/write/writeChangedPages.ts');
    const { runPipeline } = await import('../../scripts/pipeline.ts');
    const { loadArticles } = await import('../../scripts/load/index.ts');
    const { extractArticles } = await import('../../scripts/parallel/extractArticles.ts');
    const { createHref } = await import('../../scripts/core/urls.ts');
    const { articles } = await loadArticles(content);
    const { extractions } = await extractArticles(articles, { cacheDir: cache() });
    const cfg = config(out(), cache());
    const { site } = runPipeline(articles, { extractions, href: createHref(cfg) });
    const copy = path.join(tmp, 'quick-copy');
    await cp(out(), copy, { recursive: true });
    const ids = articles.filter((a) => a.source === edited.path.replace(/^articles\//, '')).map((a) => a.id);
    expect(ids).toHaveLength(1);
    // with the whole build's pages in place, the quick path finds nothing to change: its HTML is the same
    expect(await writeChangedPages(site, cfg, copy, ids)).toEqual([]);
    const noted = await writeChangedPages(site, cfg, copy, ids, { notice: '<p>catching up</p>' });
    expect(noted.length).toBe(quick.size);
    await writeFile(articleFile(), edited.content);
  }, 120_000);
});

describe('sharded extraction', () => {
  it('N shard runs, their caches put together, then one build: byte-identical to a one-machine build', async () => {
    const whole = path.join(tmp, 'whole');
    await runBuild(config(whole, path.join(tmp, 'cache-whole')), { log: () => {} });
    const merged = path.join(tmp, 'cache-merged');
    let shared = 0;
    for (const index of [1, 2, 3]) {
      const own = path.join(tmp, `cache-shard-${index}`);
      const done = await runShard(config(path.join(tmp, 'unused'), own), { index, count: 3 }, { log: () => {} });
      expect(done.articles).toBe(corpus.length);
      shared += done.share;
      await cp(own, merged, { recursive: true });
    }
    expect(shared).toBe(corpus.length);
    const final = await runBuild(config(path.join(tmp, 'sharded'), merged), { log: () => {} });
    expect(final.cached).toBe(corpus.length);
    const [a, b] = await Promise.all([files(whole), files(path.join(tmp, 'sharded'))]);
    expect(a.some((row) => row.startsWith('pagefind/pagefind-entry.json '))).toBe(true);
    expect(a.some((row) => row.startsWith(`${STAMP} `))).toBe(true);
    expect(b).toEqual(a);
  }, 240_000);
});
