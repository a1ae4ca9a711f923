import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('npm run bench', () => {
  it('builds a small synthetic corpus end to end and prints the table', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/dev/bench/site.ts', '--articles', '5', '--rebuild'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 240_000,
      },
    );
    expect(run.stderr + run.stdout).not.toMatch(/bench: the build failed/);
    expect(run.status).toBe(0);
    for (const row of [
      '| load |',
      '| extract |',
      '| render |',
      '| index |',
      '**total**',
      'rebuild',
      'peak RSS',
      '| pages |',
      'output size',
      'largest entity page',
      'articles / entities / mentions',
    ]) {
      expect(run.stdout).toContain(row);
    }
    expect(run.stdout).toMatch(/Machine: .+ · \d+ cores · .+ GiB RAM · Node v\d+/);
    expect(run.stdout).toMatch(/\| articles \/ entities \/ mentions \| 5 \//);
    // each stage with its CPU time (every thread and child process) and its peak memory, sampled within the stage
    expect(run.stdout).toMatch(/\| render \| [\d,.]+ ms \(CPU [\d,.]+ ms\) · peak [\d.]+ MiB/);
    expect(run.stdout).toMatch(/\| \*\*total\*\* \| \*\*[\d,.]+ ms\*\* \(CPU [\d,.]+ ms\) \|/);
  }, 300_000);

  it('bench:unchanged finds a corpus with a finished build unchanged, through npm run build itself', () => {
    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/dev/bench/unchanged.ts',
        '--articles',
        '3,7',
        '--repeat',
        '1',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    // the bench throws unless each build answered "Nothing changed"
    expect(run.stderr).not.toMatch(/did not find its inputs unchanged/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\| 3 \| [\d.]+ MiB \| [\d.]+ s \| [\d.]+ s \| \d+ MiB \|/);
    expect(run.stdout).toMatch(/\| 7 \| /);
  }, 180_000);
});
