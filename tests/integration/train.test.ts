import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedAvailable } from '../../scripts/dev/corpora/sources.ts';
import { MODEL_FILE } from '../../scripts/load/readModel.ts';
import { ROOT } from '../helpers/site.ts';

const available = sharedAvailable();
if (!available && process.env.CI === 'true') throw new Error('CI=true but ../shared/data is missing');
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))));
const sha = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

describe.skipIf(!available)('npm run ner:train', () => {
  it('reproduces the shipped model byte for byte from the stand-off annotations and ../shared', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-train-'));
    temps.push(dir);
    const out = path.join(dir, 'tagger.bin');
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    await promisify(execFile)(tsx, ['scripts/dev/train/cli.ts', '--out', out], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(await sha(out)).toBe(await sha(MODEL_FILE));
  }, 1_200_000);
});
