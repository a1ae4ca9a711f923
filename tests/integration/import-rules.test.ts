import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';

/**
 * The import rules of docs/architecture.md (.dependency-cruiser.cjs) catch what they are meant to catch: each case
 * is a tiny tree of our own with one offending import, checked with the project's own configuration.
 */
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const CRUISE = path.join(ROOT, 'node_modules/.bin/depcruise');

const CASES: [string, string, Record<string, string>][] = [
  [
    'no-circular',
    'two modules that import each other',
    {
      'scripts/core/a.ts': "import { b } from './b.ts';\nexport const a = b;",
      'scripts/core/b.ts': "import { a } from './a.ts';\nexport const b = () => a;",
    },
  ],
  [
    'core-imports-nothing',
    'core importing a stage',
    {
      'scripts/core/a.ts': "import { x } from '../link/x.ts';\nexport const a = x;",
      'scripts/link/x.ts': 'export const x = 1;',
    },
  ],
  [
    'lang-imports-core-only',
    'lang importing a stage',
    {
      'scripts/lang/a.ts': "import { x } from '../extract/x.ts';\nexport const a = x;",
      'scripts/extract/x.ts': 'export const x = 1;',
    },
  ],
  [
    'extract-before-later-stages',
    'extract importing resolve',
    {
      'scripts/extract/a.ts': "import { x } from '../resolve/x.ts';\nexport const a = x;",
      'scripts/resolve/x.ts': 'export const x = 1;',
    },
  ],
  [
    'link-before-later-stages',
    'link importing site',
    {
      'scripts/link/a.ts': "import { x } from '../site/x.ts';\nexport const a = x;",
      'scripts/site/x.ts': 'export const x = 1;',
    },
  ],
  [
    'stages-not-orchestration',
    'a stage importing the build',
    {
      'scripts/resolve/a.ts': "import { x } from '../build.ts';\nexport const a = x;",
      'scripts/build.ts': 'export const x = 1;',
    },
  ],
  [
    'pure-stages',
    'extract reading a file',
    { 'scripts/extract/a.ts': "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;" },
  ],
  [
    'pure-stages',
    'site starting a worker',
    { 'scripts/site/a.ts': "import { Worker } from 'node:worker_threads';\nexport const a = Worker;" },
  ],
  [
    'layouts-read-site-data',
    'a template importing a stage',
    {
      'layouts/parts/a.ts': "import { x } from '../../scripts/link/x.ts';\nexport const a = x;",
      'scripts/link/x.ts': 'export const x = 1;',
    },
  ],
  [
    'dev-only-from-cli-and-tests',
    'a stage importing the tooling',
    {
      'scripts/resolve/a.ts': "import { x } from '../dev/bench/x.ts';\nexport const a = x;",
      'scripts/dev/bench/x.ts': 'export const x = 1;',
    },
  ],
  [
    'runtime-not-tests',
    'code importing a test helper',
    {
      'scripts/core/a.ts': "import { x } from '../../tests/helpers/x.ts';\nexport const a = x;",
      'tests/helpers/x.ts': 'export const x = 1;',
    },
  ],
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-imports-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function cruise(files: Record<string, string>): Promise<{ code: number; out: string }> {
  const tree = await mkdtemp(path.join(dir, 'tree-'));
  const all = {
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        allowImportingTsExtensions: true,
        noEmit: true,
      },
    }),
    'scripts/cli/main.ts': 'export {};',
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    await mkdir(path.dirname(path.join(tree, name)), { recursive: true });
    await writeFile(path.join(tree, name), text);
  }
  const roots = ['scripts', 'layouts', 'tests'].filter((r) => Object.keys(all).some((f) => f.startsWith(`${r}/`)));
  try {
    const { stdout } = await promisify(execFile)(CRUISE, [...roots, '--config', CONFIG, '--output-type', 'err'], {
      cwd: tree,
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, out: e.stdout };
  }
}

describe('the import rules', () => {
  it.each(CASES)('%s catches %s', async (rule, _, files) => {
    const { code, out } = await cruise(files);
    expect(code).not.toBe(0);
    expect(out).toContain(rule);
  });

  it('pass on a tree that keeps them: cli → build → stages → lang → core, templates on core', async () => {
    const { code, out } = await cruise({
      'scripts/cli/main.ts':
        "import { build } from '../build.ts';\nimport { bench } from '../dev/bench/b.ts';\nexport const main = [build, bench];",
      'scripts/dev/bench/b.ts': "import { build } from '../../build.ts';\nexport const bench = build;",
      'scripts/build.ts':
        "import { readFileSync } from 'node:fs';\nimport { site } from './site/s.ts';\nexport const build = [site, readFileSync];",
      'scripts/site/s.ts': "import { link } from '../link/l.ts';\nexport const site = link;",
      'scripts/link/l.ts': "import { word } from '../lang/w.ts';\nexport const link = word;",
      'scripts/lang/w.ts': "import { slug } from '../core/slug.ts';\nexport const word = slug;",
      'scripts/core/slug.ts': 'export const slug = 1;',
      'scripts/load/r.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;",
      'layouts/parts/p.ts': "import { slug } from '../../scripts/core/slug.ts';\nexport const p = slug;",
    });
    expect(out).not.toMatch(/error/);
    expect(code).toBe(0);
  });

  it('pass on the project itself', async () => {
    const { stdout } = await promisify(execFile)(
      CRUISE,
      ['scripts', 'layouts', 'tests', 'eleventy.config.ts', '--config', CONFIG, '--output-type', 'err'],
      { cwd: ROOT },
    );
    expect(stdout).toMatch(/no dependency violations/);
  });
});
