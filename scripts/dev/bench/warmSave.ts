/**
 * Warm-save benchmark (issue 25): the whole path of one save in `npm start`'s build process, in this one process and
 * without the watcher: from the write of an article to its new page on disk (`check`, `load`, `extract`, `resolve`,
 * `link`, `site`, `live`), each stage in CPU (user + system of this process) and wall time.
 *
 *   npm run bench:warm-save -- --dir /tmp/dossier-bench-XXXX [--saves 4] [--profile out.cpuprofile]
 *
 * `--dir` is a folder kept by `npm run bench -- --articles N --keep` (content/, site-0/ and its extraction cache). Its
 * site is built first (an ordinary build, then the warm-up that reads it into memory; no search index), then each
 * save appends a paragraph with a new word and a new name to one article, as `bench:edit` does, and builds warm; the
 * articles are restored at the end (one more build, not timed). `--profile` writes a V8 CPU profile of the last
 * save's path to its page and prints the functions with the most self time.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../../config.ts';
import { createWarmBuild } from '../../serve/warmBuild.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    saves: { type: 'string', default: '4' },
    profile: { type: 'string' },
  },
});
if (!values.dir) {
  process.stderr.write('usage: npm run bench:warm-save -- --dir FOLDER-KEPT-BY-npm-run-bench [--saves N]\n');
  process.exit(2);
}
const dir = path.resolve(values.dir);
const contentDir = path.join(dir, 'content');
const config = {
  ...readConfig(),
  contentDir,
  outputDir: path.join(dir, 'site-0'),
  cacheDir: path.join(dir, '.dossier', 'cache', 'extract'),
};
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let live: { cpu: number; wall: number } | undefined;
/** The CPU of each stage of the save under way, and the profile being taken until its page is on disk. */
let stageCpu: string[] = [];
let lastCpu = 0;
let session: Session | undefined;
let stopped: Promise<unknown> | undefined;
const warm = createWarmBuild(config, {
  search: false,
  log: (line) => {
    if (line.startsWith('reused')) process.stderr.write(`  ${line}\n`);
  },
  onStage: (stage) => {
    const now = cpu();
    stageCpu.push(`${stage} ${Math.round(now - lastCpu)}`);
    lastCpu = now;
  },
  onLive: () => {
    live = { cpu: cpu(), wall: performance.now() };
    if (session) stopped = session.post('Profiler.stop');
  },
});
const t = performance.now();
await warm.build();
await warm.build();
process.stderr.write(`first build and warm-up: ${((performance.now() - t) / 1000).toFixed(1)} s\n`);

const articles = (await readdir(path.join(contentDir, 'articles'), { recursive: true }))
  .filter((f) => f.endsWith('.md'))
  .sort();
const saves = Number(values.saves);
// a word no run has used, so that the edited text is never in the extraction cache
const nonce = Date.now().toString(36);
const originals = new Map<string, string>();
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
try {
  for (let s = 1; s <= saves; s++) {
    const source = articles[Math.floor((s * articles.length) / (saves + 1))]!;
    const file = path.join(contentDir, 'articles', source);
    const before = originals.get(file) ?? (await readFile(file, 'utf8'));
    originals.set(file, before);
    const profile = s === saves ? values.profile : undefined;
    session = profile ? new Session() : undefined;
    stopped = undefined;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    live = undefined;
    const la = load();
    const c0 = cpu();
    stageCpu = [];
    lastCpu = c0;
    const w0 = performance.now();
    await writeFile(file, `${before.trimEnd()}\n\nA paragraph about Zorvath${s}q${nonce} Quellmarch.\n`);
    const summary = await warm.build();
    const c1 = cpu();
    if (session && profile) {
      const { profile: cpuProfile } = (await (stopped ?? session.post('Profiler.stop'))) as { profile: object };
      await writeFile(profile, JSON.stringify(cpuProfile));
      session.disconnect();
      session = undefined;
    }
    const stages = summary.stages.map(([stage, ms]) => `${stage} ${Math.round(ms)}`).join(' · ');
    const page = live as { cpu: number; wall: number } | undefined;
    process.stderr.write(
      `save ${s} (${source}, load ${la}): write → page ${page ? `${Math.round(page.cpu - c0)} ms CPU / ${Math.round(page.wall - w0)} ms` : 'not written'} · whole ${Math.round(c1 - c0)} ms CPU / ${Math.round(performance.now() - w0)} ms \n  stages, wall ms: ${stages}\n  stages, CPU ms: ${stageCpu.join(' · ')}\n`,
    );
  }
} finally {
  for (const [file, text] of originals) await writeFile(file, text);
  await warm.build();
}
