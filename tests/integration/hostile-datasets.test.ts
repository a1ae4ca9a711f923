import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';
import { ONE_ARTICLE } from '../helpers/hostileData.ts';

const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))));

/** As root, permissions do not stop reads: run these as the unprivileged "nobody" (as in hostile-conditions). */
const NOBODY = process.getuid?.() === 0 ? 65534 : undefined;

const run = (args: string[], env: Record<string, string>, cwd: string) =>
  promisify(execFile)(tsx, args, {
    cwd,
    env: { ...process.env, ...env },
    ...(NOBODY !== undefined ? { uid: NOBODY, gid: NOBODY } : {}),
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

/** A project folder anyone can write, with content/articles holding a readable article and `locked` files (mode 000). */
async function project(locked: readonly string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-unreadable-'));
  temps.push(dir);
  await chmod(dir, 0o777);
  const articles = path.join(dir, 'content/articles');
  await mkdir(articles, { recursive: true });
  await writeFile(path.join(articles, 'talks.txt'), 'Kordova Vesnik met envoys in Port Eslin on Monday.\n');
  for (const ext of locked) {
    await writeFile(path.join(articles, `locked${ext}`), ONE_ARTICLE[ext]!);
    await chmod(path.join(articles, `locked${ext}`), 0o000);
  }
  await chmod(path.join(dir, 'content'), 0o777);
  await chmod(articles, 0o777);
  return dir;
}

const LOADER = `import { loadArticles } from ${JSON.stringify(path.join(ROOT, 'scripts/load/index.ts'))};
const loaded = await loadArticles(process.argv[2]);
console.log(JSON.stringify({ articles: loaded.articles.length, warnings: loaded.warnings }));
`;

describe('a file without read permission (EACCES): a warning naming it, for every format, never a crash', () => {
  it('each format, loaded together: one UNREADABLE each, the readable article loads', async () => {
    const exts = Object.keys(ONE_ARTICLE)
      .filter((e) => e !== '.txt')
      .sort();
    const dir = await project(exts);
    await writeFile(path.join(dir, 'load.mts'), LOADER);
    const result = await run([path.join(dir, 'load.mts'), path.join(dir, 'content')], {}, dir);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(0);
    const loaded = JSON.parse(result.stdout) as { articles: number; warnings: { code: string; file: string }[] };
    expect(loaded.articles).toBe(1);
    expect(loaded.warnings).toEqual(
      exts.map((ext) => ({
        code: 'UNREADABLE',
        file: `locked${ext}`,
        message: 'cannot read the file (EACCES: permission denied); skipped',
      })),
    );
  }, 60_000);

  it('npm run build with an unreadable CSV: a warning, a site, no stack trace; once readable, the next build is clean', async () => {
    const dir = await project(['.csv']);
    const env = { CONTENT_DIR: path.join(dir, 'content'), CACHE_DIR: path.join(dir, 'cache'), OUTPUT_DIR: 'site' };
    const build = path.join(ROOT, 'scripts/cli/build.ts');
    const first = await run([build], env, dir);
    expect(first.stderr).not.toMatch(/\n\s+at |unhandled 'error'/i);
    expect(first.stderr).toContain(
      'warning: locked.csv: cannot read the file (EACCES: permission denied); skipped [UNREADABLE]',
    );
    expect(first.code).toBe(0);
    await chmod(path.join(dir, 'content/articles/locked.csv'), 0o644);
    const second = await run([build], env, dir);
    expect(second.stderr).not.toContain('UNREADABLE');
    expect(second.code).toBe(0);
  }, 180_000);
});
