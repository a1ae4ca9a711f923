import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../../scripts/config.ts';
import { fingerprint, type KnownHashes } from '../../../scripts/write/buildState.ts';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))));

describe('the fingerprint of a build', () => {
  it('reads no named pipe (it would block the build) and changes when a file becomes one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-state-'));
    temps.push(dir);
    await mkdir(path.join(dir, 'articles'));
    await writeFile(path.join(dir, 'articles', 'a.md'), '# A\n\nText.');
    const file = path.join(dir, 'articles', 'b.md');
    await writeFile(file, '# B\n\nText.');
    const config = readConfig();
    const before = await fingerprint({ contentDir: dir, config, search: true });
    await rm(file);
    execFileSync('mkfifo', [file]);
    const after = await fingerprint({ contentDir: dir, config, search: true });
    expect(after.fingerprint).not.toBe(before.fingerprint);
  }, 30_000);

  it('kept hashes (npm start): a settled file is not read again, and any change of a file is seen', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-state-'));
    temps.push(dir);
    await mkdir(path.join(dir, 'articles'));
    const file = path.join(dir, 'articles', 'a.md');
    await writeFile(file, '# A\n\nText one.');
    await writeFile(path.join(dir, 'articles', 'b.md'), '# B\n\nText.');
    const config = readConfig();
    const known: KnownHashes = new Map();
    // files written just now may be written again within the file system's time step: read every time
    const fresh = await fingerprint({ contentDir: dir, config, search: true, known });
    expect(known.size).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await fingerprint({ contentDir: dir, config, search: true, known })).fingerprint).toBe(fresh.fingerprint);
    expect([...known.keys()].sort()).toEqual(['articles/a.md', 'articles/b.md']);
    // the same size, another text: seen, by stat, and the same as a check without kept hashes
    await writeFile(file, '# A\n\nText two.');
    const changed = await fingerprint({ contentDir: dir, config, search: true, known });
    expect(changed.fingerprint).not.toBe(fresh.fingerprint);
    expect(changed).toEqual(await fingerprint({ contentDir: dir, config, search: true }));
    await rm(file);
    const gone = await fingerprint({ contentDir: dir, config, search: true, known });
    expect(gone).toEqual(await fingerprint({ contentDir: dir, config, search: true }));
    expect([...known.keys()]).toEqual(['articles/b.md']);
  }, 30_000);
});
