/**
 * Warm-save benchmark of the pure stages (issue 25): in one process, as `npm start`'s build process holds them, how
 * much CPU resolve, link and site cost when one article of a kept corpus is edited.
 *
 *   npm run bench:warm-stages -- --dir /tmp/dossier-bench-XXXX [--saves 4] [--profile out.cpuprofile]
 *
 * `--dir` is a folder kept by `npm run bench -- --articles N --keep` (its extraction cache must hold every article).
 * The first run fills the memo of the warm build (scripts/pipeline.ts); each next run appends a new paragraph with a
 * new name to one article (as bench:edit does), extracts that article again (as the warm build does: its entities are
 * new objects, so every entity it names is resolved, linked and laid out again) and runs the pipeline again. Each
 * stage is timed in CPU (user + system of this process) and wall; the extraction is not counted. `--profile` writes a
 * V8 CPU profile of the last save and prints the functions with the most self time.
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createHref } from '../../core/urls.ts';
import type { Article } from '../../core/types/article.ts';
import { loadArticles, loadCorrections } from '../../load/index.ts';
import { extractArticles } from '../../parallel/extractArticles.ts';
import { createPipelineMemo, runPipeline } from '../../pipeline.ts';
import { readConfig } from '../../config.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    saves: { type: 'string', default: '4' },
    profile: { type: 'string' },
    cold: { type: 'boolean', default: false },
  },
});
if (!values.dir) {
  process.stderr.write('usage: npm run bench:warm-stages -- --dir FOLDER-KEPT-BY-npm-run-bench [--saves N]\n');
  process.exit(2);
}
const dir = path.resolve(values.dir);
const contentDir = path.join(dir, 'content');
const cacheDir = path.join(dir, '.dossier', 'cache', 'extract');
const config = { ...readConfig(), contentDir, outputDir: path.join(dir, 'site-0') };

const [loaded, corrections] = await Promise.all([loadArticles(contentDir), loadCorrections(contentDir)]);
const extracted = await extractArticles(loaded.articles, { cacheDir });
process.stderr.write(`${loaded.articles.length} articles, ${extracted.cached} extractions from the cache\n`);
const memo = values.cold ? undefined : createPipelineMemo();

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function run(articles: readonly Article[], label: string, profile?: string): Promise<void> {
  const stages: string[] = [];
  let c = cpu();
  const session = profile ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const w0 = performance.now();
  runPipeline(articles, {
    extractions: extracted.extractions,
    corrections: corrections.corrections,
    correctionsFile: corrections.file,
    href: createHref(config),
    ...(memo ? { memo } : {}),
    onStage: (stage, ms) => {
      const now = cpu();
      stages.push(`${stage} ${(now - c).toFixed(0)} ms CPU / ${ms.toFixed(0)} ms`);
      c = now;
    },
  });
  const wall = performance.now() - w0;
  process.stderr.write(`${label}: ${stages.join(' · ')} · total ${wall.toFixed(0)} ms wall\n`);
  if (session && profile) {
    const { profile: cpuProfile } = await session.post('Profiler.stop');
    await writeFile(profile, JSON.stringify(cpuProfile));
    printTop(cpuProfile);
    session.disconnect();
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** The functions with the most self time in a V8 CPU profile. */
function printTop(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [key, ms] of top) process.stderr.write(`${ms.toFixed(1).padStart(8)} ms  ${key}\n`);
}

let articles = loaded.articles;
await run(articles, 'first');
const saves = Number(values.saves);
// a word no run has used, so that the edited text is never in the extraction cache
const nonce = Date.now().toString(36);
for (let s = 1; s <= saves; s++) {
  const i = (s * 97) % articles.length;
  const a = articles[i]!;
  const extra = `\n\nA new paragraph, save ${s}, names Zorvath${nonce} Quellmarch.\n`;
  const edited = { ...a, text: a.text + extra, prose: a.prose + extra };
  articles = articles.map((x, j) => (j === i ? edited : x)) as Article[];
  const again = await extractArticles([edited], { cacheDir });
  extracted.extractions[i] = again.extractions[0]!;
  await run(articles, `save ${s} (${a.id})`, s === saves ? values.profile : undefined);
}
