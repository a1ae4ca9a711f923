import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { normalisePrefix, normaliseSiteUrl } from '../../scripts/config.ts';
import { loadArticles } from '../../scripts/load/index.ts';
import { printable } from '../../scripts/core/text/printable.ts';
import { runPipeline } from '../../scripts/pipeline.ts';
import { MAX_SLUG_BYTES, slugify } from '../../scripts/core/slug.ts';
import type { KnowledgeBase } from '../../scripts/core/types/kb.ts';
import { checkOutputDir, MARKER } from '../../scripts/write/index.ts';
import { ROOT } from '../helpers/site.ts';
import { shipped } from '../helpers/model.ts';

const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-hostile-'));
  await chmod(dir, 0o755);
  temps.push(dir);
  return dir;
}

/** Every file under a folder as "relative/path sha256", sorted. */
async function snapshot(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const rows = await Promise.all(
    entries.map(
      async (e) =>
        `${path.relative(dir, path.join(e.parentPath, e.name))} ${createHash('sha256')
          .update(await readFile(path.join(e.parentPath, e.name)))
          .digest('hex')}`,
    ),
  );
  return rows.sort();
}

/**
 * A small project: content/articles with one article, a docs/ folder of the user's, a notes.txt file.
 * It sits one folder below a fresh temporary folder, so its parent never holds this repository, wherever the
 * repository was cloned (under /tmp too).
 */
async function project(): Promise<string> {
  const dir = path.join(await tempDir(), 'project');
  await mkdir(path.join(dir, 'content/articles'), { recursive: true });
  await writeFile(
    path.join(dir, 'content/articles/talks.txt'),
    'Ama Osei met envoys of the United Nations in Geneva on Monday.\n',
  );
  await mkdir(path.join(dir, 'docs'));
  await writeFile(path.join(dir, 'docs/guide.md'), '# my own docs\n');
  await writeFile(path.join(dir, 'notes.txt'), 'my notes\n');
  return dir;
}

const run = (args: string[], env: Record<string, string>, cwd = ROOT, uid?: number) =>
  promisify(execFile)(tsx, args, {
    cwd,
    env: { ...process.env, ...env },
    ...(uid !== undefined ? { uid, gid: uid } : {}),
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

const build = (dir: string, env: Record<string, string>, uid?: number) =>
  run(
    [path.join(ROOT, 'scripts/cli/build.ts')],
    { CONTENT_DIR: path.join(dir, 'content'), CACHE_DIR: path.join(dir, 'cache'), ...env },
    dir,
    uid,
  );

/** As root, permissions do not stop reads or writes: run those cases as the unprivileged "nobody". */
const NOBODY = process.getuid?.() === 0 ? 65534 : undefined;

describe('data loss: a build only ever replaces a folder it made itself', () => {
  it.each<[string, (dir: string) => string, RegExp]>([
    ['the project folder (.)', () => '.', /it is the current folder/],
    ['an ancestor of the project', (dir) => path.dirname(dir), /contains the current folder/],
    ['the content folder', () => 'content', /it is the content folder/],
    ['the articles folder', () => 'content/articles', /inside the content folder/],
    ['a folder inside the articles', () => 'content/articles/site', /inside the content folder/],
    ['an existing folder of the user (docs/)', () => 'docs', /Dossier did not make .* not empty/],
    ['an existing file', () => 'notes.txt', /it is a file/],
  ])(
    'OUTPUT_DIR = %s is refused, and nothing changes',
    async (_, target, reason) => {
      const dir = await project();
      const before = await snapshot(dir);
      const result = await build(dir, { OUTPUT_DIR: target(dir) });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(reason);
      expect(result.stderr).toContain('[OUTPUT_REFUSED]');
      expect(await snapshot(dir)).toEqual(before);
    },
    60_000,
  );

  it('npm start refuses an OUTPUT_DIR inside the content folder before serving or watching (no rebuild loop)', async () => {
    const dir = await project();
    const before = await snapshot(dir);
    const result = await run(
      [path.join(ROOT, 'scripts/cli/start.ts'), '--no-watch', '--port', '0'],
      { CONTENT_DIR: path.join(dir, 'content'), OUTPUT_DIR: path.join(dir, 'content/site') },
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/inside the content folder .*\[OUTPUT_REFUSED\]/);
    expect(await snapshot(dir)).toEqual(before);
  }, 60_000);

  it('the project root itself is refused from any folder', async () => {
    await expect(
      checkOutputDir({ outputDir: ROOT, contentDir: path.join(ROOT, 'content'), projectRoot: ROOT, cwd: tmpdir() }),
    ).rejects.toMatchObject({ code: 'OUTPUT_REFUSED' });
  });

  it('an empty folder, and a folder Dossier wrote before, are used; the marker is in the site', async () => {
    const dir = await project();
    await mkdir(path.join(dir, 'empty'));
    expect((await build(dir, { OUTPUT_DIR: 'empty' })).code).toBe(0);
    expect(await readdir(path.join(dir, 'empty'))).toContain(MARKER);
    expect((await build(dir, { OUTPUT_DIR: 'empty' })).code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['cache', 'content', 'docs', 'empty', 'notes.txt']);
  }, 60_000);
});

describe('leftovers of killed builds and overlapping builds', () => {
  const deadPid = 2 ** 22 + 12345;

  it('a previous site moved aside by a killed swap is restored; stale staging folders are removed; folders without the marker are kept', async () => {
    const dir = await project();
    const out = path.join(dir, 'site');
    await mkdir(`${out}.old-${deadPid}`);
    await writeFile(path.join(`${out}.old-${deadPid}`, MARKER), 'x');
    await writeFile(path.join(`${out}.old-${deadPid}`, 'kb.json'), '{}');
    await mkdir(`${out}.tmp-${deadPid + 1}`);
    await writeFile(path.join(`${out}.tmp-${deadPid + 1}`, MARKER), 'x');
    await mkdir(`${out}.tmp-${deadPid + 2}`);
    await writeFile(path.join(`${out}.tmp-${deadPid + 2}`, 'mine.txt'), 'not Dossier');
    const result = await build(dir, { OUTPUT_DIR: 'site' });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`restored the previous site from site.old-${deadPid}`);
    expect(result.stderr).toContain(`removed site.tmp-${deadPid + 1}`);
    expect((await readdir(dir)).sort()).toEqual([
      'cache',
      'content',
      'docs',
      'notes.txt',
      'site',
      `site.tmp-${deadPid + 2}`,
    ]);
    const kb = JSON.parse(await readFile(path.join(out, 'kb.json'), 'utf8')) as KnowledgeBase;
    expect(kb.articles).toHaveLength(1);
  }, 60_000);

  it('a build refuses while another live build holds the output; a lock left by a dead process is taken over', async () => {
    const dir = await project();
    const sleeper = spawn('sleep', ['30']);
    try {
      await writeFile(path.join(dir, 'site.lock'), `dossier build ${sleeper.pid}\n`);
      const busy = await build(dir, { OUTPUT_DIR: 'site' });
      expect(busy.code).toBe(1);
      expect(busy.stderr).toContain(`another build (process ${sleeper.pid}) is writing`);
      expect(busy.stderr).toContain('[OUTPUT_BUSY]');
    } finally {
      sleeper.kill();
    }
    await writeFile(path.join(dir, 'site.lock'), `dossier build ${deadPid}\n`);
    expect((await build(dir, { OUTPUT_DIR: 'site' })).code).toBe(0);
    expect(await readdir(dir)).not.toContain('site.lock');
    // a file of that name that Dossier did not write is never removed
    await writeFile(path.join(dir, 'site.lock'), 'my notes\n');
    const refused = await build(dir, { OUTPUT_DIR: 'site' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[OUTPUT_REFUSED]');
    expect(await readFile(path.join(dir, 'site.lock'), 'utf8')).toBe('my notes\n');
  }, 60_000);
});

describe('output that could load code from elsewhere', () => {
  it.each(['/\\evil.example', '/a b/', '/a/../b/', '/x\n/', 'https://evil.example/', '/<script>/'])(
    'PATH_PREFIX %j is refused',
    (prefix) => {
      expect(() => normalisePrefix(prefix)).toThrow(/PATH_PREFIX .* is not a URL path/);
    },
  );
  it.each([
    ['repo', '/repo/'],
    ['/my-repo/', '/my-repo/'],
    ['', '/'],
    ['/a/b', '/a/b/'],
  ])('PATH_PREFIX %j is %j', (prefix, expected) => {
    expect(normalisePrefix(prefix)).toBe(expected);
  });
  it.each([
    'https://me.github.io/repo/\nDisallow: /',
    'javascript:alert(1)',
    'https://user:pw@example.com/',
    'https://example.com/?q=1',
    'example.com',
    'https://exa mple.com/',
  ])('SITE_URL %j is refused', (url) => {
    expect(() => normaliseSiteUrl(url)).toThrow(/SITE_URL .* is not an http\(s\) address/);
  });
  it('the CLI says so and exits 1 with no stack trace', async () => {
    const dir = await project();
    const result = await build(dir, { OUTPUT_DIR: 'site', PATH_PREFIX: '/\\evil.example' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')[0]).toMatch(/^error: PATH_PREFIX .* \[CONFIG_INVALID\]$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});

describe('cost that could explode with odd input stays linear', () => {
  it('a paragraph naming 300 people gives a bounded knowledge base', () => {
    const first = ['Ama', 'Kofi', 'Ilse', 'Piet', 'Tomas', 'Jane', 'Yaw', 'Efua', 'Lars', 'Mira'];
    const last = [
      'Osei',
      'Brandt',
      'Varga',
      'Moss',
      'Roe',
      'Doe',
      'Mensah',
      'Lind',
      'Okafor',
      'Sato',
      'Berg',
      'Holm',
      'Nagy',
      'Kowal',
      'Ruiz',
      'Silva',
      'Adeyemi',
      'Novak',
      'Costa',
      'Iqbal',
      'Haddad',
      'Tanaka',
      'Jensen',
      'Moreau',
      'Rossi',
      'Weber',
      'Dubois',
      'Fischer',
      'Lopez',
      'Kim',
    ];
    const names = Array.from({ length: 300 }, (_, i) => `${first[i % 10]} ${last[Math.floor(i / 10)]}`);
    const text = `The meeting was attended by ${names.join(', ')} and others.`;
    const linked = runPipeline(
      [{ id: 'a', source: 'a.txt', format: 'txt', title: 'a', text, prose: text, bodyLine: 1 }],
      { model: shipped },
    );
    const people = linked.kb.entities.filter((e) => e.type === 'person').length;
    expect(people).toBeGreaterThan(200);
    // each entity related to a bounded number of neighbours, evidence sentences cut: no quadratic blow-up
    expect(linked.site.relations.length).toBeLessThanOrEqual(people * 12 + 50);
    expect(JSON.stringify(linked.kb).length).toBeLessThan(5_000_000);
    for (const r of linked.site.relations)
      for (const e of r.evidence) expect(e.sentence.length).toBeLessThanOrEqual(610);
  });
});

describe('crashes become clear messages naming the file', () => {
  it('a file name of 4-byte letters gets a slug within the file-system limit, and a page', async () => {
    const name = '𝒜𝒷𝒸𝒹'.repeat(30);
    expect(Buffer.byteLength(slugify(name))).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    const dir = await project();
    await writeFile(path.join(dir, 'content/articles', `${'𝒜'.repeat(60)}.txt`), 'Talks in Geneva resumed.\n');
    const result = await build(dir, { OUTPUT_DIR: 'site' });
    expect(result.code).toBe(0);
    const kb = JSON.parse(await readFile(path.join(dir, 'site/kb.json'), 'utf8')) as KnowledgeBase;
    expect(kb.articles).toHaveLength(2);
    for (const a of kb.articles)
      for (const part of a.url.split('/')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(255);
  }, 60_000);

  it('an unreadable folder is a warning naming it; the other articles are built', async () => {
    const dir = await project();
    await mkdir(path.join(dir, 'content/articles/private'));
    await writeFile(path.join(dir, 'content/articles/private/secret.txt'), 'Talks in Oslo.\n');
    await chmod(path.join(dir, 'content/articles/private'), 0o000);
    if (NOBODY !== undefined) await chmod(dir, 0o777);
    const result = await build(dir, { OUTPUT_DIR: 'site', CACHE_DIR: path.join(dir, 'cache-nobody') }, NOBODY);
    await chmod(path.join(dir, 'content/articles/private'), 0o755);
    expect(result.stderr).toContain(
      'warning: private/: cannot read this folder (EACCES); its articles are skipped [UNREADABLE]',
    );
    expect(result.code).toBe(0);
  }, 60_000);

  it('an OUTPUT_DIR whose parent cannot be written: a clear error, no stack trace', async () => {
    const dir = await project();
    const locked = path.join(dir, 'locked');
    await mkdir(locked);
    await chmod(locked, 0o555);
    if (NOBODY !== undefined) await chmod(dir, 0o777);
    const result = await build(dir, { OUTPUT_DIR: 'locked/site', CACHE_DIR: path.join(dir, 'cache-nobody') }, NOBODY);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: .*locked\/site.*(EACCES|writable).*\[OUTPUT_FAILED\]$/m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe('symbolic links in the articles folder', () => {
  it('are followed inside the content folder, and warned about when they lead outside, dangle or loop', async () => {
    const dir = await project();
    const articles = path.join(dir, 'content/articles');
    await mkdir(path.join(articles, 'real'));
    await writeFile(path.join(articles, 'real/inside.md'), 'Talks in Oslo resumed.\n');
    await symlink(path.join(articles, 'real'), path.join(articles, 'linked-folder'));
    await symlink(path.join(articles, 'real/inside.md'), path.join(articles, 'linked-file.md'));
    await writeFile(path.join(dir, 'outside.md'), 'Secret text outside.\n');
    await symlink(path.join(dir, 'outside.md'), path.join(articles, 'outside.md'));
    await symlink(path.join(articles, 'missing.md'), path.join(articles, 'dangling.md'));
    await symlink(path.join(articles, 'loop-b'), path.join(articles, 'loop-a'));
    await symlink(path.join(articles, 'loop-a'), path.join(articles, 'loop-b'));
    await symlink(articles, path.join(articles, 'real/up'));
    // inside the content folder but outside articles/: followed
    await mkdir(path.join(dir, 'content/extra'));
    await writeFile(path.join(dir, 'content/extra/more.md'), 'Talks in Bern resumed.\n');
    await writeFile(path.join(dir, 'content/single.md'), 'Talks in Rome resumed.\n');
    await symlink(path.join(dir, 'content/extra'), path.join(articles, 'extra'));
    await symlink(path.join(dir, 'content/single.md'), path.join(articles, 'single.md'));
    const { articles: loaded, warnings } = await loadArticles(path.join(dir, 'content'));
    // each real file once, under its path inside articles/ when it has one
    expect(loaded.map((a) => a.source).sort()).toEqual(['extra/more.md', 'real/inside.md', 'single.md', 'talks.txt']);
    expect(warnings.map((w) => `${w.file} ${w.code}`).sort()).toEqual([
      'dangling.md BAD_LINK',
      'loop-a BAD_LINK',
      'loop-b BAD_LINK',
      'outside.md LINK_OUTSIDE',
    ]);
  });
});

describe('wrong output', () => {
  it('a correction renaming an entity to punctuation only is refused with its line', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'content/entities.yaml'), 'Geneva:\n  name: "!!!"\n');
    const result = await build(dir, { OUTPUT_DIR: 'site' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/entities\.yaml:2: .*"!!!" has no letters or digits \[CORRECTIONS_INVALID\]/);
  }, 30_000);

  it('a right-to-left override in a file name is isolated on the page and escaped in the terminal', async () => {
    const dir = await project();
    const name = 'report\u202Etxt.exe\u202C.md';
    await writeFile(path.join(dir, 'content/articles', name), '---\ndate: nonsense\n---\nTalks in Oslo resumed.\n');
    await writeFile(path.join(dir, 'content/articles', 'fake\nerror: everything is broken.md'), '');
    const result = await build(dir, { OUTPUT_DIR: 'site' });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('report\\u{202e}txt.exe\\u{202c}.md:2');
    expect(result.stderr).not.toMatch(/^error: everything is broken/m);
    expect(result.stderr).toContain('fake\\u{a}error: everything is broken.md');
    const kb = JSON.parse(await readFile(path.join(dir, 'site/kb.json'), 'utf8')) as KnowledgeBase;
    const article = kb.articles.find((a) => a.source === name)!;
    const page = await readFile(path.join(dir, 'site', article.url, 'index.html'), 'utf8');
    // isolated twice over: <bdi> for the element, FSI…PDI (scripts/core/text/isolateBidi.ts) for every context
    expect(page).toContain(`<h1 data-pagefind-weight="10"><bdi>\u2068${article.title}\u2069</bdi></h1>`);
    expect(page).toContain(`<title>\u2068${article.title}\u2069 · Dossier</title>`);
  }, 60_000);

  it('printable escapes control and bidi characters, keeps the rest', () => {
    expect(printable('a\nb\u001b[31mc\u202Ed\té')).toBe('a\\u{a}b\\u{1b}[31mc\\u{202e}d\té');
  });
});
