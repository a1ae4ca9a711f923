import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCorrections } from '../../scripts/load/loadCorrections.ts';
import type { KnowledgeBase } from '../../scripts/core/types/kb.ts';
import { reviewContent, type Started, startServer, USER_YAML } from '../helpers/review.ts';
import { buildSite } from '../helpers/site.ts';

interface Sent {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request to the server, every header as given (fetch would not let a test set Host). */
function send(
  port: number,
  {
    method = 'POST',
    path: at = '/__review/api',
    headers = {},
    body = '',
  }: Partial<{
    method: string;
    path: string;
    headers: Record<string, string>;
    body: string;
  }>,
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: at, headers }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the review server of npm start', () => {
  let content: { dir: string; cleanup: () => Promise<void> };
  let server: Started;
  let token: string;
  const file = () => path.join(content.dir, 'entities.yaml');
  const yaml = () => readFile(file(), 'utf8');
  const good = (): Record<string, string> => ({
    host: `localhost:${server.port}`,
    origin: `http://localhost:${server.port}`,
    'x-dossier-token': token,
    'content-type': 'application/json',
  });
  const kb = async () => JSON.parse(await readFile(path.join(server.outputDir, 'kb.json'), 'utf8')) as KnowledgeBase;
  const idOf = async (name: string) => (await kb()).entities.find((e) => e.name === name)!.id;

  beforeAll(async () => {
    content = await reviewContent();
    server = await startServer(content.dir);
    const page = await send(server.port, { method: 'GET', path: '/', headers: { host: `localhost:${server.port}` } });
    token = /name="dossier-review-token" content="([0-9a-f]{64})"/.exec(page.body)![1]!;
  });
  afterAll(async () => {
    await server?.stop();
    await content?.cleanup();
  });

  it('refuses a page to a foreign Host (DNS rebinding), so no other site can read the token', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `localhost:${server.port + 1}`]) {
      const res = await send(server.port, { method: 'GET', path: '/', headers: { host } });
      expect(res.status, host).toBe(421);
      expect(res.body).not.toContain(token);
    }
  });

  it('lets no other site frame its pages (a click on a review button cannot be tricked)', async () => {
    for (const at of ['/', '/__review/', '/places/velmora/']) {
      const res = await send(server.port, { method: 'GET', path: at, headers: { host: `127.0.0.1:${server.port}` } });
      expect(res.status, at).toBe(200);
      expect(res.headers['x-frame-options'], at).toBe('DENY');
      expect(res.body, at).toContain(token);
    }
  });

  it.each<[string, (h: Record<string, string>) => Record<string, string>, string, number]>([
    ['no token', ({ 'x-dossier-token': _, ...h }) => h, '{"action":"ignore","id":"velmora"}', 403],
    ['a wrong token', (h) => ({ ...h, 'x-dossier-token': 'f'.repeat(64) }), '{"action":"ignore","id":"velmora"}', 403],
    ['a foreign Origin', (h) => ({ ...h, origin: 'http://evil.example' }), '{"action":"ignore","id":"velmora"}', 403],
    ['a null Origin', (h) => ({ ...h, origin: 'null' }), '{"action":"ignore","id":"velmora"}', 403],
    ['no Origin', ({ origin: _, ...h }) => h, '{"action":"ignore","id":"velmora"}', 403],
    ['a foreign Host', (h) => ({ ...h, host: 'evil.example:80' }), '{"action":"ignore","id":"velmora"}', 421],
    [
      'a form post (text/plain)',
      (h) => ({ ...h, 'content-type': 'text/plain' }),
      '{"action":"ignore","id":"velmora"}',
      415,
    ],
    ['an oversized body', (h) => h, JSON.stringify({ action: 'ignore', id: 'velmora', name: 'x'.repeat(20_000) }), 413],
    ['a body that is not JSON', (h) => h, '{"action": "ignore", id: velmora', 400],
    ['a JSON list', (h) => h, '["ignore"]', 400],
    ['an unknown action', (h) => h, '{"action":"delete","id":"velmora"}', 400],
    ['an unknown field', (h) => h, '{"action":"ignore","id":"velmora","path":"../x"}', 400],
    ['a name with a newline', (h) => h, '{"action":"rename","id":"velmora","name":"Velmora\\nignore: true"}', 400],
    ['a name with no letter', (h) => h, '{"action":"rename","id":"velmora","name":"- :"}', 400],
    ['a type that is none', (h) => h, '{"action":"type","id":"velmora","type":"building"}', 400],
    ['an entity that does not exist', (h) => h, '{"action":"ignore","id":"nobody"}', 409],
    ['a decision on a name no entity has', (h) => h, '{"action":"reviewed","subject":"Nobody"}', 409],
    [
      'a split of an article it is not in',
      (h) => h,
      '{"action":"split","id":"velmora","name":"V","articles":["x"]}',
      400,
    ],
  ])('refuses a POST with %s, and leaves entities.yaml as it was', async (_label, headers, body, status) => {
    const res = await send(server.port, { headers: headers(good()), body });
    expect(res.status).toBe(status);
    expect(await yaml()).toBe(USER_YAML);
    expect(existsSync(`${file()}.bak`)).toBe(false);
  });

  it('refuses a rename to the name of another entity of its type: a merge is the way', async () => {
    const id = await idOf('Otto Dravesk');
    const res = await send(server.port, {
      headers: good(),
      body: JSON.stringify({ action: 'rename', id, name: 'ilse dravesk' }),
    });
    expect(res.status).toBe(409);
    expect(JSON.parse(res.body).error).toMatch(/already a person called “Ilse Dravesk”: merge them instead/);
    expect(await yaml()).toBe(USER_YAML);
  });

  it('stores names that look like YAML as plain strings, and Undo restores the file byte for byte', async () => {
    const names = ['a: b', '- x', '&anchor #1'];
    let id = await idOf('Tomas Reiner');
    const written: string[] = [];
    for (const name of names) {
      const res = await send(server.port, { headers: good(), body: JSON.stringify({ action: 'rename', id, name }) });
      expect(res.status, res.body).toBe(200);
      expect(JSON.parse(res.body).url).toMatch(/^\/people\/[^/]+\/$/);
      written.push(await yaml());
      const { corrections } = parseCorrections(written.at(-1)!);
      expect(corrections).toEqual([{ match: 'Tomas Reiner', line: 3, name }]);
      const entity = (await kb()).entities.find((e) => e.name === name);
      expect(entity?.type).toBe('person');
      id = entity!.id;
    }
    expect(written.at(-1)).toBe(`${USER_YAML}Tomas Reiner:\n  name: "&anchor #1"\n`);
    expect(await readFile(`${file()}.bak`, 'utf8')).toBe(written.at(-2));
    for (const before of [...written.slice(0, -1)].reverse()) {
      const res = await send(server.port, { headers: good(), body: '{"action":"undo"}' });
      expect(res.status, res.body).toBe(200);
      expect(await yaml()).toBe(before);
    }
    const last = await send(server.port, { headers: good(), body: '{"action":"undo"}' });
    expect(JSON.parse(last.body)).toEqual({ ok: true, message: 'Undone.', url: '/people/tomas-reiner/' });
    expect(await yaml()).toBe(USER_YAML);
    expect((await send(server.port, { headers: good(), body: '{"action":"undo"}' })).status).toBe(409);
  }, 300_000); // six rebuilds

  it('writes nothing but entities.yaml and its backup, and no token or review script into the site', async () => {
    expect((await readdir(content.dir)).sort()).toEqual(['articles', 'entities.yaml', 'entities.yaml.bak']);
    for (const name of await listFiles(server.outputDir)) {
      const text = await readFile(name, 'utf8').catch(() => '');
      expect(text.includes(token), name).toBe(false);
      expect(/__review|dossier-review/.test(text), name).toBe(false);
    }
  });
});

describe('a static build', () => {
  it('contains no trace of the review mode: no script, endpoint, token or toolbar', async () => {
    const content = await reviewContent();
    const site = await buildSite(content.dir, {}, false);
    try {
      const files = await listFiles(site.dir);
      expect(files.length).toBeGreaterThan(10);
      for (const name of files) {
        const text = await readFile(name, 'utf8');
        // "preview.js" (the link previews of every page) is not the review script
        expect(/__review|dossier-review|(?<![\w-])review\.js|review-tools|x-dossier-token/.test(text), name).toBe(
          false,
        );
      }
    } finally {
      await site.cleanup();
      await content.cleanup();
    }
  });
});

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
