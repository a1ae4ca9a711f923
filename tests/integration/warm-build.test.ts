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
// parts of 16 pages at least: a small site in several parts of the search index, as a large one is by default
const config = (out: string) =>
  readConfig({ CONTENT_DIR: content.dir, OUTPUT_DIR: out, CACHE_DIR: cache(), SEARCH_PART_PAGES: '16' }, ROOT);
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

  /** An article of our own, written into the content folder. */
  const writeArticle = (name: string, title: string, body: string) =>
    writeFile(path.join(content.dir, 'articles', name), `---\ntitle: ${title}\nlanguage: en\n---\n${body}\n`);
  const entityNamed = (base: KnowledgeBase, name: string) => base.entities.find((e) => e.name === name);
  const articleOf = (base: KnowledgeBase, source: string) => base.articles.find((a) => a.source === source)!;
  const QUAY = 'zz-quay.md';
  const TALKS = 'zz-talks.md';
  const TRADER = 'zz-trader.md';
  const TRADER_TEXT =
    'Mira Kessling, a trader from Kordova, arrived in Ostrava on Wednesday. Mira Kessling said trade was good.';

  it('an edit that adds an entity: its page is written at once, and the site equals a cold build', async () => {
    await writeArticle(
      QUAY,
      'The new quay',
      'Tarvo Kessling, the harbour master of Ostrava, opened the new quay on Monday. Tarvo Kessling said the quay would bring trade.\n\nThe city council of Ostrava agreed.',
    );
    await writeArticle(
      TALKS,
      'Ships from Kordova',
      'The quay in Ostrava was busy on Tuesday. Mr. Kessling said that ships would come from Kordova.\n\nMr. Kessling added that the council of Ostrava had paid for it.',
    );
    await warm.build();
    // with one Kessling in the site, the lone "Mr. Kessling" of the second article is Tarvo Kessling
    const base = await kb(site());
    const tarvo = entityNamed(base, 'Tarvo Kessling')!;
    expect(tarvo.mentions.some((m) => m.article === articleOf(base, TALKS).id)).toBe(true);
    await writeArticle(
      TRADER,
      'A trader arrives',
      'A trader arrived in Ostrava on Wednesday. She said trade was good.',
    );
    await warm.build();
    expect(entityNamed(await kb(site()), 'Mira Kessling')).toBeUndefined();
    // the edit names a new person
    await writeArticle(TRADER, 'A trader arrives', TRADER_TEXT);
    live.length = 0;
    await warm.build();
    const after = await kb(site());
    const mira = entityNamed(after, 'Mira Kessling')!;
    expect(mira).toBeDefined();
    expect(live[0]).toContain(articleOf(after, TRADER).url);
    expect(live[0]).toContain(mira.url);
    await expectSameAsCold();
  }, 600_000);

  it('an edit that changes which of two same-named people a mention joins, in an article not edited', async () => {
    // the edit above gave the site a second Kessling: the lone "Mr. Kessling" of the talks article no longer joins
    // Tarvo Kessling, though that article did not change
    const base = await kb(site());
    const talks = articleOf(base, TALKS);
    const tarvo = entityNamed(base, 'Tarvo Kessling')!;
    expect(tarvo.mentions.some((m) => m.article === talks.id)).toBe(false);
    const talksPage = await readFile(path.join(site(), talks.url, 'index.html'), 'utf8');
    expect(talksPage).not.toContain(`href="${tarvo.url}`);
    await expectSameAsCold();
  }, 600_000);

  it('an edit that removes the last mention of an entity: its page goes, and the site equals a cold build', async () => {
    const before = await kb(site());
    const mira = entityNamed(before, 'Mira Kessling')!;
    await writeArticle(
      TRADER,
      'A trader arrives',
      'A trader arrived in Ostrava on Wednesday. She said trade was good.',
    );
    await warm.build();
    const after = await kb(site());
    expect(entityNamed(after, 'Mira Kessling')).toBeUndefined();
    await expect(stat(path.join(site(), mira.url, 'index.html'))).rejects.toThrow();
    // Tarvo Kessling is the only Kessling again: the lone mention joins him again
    const talks = articleOf(after, TALKS);
    const tarvo = entityNamed(after, 'Tarvo Kessling')!;
    expect(tarvo.mentions.some((m) => m.article === talks.id)).toBe(true);
    expect(await readFile(path.join(site(), talks.url, 'index.html'), 'utf8')).toContain(`href="${tarvo.url}`);
    await expectSameAsCold();
    for (const file of [QUAY, TALKS, TRADER]) await unlink(path.join(content.dir, 'articles', file));
  }, 600_000);

  it('a new article naming a person of another joins its entity; an entities.yaml merge comes and goes', async () => {
    // resolve keeps each cluster between saves (scripts/resolve/resolveEntities.ts, ResolveMemo): the clusters a
    // save reaches are made again, the others kept, and the site still equals a cold build's
    await writeArticle(QUAY, 'The new quay', 'Tarvo Kessling, the harbour master of Ostrava, opened the new quay.');
    await warm.build();
    await writeArticle(TALKS, 'Ships from Kordova', 'Tarvo Kessling said that ships would come from Kordova.');
    await warm.build();
    const joined = await kb(site());
    const tarvo = entityNamed(joined, 'Tarvo Kessling')!;
    expect(new Set(tarvo.mentions.map((m) => m.article))).toEqual(
      new Set([articleOf(joined, QUAY).id, articleOf(joined, TALKS).id]),
    );
    await expectSameAsCold();
    const other = joined.entities.find((e) => e.type === 'place' && e.name !== 'Ostrava')!;
    await writeFile(path.join(content.dir, 'entities.yaml'), `Ostrava:\n  merge: [${other.name}]\n`);
    await warm.build();
    expect(entityNamed(await kb(site()), other.name)).toBeUndefined();
    await expectSameAsCold();
    await unlink(path.join(content.dir, 'entities.yaml'));
    await warm.build();
    expect(entityNamed(await kb(site()), other.name)).toBeDefined();
    await expectSameAsCold();
    for (const file of [QUAY, TALKS]) await unlink(path.join(content.dir, 'articles', file));
  }, 600_000);

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
