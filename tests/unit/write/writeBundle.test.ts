import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../../scripts/write/index.ts';

describe('writeBundle', () => {
  it('writes every file under the folder, making subfolders', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-bundle-'));
    await writeBundle(dir, [
      { path: 'a.js', content: Buffer.from('a') },
      { path: 'fragment/b.pf_fragment', content: Buffer.from('bb') },
    ]);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(['a.js', 'fragment', 'fragment/b.pf_fragment']);
    expect(await readFile(path.join(dir, 'fragment/b.pf_fragment'), 'utf8')).toBe('bb');
  });
});
