import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../../scripts/config.ts';
import { fingerprint } from '../../../scripts/write/buildState.ts';

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
});
