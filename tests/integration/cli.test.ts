import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../scripts/core/types/kb.ts';
import { ROOT } from '../helpers/site.ts';

const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-cli-'));
  temps.push(dir);
  return dir;
}

const CITIES = ['Kandahar', 'Basra', 'Aleppo', 'Mogadishu', 'Benghazi'];

describe('npm run extract -- FILE...', () => {
  it('prints the knowledge base for a few hundred files on stdout, logs on stderr', async () => {
    const dir = await tempDir();
    const files: string[] = [];
    for (let i = 0; i < 300; i++) {
      const file = path.join(dir, `note-${String(i).padStart(3, '0')}.txt`);
      await writeFile(
        file,
        `Officials in ${CITIES[i % CITIES.length]} said on Monday that talks with the United Nations would resume.\n`,
      );
      files.push(file);
    }
    const { stdout, stderr } = await promisify(execFile)(tsx, ['scripts/cli/extract.ts', ...files], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    const kb = JSON.parse(stdout) as KnowledgeBase;
    expect(kb.articles).toHaveLength(300);
    const names = kb.entities.map((e) => e.name);
    for (const city of CITIES) expect(names).toContain(city);
    expect(kb.entities.find((e) => e.name === 'Kandahar')!.mentions).toHaveLength(60);
    expect(stderr).toMatch(/extracted \d+ entities from 300 article/);
  }, 120_000);

  it('exits with a message naming the file when front matter is broken', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'broken.md');
    await writeFile(file, '---\ntitle: [unclosed\n---\nText.');
    const run = promisify(execFile)(tsx, ['scripts/cli/extract.ts', file], { cwd: ROOT });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/broken\.md:\d+: front matter is not valid YAML/),
    });
  });
});

describe('npm run build', () => {
  it('works from any folder: the site gets every asset', async () => {
    const out = path.join(await tempDir(), 'site');
    const elsewhere = await tempDir();
    const { stderr } = await promisify(execFile)(tsx, [path.join(ROOT, 'scripts/cli/build.ts')], {
      cwd: elsewhere,
      env: { ...process.env, CONTENT_DIR: path.join(ROOT, 'content'), OUTPUT_DIR: out },
    });
    // the build ends by saying where the site is and how to preview it
    expect(stderr.trim().split('\n').at(-1)).toBe(
      `The site is in ${out}/. Preview it with: OUTPUT_DIR=${out} npm run preview (then open http://localhost:8080/); publish it with any static host.`,
    );
    // npm run preview serves that folder
    const port = 20_000 + Math.floor(Math.random() * 2000);
    const preview = spawn(tsx, [path.join(ROOT, 'scripts/cli/preview.ts'), '--port', String(port)], {
      cwd: elsewhere,
      env: { ...process.env, OUTPUT_DIR: out },
    });
    try {
      let said = '';
      preview.stderr.on('data', (d: Buffer) => (said += d.toString()));
      await new Promise<void>((resolve, reject) => {
        preview.stderr.on('data', () => said.includes('Serving') && resolve());
        preview.once('exit', (code) => reject(new Error(`preview exited (${code}): ${said}`)));
      });
      const home = await fetch(`http://localhost:${port}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('<h1>Dossier</h1>');
    } finally {
      preview.kill('SIGTERM');
    }
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(path.join(out, 'assets'))).sort()).toEqual([
      'combobox.js',
      'facets.js',
      'favicon.svg',
      'graph-zoom.js',
      'graph.js',
      'offline-search.js',
      'preview.js',
      'search.js',
      'sort-table.js',
      'style.css',
      'world.svg',
    ]);
  }, 120_000);
});

describe('npm start', () => {
  it('builds, serves on localhost, and rebuilds when an article changes, re-extracting only that one', async () => {
    const content = await tempDir();
    const out = path.join(await tempDir(), 'site');
    await mkdir(path.join(content, 'articles'), { recursive: true });
    await writeFile(
      path.join(content, 'articles/one.md'),
      '---\ntitle: One\n---\nTalks in Geneva were held on Monday.\n',
    );
    await writeFile(
      path.join(content, 'articles/two.md'),
      '---\ntitle: Two\n---\nOfficials in Nairobi said the vote was delayed.\n',
    );
    const port = 18_000 + Math.floor(Math.random() * 2000);
    const child = spawn(tsx, ['scripts/cli/start.ts', '--port', String(port)], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content, OUTPUT_DIR: out, CACHE_DIR: path.join(await tempDir(), 'cache') },
    });
    let log = '';
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const until = async (check: () => boolean | Promise<boolean>, what: string) => {
      for (let i = 0; i < 240; i++) {
        if (await check()) return;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`timed out waiting for ${what}; log:\n${log}`);
    };
    try {
      await until(() => log.includes('Serving http://localhost'), 'the server');
      const home = await fetch(`http://localhost:${port}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('2 articles');
      expect((await fetch(`http://localhost:${port}/pagefind/pagefind.js`)).status).toBe(200);
      expect((await fetch(`http://localhost:${port}/no/such/page/`)).status).toBe(404);

      await writeFile(
        path.join(content, 'articles/two.md'),
        '---\ntitle: Two\n---\nOfficials in Kampala said the vote was delayed.\n',
      );
      await until(() => log.includes('rebuilt:'), 'the rebuild');
      expect(log).toMatch(/Built 2 articles \(1 from the extraction cache\)/);
      await until(
        async () => (await (await fetch(`http://localhost:${port}/places/`)).text()).includes('Kampala'),
        'the new place',
      );
    } finally {
      child.kill('SIGTERM');
    }
  }, 120_000);
});
