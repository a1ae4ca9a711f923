import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleWorker, fixImportMeta } from '../../../scripts/parallel/bundleWorker.ts';

const FILE = '/project/scripts/lang/words.ts';

describe('fixImportMeta', () => {
  it.each([
    [
      'const r = createRequire(import.meta.url);',
      `const r = createRequire(${JSON.stringify(pathToFileURL(FILE).href)});`,
    ],
    ["path.resolve(import.meta.dirname, '../data')", `path.resolve(${JSON.stringify(path.dirname(FILE))}, '../data')`],
    ['const f = import.meta.filename;', `const f = ${JSON.stringify(FILE)};`],
    ["import.meta.resolve('./near.js')", JSON.stringify(new URL('./near.js', pathToFileURL(FILE)).href)],
    ["import.meta.resolve('yaml')", JSON.stringify(import.meta.resolve('yaml'))],
    ['const plain = 1;', 'const plain = 1;'],
  ])('%s', (source, fixed) => {
    expect(fixImportMeta(source, FILE)).toBe(fixed);
  });

  it('leaves what it cannot fix (then no bundle is made)', () => {
    expect(fixImportMeta('import.meta.resolve(name)', FILE)).toContain('import.meta');
  });
});

describe('bundleWorker', () => {
  it('makes the bundle once per version of the code, kept in its folder', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'dossier-bundle-'));
    const file = await bundleWorker(cacheDir);
    expect(file).toBeDefined();
    expect(path.dirname(file!)).toBe(cacheDir);
    const code = await readFile(file!, 'utf8');
    expect(code).not.toContain('import.meta');
    // the project's modules are in it; the packages are imported from their own files
    expect(code).toContain('function extractSafely');
    expect(code).toMatch(/from "file:\/\/[^"]*node_modules\//);
    const made = (await stat(file!)).mtimeMs;
    expect(await bundleWorker(cacheDir)).toBe(file);
    expect((await stat(file!)).mtimeMs).toBe(made);
  }, 60_000);

  it('makes it again when the list of its sources no longer matches them', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'dossier-bundle-'));
    const file = await bundleWorker(cacheDir);
    const manifest = path.join(cacheDir, 'extract-worker.json');
    const { inputs } = JSON.parse(await readFile(manifest, 'utf8')) as { inputs: string[] };
    // a listed source that is not one: the key differs, so the bundle is made afresh under the right key
    await writeFile(manifest, JSON.stringify({ inputs: [...inputs, 'package.json'] }));
    expect(await bundleWorker(cacheDir)).toBe(file);
    expect(JSON.parse(await readFile(manifest, 'utf8'))).toEqual({ inputs });
  }, 60_000);
});
