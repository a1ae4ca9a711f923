/**
 * `npm run bench:unchanged -- --articles 1000,4000,10000 [--repeat R]`: a rebuild with nothing changed (issue 25), at
 * sizes a cold build cannot reach in reasonable time on this machine.
 *
 * For each size: the synthetic corpus (scripts/dev/corpora/synthetic.ts) is written to a temporary folder, and the
 * state a finished build leaves is written beside it, the way `runBuild` writes it (`fingerprint` of the inputs, the
 * state file next to the extraction cache, the stamp and marker in the site folder). Then `npm run build` runs in a new process,
 * R times, and must answer "Nothing changed". What this path does (hash every file of the content folder and the code,
 * compare with the state, stop before importing any stage) does not depend on the site that a real build would have
 * written: only its stamp is read. Wall time, CPU time (user + system) and peak RSS come from `/usr/bin/time`.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../../config.ts';
import { projectRoot } from '../../core/paths.ts';
import { fingerprint, writeStamp, writeState } from '../../write/buildState.ts';
import { writeMarker } from '../../write/guardOutput.ts';
import { writeBundle } from '../../write/index.ts';
import { generateCorpus } from '../corpora/synthetic.ts';

interface Run {
  wallS: number;
  cpuS: number;
  rssMiB: number;
}

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '1000' }, repeat: { type: 'string', default: '3' } },
});
const sizes = values.articles.split(',').map(Number);
const repeat = Number(values.repeat);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(repeat) || repeat < 1) {
  console.error('usage: npm run bench:unchanged -- --articles N[,N...] [--repeat R]');
  process.exit(2);
}

const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
const rows: string[] = [];
for (const articles of sizes) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'dossier-unchanged-'));
  try {
    const contentDir = path.join(tmp, 'content');
    const outputDir = path.join(tmp, 'site');
    const cacheDir = path.join(tmp, 'cache');
    const corpus = generateCorpus({ articles, seed: 1 });
    await writeBundle(contentDir, corpus);
    const mib = corpus.reduce((n, f) => n + Buffer.byteLength(f.content), 0) / 2 ** 20;
    const config = readConfig({ CONTENT_DIR: contentDir, OUTPUT_DIR: outputDir, CACHE_DIR: cacheDir }, projectRoot);
    const inputs = await fingerprint({ contentDir, config, search: true });
    const summary = { articles, entities: { person: 0, group: 0, place: 0 }, mentions: 0, pages: 0, cached: 0 };
    await writeState(cacheDir, outputDir, { ...inputs, summary: { ...summary, warnings: [], review: [] } });
    await mkdir(outputDir, { recursive: true });
    await writeMarker(outputDir);
    await writeStamp(outputDir, inputs.fingerprint);
    const runs: Run[] = [];
    for (let i = 0; i < repeat; i++) runs.push(timeBuild({ contentDir, outputDir, cacheDir }));
    const median = (key: keyof Run) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    rows.push(
      `| ${articles.toLocaleString('en')} | ${mib.toFixed(1)} MiB | ${median('wallS').toFixed(2)} s | ${median('cpuS').toFixed(2)} s | ${Math.round(median('rssMiB'))} MiB |`,
    );
    process.stderr.write(`${rows.at(-1)}\n`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; median of ${repeat}`,
);
console.log('| articles | content | wall | CPU (user + system) | peak RSS |\n|---|---|---|---|---|');
for (const row of rows) console.log(row);

/** One `npm run build` (the CLI itself) under /usr/bin/time; it must find nothing changed. */
function timeBuild(dirs: { contentDir: string; outputDir: string; cacheDir: string }): Run {
  const done = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', tsx, 'scripts/cli/build.ts'], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: dirs.contentDir, OUTPUT_DIR: dirs.outputDir, CACHE_DIR: dirs.cacheDir },
    encoding: 'utf8',
  });
  if (!done.stderr.includes('Nothing changed'))
    throw new Error(`the build did not find its inputs unchanged:\n${done.stderr}`);
  const [wall, user, sys, rss] = done.stderr
    .match(/TIME (\S+) (\S+) (\S+) (\d+)/)!
    .slice(1)
    .map(Number) as [number, number, number, number];
  return { wallS: wall, cpuS: user + sys, rssMiB: rss / 1024 };
}
