import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../scripts/add/fetchPage.ts';
import { loadFiles } from '../../scripts/load/index.ts';
import { makeHtml } from '../helpers/formats.ts';
import { buildSite, ROOT } from '../helpers/site.ts';

/** `npm run add` end to end against a local HTTP server, and the fetch's address and redirect checks. */
const PARAGRAPHS = [
  'Officials in Ankara said on Monday that talks with the United Nations would resume in Geneva next week.',
  'The delegation, led by Foreign Minister Jane Roe, arrived in Geneva on Sunday evening, a spokesman said.',
  'Markdown-looking text stays text: *not emphasis*, [not a link](http://x), <b>not bold</b> & 1. not a list.',
];
const PAGE = makeHtml(PARAGRAPHS, {
  title: 'Talks to resume in Geneva',
  date: '2020-02-03',
  author: 'Sam Writer',
  outlet: 'Local Test News',
  url: 'https://news.example/talks',
});

let server: Server;
let base: string;
const routes: Record<string, (res: import('node:http').ServerResponse) => void> = {
  '/article': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
  '/gzipped': (res) =>
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE)),
  '/redirect': (res) => res.writeHead(302, { location: '/article' }).end(),
  '/loop': (res) => res.writeHead(302, { location: '/loop' }).end(),
  '/to-file': (res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  '/to-private': (res) => res.writeHead(301, { location: 'http://10.1.2.3/secret' }).end(),
  '/to-loopback6': (res) => res.writeHead(307, { location: 'http://[::1]:9/x' }).end(),
  '/pdf': (res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'),
  '/big': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${'x'.repeat(100_000)}</p>`),
  '/bomb': (res) =>
    res
      .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
      .end(gzipSync(Buffer.alloc(50 * 2 ** 20, 32))),
  '/no-body': (res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<html><head><title>x</title></head><body><nav>Home</nav></body></html>'),
  '/missing': (res) => res.writeHead(404).end(),
  '/slow': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html>'); // and never ends
  },
};

beforeAll(async () => {
  server = createServer((req, res) => (routes[req.url ?? ''] ?? routes['/missing']!)(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
async function add(args: string[], contentDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, ['scripts/cli/add.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run add -- URL...', () => {
  it('saves the page as Markdown with front matter, that loads as the same article; never overwrites', async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'dossier-add-'));
    try {
      const first = await add(['--allow-private', `${base}/redirect`], content);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/^saved .*talks-to-resume-in-geneva\.md: Talks to resume in Geneva\n$/);
      const file = path.join(content, 'articles/talks-to-resume-in-geneva.md');
      const saved = await readFile(file, 'utf8');
      expect(saved).toMatch(
        /^---\ntitle: "Talks to resume in Geneva"\ndate: 2020-02-03\nauthor: "Sam Writer"\noutlet: "Local Test News"\nsource: "https:\/\/news.example\/talks"\nfetched: \d{4}-\d{2}-\d{2}\n---\n/,
      );
      const { articles, warnings } = await loadFiles([file], path.join(content, 'articles'));
      expect(warnings).toEqual([]);
      expect(articles[0]).toMatchObject({
        title: 'Talks to resume in Geneva',
        date: '2020-02-03',
        author: 'Sam Writer',
        outlet: 'Local Test News',
        sourceUrl: 'https://news.example/talks',
      });
      expect(articles[0]!.text.split('\n\n').slice(0, 2)).toEqual(PARAGRAPHS.slice(0, 2));
      // built into a site: its page shows the paragraphs exactly as on the web page, Markdown-looking text included
      const site = await buildSite(content, {}, false);
      try {
        const page = await site.html(site.kb.articles[0]!.url);
        expect(page.querySelectorAll('.body p').map((p) => p.text.replace(/\s+/g, ' ').trim())).toEqual(PARAGRAPHS);
        expect(page.querySelectorAll('.body em, .body b, .body ol')).toEqual([]);
        expect(page.querySelectorAll('.body a').filter((a) => a.getAttribute('href') === 'http://x')).toEqual([]);
        expect(page.querySelector('.meta')!.text).toContain('Local Test News');
      } finally {
        await site.cleanup();
      }

      const again = await add(['--allow-private', `${base}/gzipped`], content);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/talks-to-resume-in-geneva-2\.md/);
      expect(await readFile(file, 'utf8')).toBe(saved);
      expect((await readdir(path.join(content, 'articles'))).sort()).toEqual([
        'talks-to-resume-in-geneva-2.md',
        'talks-to-resume-in-geneva.md',
      ]);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  }, 60_000);

  it('every bad URL is a clear error, the others still saved, exit code 1', async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'dossier-add-'));
    try {
      const urls = [
        'file:///etc/passwd',
        'not a url',
        `${base}/pdf`,
        `${base}/big`,
        `${base}/bomb`,
        `${base}/no-body`,
        `${base}/missing`,
        `${base}/loop`,
        `${base}/to-file`,
        `${base}/slow`,
        `${base}/article`,
      ];
      const result = await add(['--allow-private', '--timeout', '2', '--max-size', '0.05', ...urls], content);
      expect(result.code).toBe(1);
      const errors = result.stderr.trim().split('\n');
      expect(errors).toEqual([
        'error: file:///etc/passwd: only http and https URLs can be added',
        'error: "not a url": not a URL (give a full http:// or https:// address)',
        `error: ${base}/pdf: not a web page (application/pdf); save it and put it in content/articles/ instead`,
        `error: ${base}/big: the page is larger than the limit (more than 52429 bytes; see --max-size)`,
        `error: ${base}/bomb: the page is larger than the limit (more than 52429 bytes; see --max-size)`,
        `error: ${base}/no-body: no article text found on the page (Readability found no body); nothing saved`,
        `error: ${base}/missing: the server answered 404`,
        `error: ${base}/loop: more than 5 redirects`,
        `error: redirected from ${base}/to-file to file:///etc/passwd: only http and https URLs can be added`,
        `error: ${base}/slow: no complete answer in time (see --timeout)`,
      ]);
      expect(result.stdout).toMatch(/saved .*talks-to-resume-in-geneva\.md/);
      expect(await readdir(path.join(content, 'articles'))).toEqual(['talks-to-resume-in-geneva.md']);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses a loopback address without --allow-private, and writes nothing', async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'dossier-add-'));
    try {
      const result = await add([`${base}/article`, `http://localhost:${base.split(':').pop()}/article`], content);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `error: ${base}/article: 127.0.0.1 is a loopback address; refused (use --allow-private to allow it)`,
      );
      expect(result.stderr).toMatch(/localhost resolves to (127\.0\.0\.1|::1), a loopback address; refused/);
      expect(await readdir(content)).toEqual([]);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('fetchPage: every redirect is checked', () => {
  // the test server's own address is allowed; nothing else that is not public
  const options = { allowAddresses: ['127.0.0.1'], timeoutMs: 5_000 };
  it.each([
    ['/to-private', /10\.1\.2\.3 is a private address; refused/],
    ['/to-loopback6', /::1 is a loopback address; refused/],
  ])('%s is refused', async (route, message) => {
    await expect(fetchPage(`${base}${route}`, options)).rejects.toThrow(message);
  });

  it('follows a redirect to an allowed address', async () => {
    const page = await fetchPage(`${base}/redirect`, options);
    expect(page.url).toBe(`${base}/article`);
    expect(page.body.toString('utf8')).toBe(PAGE);
  });
});
