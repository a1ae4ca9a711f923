import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { extractArticles } from '../../scripts/parallel/extractArticles.ts';
import { STAGE_FAILED } from '../../scripts/core/guard.ts';
import { runPipeline } from '../../scripts/pipeline.ts';
import type { Article } from '../../scripts/core/types/article.ts';
import type { KnowledgeBase } from '../../scripts/core/types/kb.ts';
import { ROOT } from '../helpers/site.ts';
import { shipped } from '../helpers/model.ts';

const article = (id: string, text: string): Article => ({
  id,
  source: `${id}.txt`,
  format: 'txt',
  title: id,
  text,
  prose: text,
  bodyLine: 1,
});
const TEXT = (i: number) =>
  `Ama Osei, a spokeswoman for the Halden Party, said: "We will not comment." Talks in Geneva resumed on Monday, note ${i}.`;
const corpus = (n: number) => Array.from({ length: n }, (_, i) => article(`a${i}`, TEXT(i)));

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))));
afterEach(() => {
  delete process.env.DOSSIER_FAILPOINT;
});

describe('one failing step costs a warning, never the article or the others', () => {
  it.each([
    ['extract entities', 'the article is shown without entities'],
    ['resolve entities', 'the article is shown without entities'],
    ['link the mentions', 'the article is shown without links'],
    ['find roles', 'the article is shown without them'],
    ['find quotes', 'the article is shown without them'],
    ['score salience', 'the article is shown without it'],
    ['relate entities', 'its relations are left out'],
  ])('%s', (step, without) => {
    process.env.DOSSIER_FAILPOINT = `${step}@a1.txt`;
    const linked = runPipeline(corpus(3), { model: shipped });
    const failed = linked.warnings.filter((w) => w.code === STAGE_FAILED);
    expect(failed).toEqual([
      {
        code: STAGE_FAILED,
        file: 'a1.txt',
        message: `could not ${step} (Error: failpoint: ${step} on a1.txt); ${without}`,
      },
    ]);
    // every article still has its page with every paragraph
    expect(linked.site.articles.map((a) => a.id)).toEqual(['a0', 'a1', 'a2']);
    for (const a of linked.site.articles) expect(a.html).toContain('We will not comment.');
    // the other articles keep their entities, quotes and relations
    const osei = linked.site.entities.find((e) => e.name === 'Ama Osei')!;
    const articlesOf = new Set(osei.mentions.map((m) => m.article));
    expect(articlesOf.has('a0') && articlesOf.has('a2')).toBe(true);
    expect(osei.quotes?.some((q) => q.article === 'a0')).toBe(true);
    expect(linked.site.relations.length).toBeGreaterThan(0);
  });

  it('loading: a failure reading one file shows it as plain text, with a warning; the others load', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-load-guard-'));
    temps.push(dir);
    await mkdir(path.join(dir, 'articles'));
    await writeFile(path.join(dir, 'articles/a.md'), '---\ntitle: A\n---\nTalks in Geneva.\n');
    await writeFile(path.join(dir, 'articles/b.md'), '---\ntitle: B\n---\nTalks in Oslo.\n');
    process.env.DOSSIER_FAILPOINT = 'read the article@b.md';
    const { loadArticles } = await import('../../scripts/load/index.ts');
    const { articles, warnings } = await loadArticles(dir);
    expect(articles.map((a) => [a.source, a.title])).toEqual([
      ['a.md', 'A'],
      ['b.md', 'B'],
    ]);
    expect(articles[1]!.format).toBe('txt');
    expect(articles[1]!.text).toContain('Talks in Oslo.');
    expect(warnings).toEqual([
      {
        code: STAGE_FAILED,
        file: 'b.md',
        message: 'could not read the article (Error: failpoint: read the article on b.md); it is shown as plain text',
      },
    ]);
  });

  it('loading another format: a failure in its loader skips that file, with a warning; the others load', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-load-guard-'));
    temps.push(dir);
    await mkdir(path.join(dir, 'articles'));
    await writeFile(path.join(dir, 'articles/a.md'), 'Talks in Geneva.\n');
    await writeFile(path.join(dir, 'articles/b.csv'), 'text\nTalks in Oslo.\n');
    process.env.DOSSIER_FAILPOINT = 'read the article@b.csv';
    const { loadArticles } = await import('../../scripts/load/index.ts');
    const { articles, warnings } = await loadArticles(dir);
    expect(articles.map((a) => a.source)).toEqual(['a.md']);
    expect(warnings).toEqual([
      {
        code: STAGE_FAILED,
        file: 'b.csv',
        message: 'could not read the article (Error: failpoint: read the article on b.csv); it is skipped',
      },
    ]);
  });

  it('in worker threads too: the failing article is kept without entities, and not cached', async () => {
    process.env.DOSSIER_FAILPOINT = 'extract entities@a4.txt';
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'dossier-cache-'));
    temps.push(cacheDir);
    const articles = corpus(6);
    const { extractions, warnings } = await extractArticles(articles, {
      workers: 2,
      minArticlesPerWorker: 2,
      cacheDir,
    });
    expect(warnings.map((w) => [w.code, w.file])).toEqual([[STAGE_FAILED, 'a4.txt']]);
    expect(extractions[4]!.entities).toEqual([]);
    expect(extractions[4]!.sentences.length).toBeGreaterThan(0);
    expect(extractions[3]!.entities.length).toBeGreaterThan(0);
    delete process.env.DOSSIER_FAILPOINT;
    const again = await extractArticles(articles, { workers: 1, cacheDir });
    expect(again.cached).toBe(5);
    expect(again.extractions[4]!.entities.length).toBeGreaterThan(0);
  }, 60_000);

  it('a cache entry of the wrong shape or with offsets that do not fit is recomputed', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'dossier-cache-'));
    temps.push(cacheDir);
    const articles = corpus(1);
    const first = await extractArticles(articles, { workers: 1, cacheDir });
    const { readdir } = await import('node:fs/promises');
    const [file] = (await readdir(cacheDir, { recursive: true })).filter((f) => f.endsWith('.json'));
    const full = path.join(cacheDir, file!);
    for (const bad of [
      '{"entities": 3}',
      'not json',
      JSON.stringify({
        entities: [{ name: 'X', type: 'person', aliases: [], mentions: [{ start: 0, end: 4, text: 'Nope' }] }],
        sentences: [],
      }),
    ]) {
      await writeFile(full, bad);
      const again = await extractArticles(articles, { workers: 1, cacheDir });
      expect(again.cached).toBe(0);
      expect(again.extractions).toEqual(first.extractions);
    }
  });

  it('npm run build and npm run extract keep going, name the file, and count the failures', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-guard-'));
    temps.push(dir);
    await mkdir(path.join(dir, 'content/articles'), { recursive: true });
    for (let i = 0; i < 3; i++) await writeFile(path.join(dir, `content/articles/note-${i}.txt`), TEXT(i));
    const env = {
      ...process.env,
      CONTENT_DIR: path.join(dir, 'content'),
      OUTPUT_DIR: path.join(dir, 'site'),
      CACHE_DIR: path.join(dir, 'cache'),
      DOSSIER_FAILPOINT: 'find quotes@note-1',
    };
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const build = await promisify(execFile)(tsx, ['scripts/cli/build.ts'], { cwd: ROOT, env });
    expect(build.stderr).toContain(
      'warning: note-1.txt: could not find quotes (Error: failpoint: find quotes on note-1.txt); the article is shown without them [STAGE_FAILED]',
    );
    expect(build.stderr).toContain('1 STAGE_FAILED warning');
    const kb = JSON.parse(await readFile(path.join(dir, 'site/kb.json'), 'utf8')) as KnowledgeBase;
    expect(kb.articles).toHaveLength(3);
    for (const a of kb.articles) expect(existsSync(path.join(dir, 'site', a.url, 'index.html'))).toBe(true);

    const files = [0, 1, 2].map((i) => path.join(dir, `content/articles/note-${i}.txt`));
    const extract = await promisify(execFile)(tsx, ['scripts/cli/extract.ts', ...files], {
      cwd: ROOT,
      env: { ...env, DOSSIER_FAILPOINT: 'extract entities@note-2' },
    });
    expect(extract.stderr).toContain('could not extract entities');
    const printed = JSON.parse(extract.stdout) as KnowledgeBase;
    expect(printed.articles).toHaveLength(3);
    expect(printed.entities.length).toBeGreaterThan(0);
  }, 120_000);
});
