import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/build.ts';
import { readConfig } from '../../scripts/config.ts';
import type { KnowledgeBase } from '../../scripts/core/types/kb.ts';
import { createWarmBuild, type WarmBuild } from '../../scripts/serve/warmBuild.ts';
import { ROOT } from '../helpers/site.ts';
import { syntheticContent } from '../helpers/synthetic.ts';

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

/** The folders of a site that hold no file (a cold build leaves none). */
async function emptyFolders(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isDirectory());
  const empty: string[] = [];
  for (const e of entries) {
    const at = path.join(e.parentPath, e.name);
    if ((await readdir(at)).length === 0) empty.push(path.relative(dir, at));
  }
  return empty;
}

let tmp: string;
let content: { dir: string; cleanup: () => Promise<void> };
let warm: WarmBuild;
const live: string[][] = [];
const site = () => path.join(tmp, 'site');
const cache = () => path.join(tmp, 'cache');
const config = (out: string) => readConfig({ CONTENT_DIR: content.dir, OUTPUT_DIR: out, CACHE_DIR: cache() }, ROOT);
const articleFiles = async () =>
  (await readdir(path.join(content.dir, 'articles'), { recursive: true })).filter((f) => f.endsWith('.md')).sort();
const kb = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'kb.json'), 'utf8')) as KnowledgeBase;
let colds = 0;
/** When each part of the search index was last written (its pagefind-entry.json), part 0 first. */
async function indexParts(): Promise<number[]> {
  const dir = path.join(site(), 'pagefind');
  const { parts } = JSON.parse(await readFile(path.join(dir, 'parts.json'), 'utf8')) as { parts: string[] };
  return Promise.all(['', ...parts].map(async (p) => (await stat(path.join(dir, p, 'pagefind-entry.json'))).mtimeMs));
}
/** Articles whose extraction the warm-up found (the French ones are not extracted). */
let extracted = 0;

/** The site the warm build left, compared with a cold `npm run build` of the same content into another folder. */
async function expectSameAsCold(): Promise<void> {
  const cold = path.join(tmp, `cold-${++colds}`);
  await runBuild(config(cold), { log: () => {}, incremental: false });
  expect(await files(site())).toEqual(await files(cold));
  expect(await emptyFolders(site())).toEqual(await emptyFolders(cold));
  await rm(cold, { recursive: true, force: true });
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'dossier-warm-'));
  content = await syntheticContent(12, 11);
  warm = createWarmBuild(config(site()), { log: () => {}, onLive: (written) => live.push([...written]) });
  await warm.build();
  // the warm-up: the site is read into memory, and no file is written
  const before = await stat(path.join(site(), 'index.html'));
  const summary = await warm.build();
  expect(summary.articles).toBe(12);
  extracted = summary.cached;
  expect((await stat(path.join(site(), 'index.html'))).mtimeMs).toBe(before.mtimeMs);
}, 300_000);
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
  await content.cleanup();
});

describe('the warm build of npm start', () => {
  it('an edited article: its page and its entities’ pages change at once, and the site equals a cold build', async () => {
    const [first] = await articleFiles();
    const file = path.join(content.dir, 'articles', first!);
    const before = await kb(site());
    const article = before.articles.find((a) => a.source === first)!;
    const entity = before.entities.find((e) => e.mentions.some((m) => m.article === article.id))!;
    const text = await readFile(file, 'utf8');
    const entityBefore = await readFile(path.join(site(), entity.url, 'index.html'), 'utf8');
    const partsBefore = await indexParts();
    await writeFile(file, `${text.trimEnd()}\n\nA new paragraph says that ${entity.name} met Velmora Quist.\n`);
    live.length = 0;
    const summary = await warm.build();
    // every extraction from memory but the edited article's
    expect(summary.cached).toBe(extracted - 1);
    expect(live).toHaveLength(1);
    expect(live[0]).toContain(article.url);
    expect(live[0]).toContain(entity.url);
    const page = await readFile(path.join(site(), article.url, 'index.html'), 'utf8');
    expect(page).toContain('Velmora Quist');
    expect(page).not.toContain('search is catching up');
    // the entity's page has the new sentence (it counts one more mention)
    expect(await readFile(path.join(site(), entity.url, 'index.html'), 'utf8')).not.toBe(entityBefore);
    const after = (await kb(site())).entities.find((e) => e.url === entity.url)!;
    expect(after.mentions.some((m) => m.article === article.id && m.sentence.includes('Velmora Quist'))).toBe(true);
    // the search index is in parts, and only those holding a page whose searched text changed were made again
    const partsAfter = await indexParts();
    expect(partsBefore.length).toBeGreaterThan(2);
    const remade = partsAfter.filter((t, i) => t !== partsBefore[i]).length;
    expect(remade).toBeGreaterThan(0);
    expect(remade).toBeLessThan(partsBefore.length);
    await expectSameAsCold();
  }, 300_000);

  it('nothing changed: says so and writes nothing', async () => {
    const lines: string[] = [];
    const again = createWarmBuild(config(site()), { log: (l) => lines.push(l) });
    await again.build();
    expect(lines.join('\n')).toMatch(/nothing changed/i);
  }, 120_000);

  it('a new article appears, with its page, and the site equals a cold build', async () => {
    const [first] = await articleFiles();
    const text = await readFile(path.join(content.dir, 'articles', first!), 'utf8');
    await writeFile(
      path.join(content.dir, 'articles', 'zz-new.md'),
      text.replace(/^title: .*$/m, 'title: A new article').concat('\nOrvel Tamsin opened the new quay.\n'),
    );
    live.length = 0;
    await warm.build();
    const made = (await kb(site())).articles.find((a) => a.source === 'zz-new.md')!;
    expect(live[0]).toContain(made.url);
    expect(await readFile(path.join(site(), made.url, 'index.html'), 'utf8')).toContain('Orvel Tamsin');
    await expectSameAsCold();
  }, 300_000);

  it('a deleted article: its page goes, its entities lose it, and the site equals a cold build', async () => {
    const before = await kb(site());
    const gone = before.articles.find((a) => a.source === 'zz-new.md')!;
    const named = before.entities.filter((e) => e.mentions.some((m) => m.article === gone.id));
    expect(named.length).toBeGreaterThan(0);
    await unlink(path.join(content.dir, 'articles', 'zz-new.md'));
    await warm.build();
    await expect(stat(path.join(site(), gone.url, 'index.html'))).rejects.toThrow();
    const after = await kb(site());
    for (const e of after.entities)
      expect(
        e.mentions.every((m) => m.article !== gone.id),
        e.name,
      ).toBe(true);
    const kept = named.find((e) => after.entities.some((a) => a.url === e.url));
    if (kept)
      expect(await readFile(path.join(site(), kept.url, 'index.html'), 'utf8')).not.toContain(`href="${gone.url}`);
    await expectSameAsCold();
  }, 300_000);

  it('an entities.yaml rename is applied: the entity moves, and the site equals a cold build', async () => {
    const before = await kb(site());
    const person = before.entities.find((e) => e.type === 'person')!;
    await writeFile(path.join(content.dir, 'entities.yaml'), `${person.name}:\n  name: Quillon Varstad\n`);
    await warm.build();
    const after = await kb(site());
    const renamed = after.entities.find((e) => e.name === 'Quillon Varstad')!;
    expect(renamed).toBeDefined();
    expect(await readFile(path.join(site(), renamed.url, 'index.html'), 'utf8')).toContain('Quillon Varstad');
    await expect(stat(path.join(site(), person.url, 'index.html'))).rejects.toThrow();
    await expectSameAsCold();
  }, 300_000);

  it('a build that fails (front matter that is not YAML) leaves the last site, and the next good build goes on', async () => {
    const bad = path.join(content.dir, 'articles', 'broken.md');
    const beforeFiles = await files(site());
    await writeFile(bad, '---\ntitle: "unclosed\n---\nText.\n');
    await expect(warm.build()).rejects.toThrow(/front matter/);
    expect(await files(site())).toEqual(beforeFiles);
    await unlink(bad);
    await warm.build();
    await expectSameAsCold();
  }, 300_000);
});
