import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';
import { ONE_ARTICLE } from '../helpers/hostileData.ts';

const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))));

/** As root, permissions do not stop reads: run npm start as the unprivileged "nobody" (as in hostile-datasets). */
const NOBODY = process.getuid?.() === 0 ? 65534 : undefined;

const CSV = ONE_ARTICLE['.csv'] as string;

/** A project anyone can write: a text article, a CSV, a sub-folder with a Markdown article, and `many/` CSVs. */
async function project(): Promise<{ dir: string; articles: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-watch-'));
  temps.push(dir);
  const articles = path.join(dir, 'content/articles');
  await mkdir(path.join(articles, 'sub'), { recursive: true });
  await mkdir(path.join(articles, 'many'), { recursive: true });
  await writeFile(path.join(articles, 'talks.txt'), 'Kordova Vesnik met envoys in Port Eslin on Monday.\n');
  await writeFile(path.join(articles, 'data.csv'), CSV);
  await writeFile(path.join(articles, 'sub/visit.md'), '---\ntitle: Visit\n---\nIlse Marven visited Port Eslin.\n');
  for (let i = 0; i < 20; i++)
    await writeFile(path.join(articles, `many/m${i}.csv`), `title,text\nM${i},Piet Varga spoke in Lima ${i} times.\n`);
  execFileSync('chmod', ['-R', 'a+rwX', dir]);
  return { dir, articles };
}

/** npm start on the project, its output (stdout and stderr) collected. */
function start(dir: string): { child: ChildProcess; log: () => string } {
  const port = 20_000 + Math.floor(Math.random() * 2000);
  const child = spawn(tsx, [path.join(ROOT, 'scripts/cli/start.ts'), '--port', String(port)], {
    cwd: dir,
    env: {
      ...process.env,
      CONTENT_DIR: path.join(dir, 'content'),
      OUTPUT_DIR: path.join(dir, 'site'),
      CACHE_DIR: path.join(dir, 'cache'),
    },
    ...(NOBODY !== undefined ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  return { child, log: () => log };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('npm start: files that change under a rebuild are warnings, never a stack trace or a watch that stops', () => {
  it('replaced by a folder and back, unreadable, an unreadable folder, a burst of renames: each rebuild says so; the last is clean', async () => {
    const { dir, articles } = await project();
    const { child, log } = start(dir);
    const ends = () => (log().match(/^(rebuilt: |build failed)/gm) ?? []).length;
    /** Wait until the server is up or a rebuild after `seen` has ended and no other is under way; the output since. */
    const settle = async (seen: number, what: string): Promise<string> => {
      const from = log().length;
      for (let i = 0; i < 480; i++) {
        await sleep(250);
        const text = log();
        const idle = /(rebuilt: \S+|Serving \S+ \(Ctrl\+C to stop\))\n$/.test(text);
        if (ends() > seen && idle) {
          await sleep(1000);
          if (log() === text) return text.slice(from);
        }
      }
      throw new Error(`timed out waiting for ${what}; log:\n${log()}`);
    };
    /** Make a change, wait for the rebuild it causes, and give that rebuild's output. */
    const step = async (what: string, change: () => Promise<void>) => {
      const seen = ends();
      await change();
      return settle(seen, what);
    };
    try {
      for (let i = 0; i < 480 && !log().includes('Serving http://localhost'); i++) await sleep(250);
      expect(log()).toMatch(/Built 23 articles .* 0 warnings\./);

      const csv = path.join(articles, 'data.csv');
      // Node 20's recursive watch saw nothing of these two
      expect(await step('a CSV replaced by a folder', () => rm(csv).then(() => mkdir(csv)))).toMatch(
        /Built 22 articles/,
      );
      expect(
        await step('the folder replaced by the CSV', () =>
          rm(csv, { recursive: true }).then(() => writeFile(csv, CSV, { mode: 0o666 })),
        ),
      ).toMatch(/Built 23 articles .* 0 warnings\./);
      if (NOBODY !== undefined) {
        expect(await step('an unreadable CSV', () => chmod(csv, 0o000))).toContain(
          'warning: data.csv: cannot read the file (EACCES: permission denied); skipped [UNREADABLE]',
        );
        expect(await step('the CSV readable again', () => chmod(csv, 0o644))).toMatch(/0 warnings\./);
        // Node 20's recursive watch stopped for good here ("stopped watching …: EACCES")
        const sub = path.join(articles, 'sub');
        expect(await step('an unreadable folder', () => chmod(sub, 0o000))).toContain(
          'warning: sub/: cannot read this folder (EACCES); its articles are skipped [UNREADABLE]',
        );
        expect(await step('the folder readable again', () => chmod(sub, 0o777))).toMatch(
          /Built 23 articles .* 0 warnings\./,
        );
      }
      expect(
        await step('an edit inside the folder', () =>
          writeFile(path.join(articles, 'sub/visit.md'), '---\ntitle: Visit\n---\nIlse Marven visited Lima.\n'),
        ),
      ).toMatch(/Built 23 articles \(22 from the extraction cache\)/);

      // a burst while rebuilds read: every CSV of many/ renamed, deleted or replaced by a folder, in turn
      const burst = await step('a burst of renames and deletions', async () => {
        await writeFile(path.join(articles, 'talks.txt'), 'Kordova Vesnik met envoys in Lima on Monday.\n');
        await sleep(300);
        for (let round = 0; round < 3; round++) {
          for (let i = 0; i < 20; i++) {
            const file = path.join(articles, `many/m${i}.csv`);
            if (i % 3 === 0) await rename(file, `${file}.bak`).then(() => rename(`${file}.bak`, file));
            else if (i % 3 === 1) await rm(file).then(() => writeFile(file, `title,text\nM${i},Piet Varga spoke.\n`));
            else await rm(file).then(() => mkdir(file).then(() => rm(file, { recursive: true })));
            await writeFile(file, `title,text\nM${i},Piet Varga spoke in Lima ${i} times.\n`).catch(() => undefined);
            await sleep(20);
          }
        }
      });
      expect(burst).toMatch(/rebuilt: /);
      expect(
        await step('a clean rebuild after it', () =>
          writeFile(path.join(articles, 'talks.txt'), 'Kordova Vesnik met envoys in Port Eslin on Friday.\n'),
        ),
      ).toMatch(/Built 23 articles .* 0 warnings\./);

      const all = log();
      expect(all).not.toMatch(/\n\s+at |unhandled 'error'|stopped watching|^Error/im);
      expect(all).not.toContain('build failed');
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill('SIGTERM');
      execFileSync('chmod', ['-R', 'a+rwX', dir]);
    }
  }, 600_000);
});
