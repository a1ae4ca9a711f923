/**
 * `npm run check:same-output -- [--base REF] [--articles N] [--content DIR]...`: does the working tree build the same
 * sites as another commit, byte for byte? For a change that must not change behaviour (a restructuring, a clean-up).
 *
 * Builds each input twice, with the commit REF (default HEAD; checked out in a temporary git worktree that shares
 * this project's node_modules) and with the working tree, each from a cold extraction cache, and compares the two
 * output folders file by file. Inputs: the seed (`content/`, online and OFFLINE=1), a synthetic corpus of N articles
 * (default 200, from scripts/dev/corpora/synthetic.ts), and every --content folder given (e.g. a folder of every
 * format). Exits 1 if any file differs or any build fails, listing the first differences.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { projectRoot } from '../../core/paths.ts';
import { generateCorpus } from '../corpora/synthetic.ts';

const run = promisify(execFile);

interface Input {
  name: string;
  contentDir: string;
  env: Record<string, string>;
}

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'HEAD' },
    articles: { type: 'string', default: '200' },
    content: { type: 'string', multiple: true, default: [] },
    keep: { type: 'boolean', default: false },
  },
});

/** Every file below `dir`, as paths relative to it, sorted. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** The files that differ between two folders (missing on one side, or not the same bytes). */
async function differences(a: string, b: string): Promise<{ files: number; differ: string[] }> {
  const [left, right] = await Promise.all([filesBelow(a), filesBelow(b)]);
  const inLeft = new Set(left);
  const inRight = new Set(right);
  const differ = [...left.filter((f) => !inRight.has(f)), ...right.filter((f) => !inLeft.has(f))].map(
    (f) => `${f} (only on one side)`,
  );
  for (const file of left.filter((f) => inRight.has(f))) {
    const [x, y] = await Promise.all([readFile(path.join(a, file)), readFile(path.join(b, file))]);
    if (!x.equals(y)) differ.push(file);
  }
  return { files: left.length, differ };
}

async function build(root: string, input: Input, out: string): Promise<void> {
  await run(path.join(projectRoot, 'node_modules/.bin/tsx'), ['scripts/cli/build.ts'], {
    cwd: root,
    env: { ...process.env, ...input.env, CONTENT_DIR: input.contentDir, OUTPUT_DIR: out, CACHE_DIR: `${out}.cache` },
    maxBuffer: 64 * 2 ** 20,
  });
}

const work = await mkdtemp(path.join(tmpdir(), 'dossier-same-output-'));
const baseTree = path.join(work, 'base');
let failed = false;
try {
  const { stdout: sha } = await run('git', ['rev-parse', '--short', values.base], { cwd: projectRoot });
  await run('git', ['worktree', 'add', '--detach', baseTree, values.base], { cwd: projectRoot });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(baseTree, 'node_modules'));
  const synthetic = path.join(work, 'synthetic');
  for (const file of generateCorpus({ articles: Number(values.articles), seed: 1 })) {
    await mkdir(path.dirname(path.join(synthetic, file.path)), { recursive: true });
    await writeFile(path.join(synthetic, file.path), file.content);
  }
  const inputs: Input[] = [
    { name: 'seed', contentDir: path.join(projectRoot, 'content'), env: {} },
    { name: 'seed-offline', contentDir: path.join(projectRoot, 'content'), env: { OFFLINE: '1' } },
    { name: `synthetic-${values.articles}`, contentDir: synthetic, env: {} },
    ...values.content.map((dir, i) => ({ name: `content-${i + 1}`, contentDir: path.resolve(dir), env: {} })),
  ];
  console.log(`comparing ${values.base} (${sha.trim()}) with the working tree`);
  for (const input of inputs) {
    const before = path.join(work, 'out', 'base', input.name);
    const after = path.join(work, 'out', 'tree', input.name);
    await build(baseTree, input, before);
    await build(projectRoot, input, after);
    const { files, differ } = await differences(before, after);
    if (differ.length) failed = true;
    console.log(
      differ.length
        ? `${input.name}: ${differ.length} of ${files} files differ: ${differ.slice(0, 10).join(', ')}`
        : `${input.name}: identical (${files} files)`,
    );
  }
} catch (error) {
  failed = true;
  console.error(`error: ${(error as Error).message}`);
} finally {
  await run('git', ['worktree', 'remove', '--force', baseTree], { cwd: projectRoot }).catch(() => {});
  if (values.keep) console.log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
