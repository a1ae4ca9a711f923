/**
 * Site-build benchmark (issue 7) on a synthetic corpus (scripts/dev/corpora/synthetic.ts).
 *
 *   npm run bench -- --articles 1000 [--repeat 3] [--seed 1] [--rebuild] [--warm] [--json] [--keep]
 *
 * Writes N articles into a temp content folder, then runs the whole build (`runBuild`: load → … → index → swap)
 * R times, each in a fresh Node process (as `npm run build` would be) into a fresh output folder. The bench has its
 * own extraction cache in the temp folder (`.dossier/cache/extract` there; the project's cache is not touched): by
 * default it is deleted before each run, so every run is cold; `--warm` keeps it from run to run. A worker thread samples
 * `process.memoryUsage().rss` every 50 ms (it keeps sampling while the main thread is busy), plus, on Linux, the
 * RSS of child processes (the Pagefind binary). Prints a Markdown table of median stage times and the rest.
 *
 *   --rebuild  after the run(s), build once more with nothing changed (same content, output folder and cache,
 *              new process) and report its total and how many extractions came from the cache.
 *   --workers  extraction worker threads, passed to runBuild (default: the build's own choice).
 *   --keep     leave the temp folder (corpus and last site) and print where it is.
 *   --dir D    build the corpus of a folder kept by --keep again (into D/site-0 …), instead of writing a new one;
 *              with --warm its extraction cache is used, so only what comes after extraction is measured afresh.
 * Each stage's line gives its peak RSS (node, and with Pagefind), sampled within the stage's time.
 */
import { fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { BuildSummary } from '../../core/types/summary.ts';
import { writeBundle } from '../../write/index.ts';
import { generateCorpus } from '../corpora/synthetic.ts';
import { projectRoot } from '../../core/paths.ts';

const here = fileURLToPath(import.meta.url);
const CHILD_ENV = 'DOSSIER_BENCH_CHILD';

// ---------------------------------------------------------------- one build, in a child process

interface ChildRequest {
  contentDir: string;
  outputDir: string;
  cacheDir: string;
  workers?: number;
}

interface RunResult {
  summary: Omit<BuildSummary, 'warnings'> & { warnings: number };
  /** Wall time of runBuild, ms. */
  totalMs: number;
  /** Max sampled RSS of this Node process, bytes. */
  peakRss: number;
  /** Max sampled RSS of this process plus its child processes (Linux only; else same as peakRss). */
  peakRssWithChildren: number;
  /** The kernel's high-water mark for this process (Linux VmHWM), bytes, when available. */
  hwmRss?: number;
  /** During the index stage: max of node RSS, and of node + Pagefind process RSS. */
  indexPeakRss?: number;
  indexPeakRssWithChildren?: number;
  /** Each stage's peak: [stage, node RSS, node + child processes RSS], in build order. */
  stagePeaks: [string, number, number][];
  /** Each stage's CPU time, ms (this process's threads and its child processes), in build order. */
  stageCpu: [string, number][];
}

/**
 * Worker-thread source: samples every 50 ms until told to stop, then posts [time, rss, childrenRss, cpuMs][]; cpuMs is
 * the CPU time (user + system) of this process (all its threads) and of its child processes, live (from /proc) and
 * ended (the kernel's cutime and cstime), since the process started.
 */
const SAMPLER = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const linux = process.platform === 'linux';
function kids(pid, out) {
  let tasks = [];
  try { tasks = fs.readdirSync('/proc/' + pid + '/task'); } catch { return out; }
  for (const t of tasks) {
    let list = '';
    try { list = fs.readFileSync('/proc/' + pid + '/task/' + t + '/children', 'utf8'); } catch { continue; }
    for (const c of list.split(' ')) if (c.trim()) { out.push(c.trim()); kids(c.trim(), out); }
  }
  return out;
}
function rssOf(pid) {
  try { const m = /VmRSS:\\s+(\\d+) kB/.exec(fs.readFileSync('/proc/' + pid + '/status', 'utf8')); return m ? Number(m[1]) * 1024 : 0; }
  catch { return 0; }
}
// clock ticks of /proc/PID/stat: 100 a second on Linux
const ticks = (pid, fields) => {
  try {
    const f = fs.readFileSync('/proc/' + pid + '/stat', 'utf8').split(') ')[1].split(' ');
    return fields.reduce((n, k) => n + Number(f[k]), 0) * 10;
  } catch { return 0; }
};
const samples = [];
const sample = () => {
  let children = 0;
  const c = process.cpuUsage();
  let cpu = (c.user + c.system) / 1000;
  if (linux) {
    cpu += ticks(process.pid, [13, 14]);
    for (const k of kids(process.pid, [])) {
      children += rssOf(k);
      cpu += ticks(k, [11, 12]);
    }
  }
  samples.push([Date.now(), process.memoryUsage.rss(), children, cpu]);
};
sample();
const timer = setInterval(sample, 50);
parentPort.on('message', () => { clearInterval(timer); sample(); parentPort.postMessage(samples); });
`;

async function child(request: ChildRequest): Promise<RunResult> {
  const sampler = new Worker(SAMPLER, { eval: true });
  await new Promise<void>((resolve) => sampler.once('online', () => resolve()));
  const { runBuild } = await import('../../build.ts');
  const { readConfig } = await import('../../config.ts');
  const config = readConfig({ CONTENT_DIR: request.contentDir, OUTPUT_DIR: request.outputDir }, projectRoot);
  const t0 = Date.now();
  const p0 = performance.now();
  const summary = await runBuild(config, {
    log: () => {},
    cacheDir: request.cacheDir,
    ...(request.workers !== undefined ? { workers: request.workers } : {}),
  });
  const totalMs = performance.now() - p0;
  const samples = await new Promise<[number, number, number, number][]>((resolve) => {
    sampler.once('message', resolve);
    sampler.postMessage('stop');
  });
  await sampler.terminate();

  const result: RunResult = {
    summary: { ...summary, warnings: summary.warnings.length },
    totalMs,
    peakRss: Math.max(...samples.map((s) => s[1])),
    peakRssWithChildren: Math.max(...samples.map((s) => s[1] + s[2])),
    // Stages run one after another: each stage is the slice of time after the stages before it.
    stagePeaks: stagePeaks(summary.stages, t0, samples),
    stageCpu: stageCpu(summary.stages, t0, samples),
  };
  const hwm = process.platform === 'linux' ? /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8')) : null;
  if (hwm) result.hwmRss = Number(hwm[1]) * 1024;
  const index = result.stagePeaks.find(([name]) => name === 'index');
  if (index) {
    result.indexPeakRss = index[1];
    result.indexPeakRssWithChildren = index[2];
  }
  return result;
}

/** The peak RSS (node, node + child processes) within each stage's slice of time, from the samples. */
function stagePeaks(
  stages: readonly [string, number][],
  t0: number,
  samples: readonly [number, number, number, number][],
): [string, number, number][] {
  let start = t0;
  return stages.map(([name, ms]) => {
    const end = start + ms;
    const during = samples.filter(([t]) => t >= start - 50 && t <= end + 50);
    start = end;
    return [name, Math.max(0, ...during.map((s) => s[1])), Math.max(0, ...during.map((s) => s[1] + s[2]))];
  });
}

/** The CPU time within each stage's slice of time: from the last sample before it starts to the last before it ends. */
function stageCpu(
  stages: readonly [string, number][],
  t0: number,
  samples: readonly [number, number, number, number][],
): [string, number][] {
  const cpuAt = (t: number) => samples.findLast(([time]) => time <= t)?.[3] ?? samples[0]?.[3] ?? 0;
  let start = t0;
  return stages.map(([name, ms]) => {
    const end = start + ms;
    const used = cpuAt(end) - cpuAt(start);
    start = end;
    return [name, used];
  });
}

/** Run one build in a fresh Node process (same loader flags as this one). */
function runInChild(request: ChildRequest): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const proc = fork(here, [], {
      env: { ...process.env, [CHILD_ENV]: JSON.stringify(request) },
      stdio: ['ignore', 2, 2, 'ipc'],
    });
    let result: RunResult | undefined;
    proc.on('message', (message) => {
      result = message as RunResult;
    });
    proc.on('error', reject);
    proc.on('exit', (code) => {
      if (code === 0 && result) resolve(result);
      else reject(new Error(`the build process exited with code ${code}`));
    });
  });
}

// ---------------------------------------------------------------- measuring the output

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** The HTML of the most mentioned entity's page and of /graph/ (issue 13: ≤ 20 KB and ≤ 150 KB). */
async function keyPages(siteDir: string): Promise<{ mostMentioned: { bytes: number; page: string }; graph: number }> {
  const kb = JSON.parse(readFileSync(path.join(siteDir, 'kb.json'), 'utf8')) as {
    entities: { url: string; mentions: unknown[] }[];
  };
  const top = [...kb.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  const size = async (p: string) => (await stat(path.join(siteDir, p, 'index.html')).catch(() => ({ size: 0 }))).size;
  return { mostMentioned: { bytes: top ? await size(top.url) : 0, page: top?.url ?? '' }, graph: await size('graph') };
}

/** The biggest `<section>/<id>/index.html` among the entity sections. */
async function largestEntityPage(siteDir: string): Promise<{ bytes: number; page: string }> {
  let best = { bytes: 0, page: '' };
  for (const section of ['people', 'groups', 'places']) {
    const dir = path.join(siteDir, section);
    if (!existsSync(dir)) continue;
    for (const id of readdirSync(dir, { withFileTypes: true })) {
      if (!id.isDirectory()) continue;
      const file = path.join(dir, id.name, 'index.html');
      if (!existsSync(file)) continue;
      const { size } = await stat(file);
      if (size > best.bytes) best = { bytes: size, page: `/${section}/${id.name}/` };
    }
  }
  return best;
}

// ---------------------------------------------------------------- report

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number): string => (x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x).toLocaleString('en')} ms`);
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const bytesText = (bytes: number): string =>
  `${bytes.toLocaleString('en')} B (${bytes < 2 ** 20 ? `${(bytes / 1024).toFixed(1)} KiB` : mib(bytes)})`;

export interface BenchReport {
  machine: { cpu: string; cores: number; memoryBytes: number; node: string; platform: string };
  corpus: { articles: number; seed: number; bytes: number };
  runs: number;
  warm: boolean;
  /** Extraction workers asked for with --workers; absent: the build's default. */
  workers?: number;
  /** Median ms per stage over the runs, in build order. */
  stages: [string, number][];
  /** Median peak RSS per stage over the runs, bytes: [stage, node, node + child processes], in build order. */
  stagePeaks: [string, number, number][];
  /** Median CPU ms per stage over the runs (threads and child processes), in build order. */
  stageCpu: [string, number][];
  /** Median CPU ms of the whole build over the runs. */
  totalCpuMs: number;
  totalMs: number;
  rebuildTotalMs?: number;
  /** Articles the rebuild took from the extraction cache. */
  rebuildCached?: number;
  peakRssBytes: number;
  peakRssHwmBytes?: number;
  peakRssWithChildrenBytes: number;
  indexPeakRssBytes?: number;
  indexPeakRssWithChildrenBytes?: number;
  pages: number;
  outputBytes: number;
  largestEntityPage: { bytes: number; page: string };
  mostMentionedPage: { bytes: number; page: string };
  graphPageBytes: number;
  counts: {
    articles: number;
    entities: number;
    people: number;
    groups: number;
    places: number;
    mentions: number;
    warnings: number;
  };
}

function table(r: BenchReport): string {
  const peakOf = new Map(r.stagePeaks.map(([name, node, all]) => [name, [node, all] as const]));
  const peakText = (name: string): string => {
    const peak = peakOf.get(name);
    return peak ? ` · peak ${mib(peak[0])}${peak[1] > peak[0] ? ` (${mib(peak[1])} with Pagefind)` : ''}` : '';
  };
  const cpuOf = new Map(r.stageCpu);
  const cpuText = (name: string): string => (cpuOf.has(name) ? ` (CPU ${ms(cpuOf.get(name)!)})` : '');
  const rows: [string, string][] = [
    ...r.stages.map(([name, t]): [string, string] => [name, `${ms(t)}${cpuText(name)}${peakText(name)}`]),
    ['**total**', `**${ms(r.totalMs)}** (CPU ${ms(r.totalCpuMs)})`],
  ];
  if (r.rebuildTotalMs !== undefined) {
    rows.push([
      'rebuild, nothing changed (total)',
      `${ms(r.rebuildTotalMs)} (${r.rebuildCached ?? 0} of ${r.counts.articles} extractions from the cache)`,
    ]);
  }
  rows.push(['peak RSS, node (sampled every 50 ms)', mib(r.peakRssBytes)]);
  if (r.peakRssHwmBytes !== undefined) rows.push(['peak RSS, node (kernel VmHWM)', mib(r.peakRssHwmBytes)]);
  rows.push(['peak RSS, node + child processes', mib(r.peakRssWithChildrenBytes)]);
  if (r.indexPeakRssBytes !== undefined)
    rows.push([
      'peak RSS during index: node / node + Pagefind',
      `${mib(r.indexPeakRssBytes)} / ${mib(r.indexPeakRssWithChildrenBytes ?? 0)}`,
    ]);
  rows.push(
    ['pages', r.pages.toLocaleString('en')],
    ['output size', bytesText(r.outputBytes)],
    ['largest entity page', `${bytesText(r.largestEntityPage.bytes)} ${r.largestEntityPage.page}`],
    ['page of the most mentioned entity', `${bytesText(r.mostMentionedPage.bytes)} ${r.mostMentionedPage.page}`],
    ['/graph/', bytesText(r.graphPageBytes)],
    [
      'articles / entities / mentions',
      `${r.counts.articles.toLocaleString('en')} / ${r.counts.entities.toLocaleString('en')} (${r.counts.people} people, ${r.counts.groups} groups, ${r.counts.places} places) / ${r.counts.mentions.toLocaleString('en')}`,
    ],
  );
  const m = r.machine;
  return [
    `Machine: ${m.cpu} · ${m.cores} cores · ${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB RAM · Node ${m.node} · ${m.platform}`,
    `Corpus: ${r.corpus.articles.toLocaleString('en')} synthetic articles (seed ${r.corpus.seed}, ${mib(r.corpus.bytes)}) · ${r.runs} ${r.warm ? 'warm' : 'cold'} run(s), median${r.workers !== undefined ? ` · --workers ${r.workers}` : ''}`,
    '',
    '| stage / measure | value |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
  ].join('\n');
}

// ---------------------------------------------------------------- main

/** The command line, read and checked. */
interface BenchArgs {
  articles: number;
  repeat: number;
  seed: number;
  workers: number | undefined;
  warm: boolean;
  rebuild: boolean;
  json: boolean;
  keep: boolean;
  /** A folder kept by an earlier --keep: its corpus is built again (and its extraction cache used, with --warm). */
  dir: string | undefined;
}

/** Where one bench works: its temp folder, the corpus in it, and its own extraction cache. */
interface BenchPlace {
  tmp: string;
  contentDir: string;
  cacheDir: string;
}

/** The output of the last run, measured. */
interface LastSite {
  outputBytes: number;
  largest: { bytes: number; page: string };
  key: { mostMentioned: { bytes: number; page: string }; graph: number };
}

/** The rebuild with nothing changed: its total and how many extractions came from the cache. */
interface Rebuild {
  rebuildTotalMs: number | undefined;
  rebuildCached: number | undefined;
}

/** Write the corpus, build it R times (and once more with --rebuild), print the report. */
async function main(): Promise<void> {
  const args = readArgs();
  if (!args) return;

  const tmp = args.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'dossier-bench-')));
  const contentDir = path.join(tmp, 'content');
  // The bench's own extraction cache, not the project's .dossier/cache (which other builds use).
  const cacheDir = path.join(tmp, '.dossier', 'cache', 'extract');
  const place: BenchPlace = { tmp, contentDir, cacheDir };
  try {
    const corpusBytes = args.dir ? await folderBytes(contentDir) : await writeCorpus(args, contentDir);
    const { runs, last } = await runRepeats(args, place);
    const rebuild = await runRebuild(args, place);
    const report = benchReport(args, corpusBytes, runs, last, rebuild);
    console.log(args.json ? JSON.stringify(report, null, 2) : table(report));
  } finally {
    if (args.keep || args.dir) log(`bench: kept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }
}

/** The output folder of run `i` (counting from 0). */
const siteDir = (tmp: string, i: number): string => path.join(tmp, `site-${i}`);

/** A line of progress, on stderr. */
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** The options, checked: undefined after printing the usage for --help; exits 2 with the usage when one is wrong. */
function readArgs(): BenchArgs | undefined {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', short: 'n' },
      repeat: { type: 'string', short: 'r', default: '1' },
      seed: { type: 'string', default: '1' },
      warm: { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      dir: { type: 'string' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const usage =
    'usage: npm run bench -- --articles N [--repeat R] [--seed S] [--rebuild] [--warm] [--workers W] [--json] [--keep]\n' +
    '       npm run bench -- --dir FOLDER-KEPT-BY---keep [--warm] [--repeat R] [--rebuild] [--json]';
  const dir = values.dir === undefined ? undefined : path.resolve(values.dir);
  const articles = dir && values.articles === undefined ? 0 : Number(values.articles);
  const repeat = Number(values.repeat);
  const seed = Number(values.seed);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (values.help) {
    console.log(usage);
    return undefined;
  }
  if (
    !Number.isInteger(articles) ||
    (articles < 1 && !dir) ||
    !Number.isInteger(repeat) ||
    repeat < 1 ||
    !Number.isInteger(seed) ||
    (workers !== undefined && !(Number.isInteger(workers) && workers >= 0))
  ) {
    console.error(usage);
    process.exit(2);
  }
  const { warm, rebuild, json, keep } = values;
  return { articles, repeat, seed, workers, warm, rebuild, json, keep, dir };
}

/** Write the synthetic corpus into the content folder; its size in bytes. */
async function writeCorpus({ articles, seed }: BenchArgs, contentDir: string): Promise<number> {
  const corpus = generateCorpus({ articles, seed });
  await writeBundle(contentDir, corpus);
  const corpusBytes = corpus.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  log(`bench: ${articles} articles (${mib(corpusBytes)}) in ${contentDir}`);
  return corpusBytes;
}

/** The R timed builds, each in a fresh process and output folder (the cache cleared unless --warm); the last measured. */
async function runRepeats(
  { repeat, warm, workers }: BenchArgs,
  { tmp, contentDir, cacheDir }: BenchPlace,
): Promise<{ runs: RunResult[]; last: LastSite }> {
  const runs: RunResult[] = [];
  const outputDir = (i: number): string => siteDir(tmp, i);
  let last: LastSite = {
    outputBytes: 0,
    largest: { bytes: 0, page: '' },
    key: { mostMentioned: { bytes: 0, page: '' }, graph: 0 },
  };
  for (let i = 0; i < repeat; i++) {
    if (!warm) await rm(cacheDir, { recursive: true, force: true });
    if (i > 0) await rm(outputDir(i - 1), { recursive: true, force: true });
    const out = outputDir(i);
    await rm(out, { recursive: true, force: true });
    const run = await runInChild({
      contentDir,
      outputDir: out,
      cacheDir,
      ...(workers !== undefined ? { workers } : {}),
    });
    runs.push(run);
    last = { outputBytes: await folderBytes(out), largest: await largestEntityPage(out), key: await keyPages(out) };
    log(`bench: run ${i + 1}/${repeat}: ${ms(run.totalMs)}`);
  }
  return { runs, last };
}

/** With --rebuild, one more build with nothing changed (same content, output folder and cache). */
async function runRebuild(
  { rebuild: wanted, repeat, workers }: BenchArgs,
  { tmp, contentDir, cacheDir }: BenchPlace,
): Promise<Rebuild> {
  let rebuildTotalMs: number | undefined;
  let rebuildCached: number | undefined;
  if (wanted) {
    const rebuild = await runInChild({
      contentDir,
      outputDir: siteDir(tmp, repeat - 1),
      cacheDir,
      ...(workers !== undefined ? { workers } : {}),
    });
    rebuildTotalMs = rebuild.totalMs;
    rebuildCached = rebuild.summary.cached;
    log(`bench: rebuild: ${ms(rebuild.totalMs)}`);
  }
  return { rebuildTotalMs, rebuildCached };
}

/** The report: the machine, the corpus, median stage times and memory over the runs, the last site's sizes and counts. */
function benchReport(
  { articles, seed, repeat, warm, workers }: BenchArgs,
  corpusBytes: number,
  runs: RunResult[],
  last: LastSite,
  { rebuildTotalMs, rebuildCached }: Rebuild,
): BenchReport {
  const s = runs[runs.length - 1]!.summary;
  const entities = s.entities.person + s.entities.group + s.entities.place;
  const cpus = os.cpus();
  return {
    machine: {
      cpu: cpus[0]?.model.trim() ?? 'unknown',
      cores: cpus.length,
      memoryBytes: os.totalmem(),
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
    },
    corpus: { articles: articles || s.articles, seed, bytes: corpusBytes },
    runs: repeat,
    warm,
    ...(workers !== undefined ? { workers } : {}),
    stages: medianStages(runs),
    stagePeaks: medianStagePeaks(runs),
    stageCpu: medianStageCpu(runs),
    totalCpuMs: median(runs.map((r) => r.stageCpu.reduce((sum, [, t]) => sum + t, 0))),
    totalMs: median(runs.map((r) => r.totalMs)),
    ...(rebuildTotalMs !== undefined ? { rebuildTotalMs, rebuildCached: rebuildCached ?? 0 } : {}),
    ...medianMemory(runs),
    pages: s.pages,
    outputBytes: last.outputBytes,
    largestEntityPage: last.largest,
    mostMentionedPage: last.key.mostMentioned,
    graphPageBytes: last.key.graph,
    counts: {
      articles: s.articles,
      entities,
      people: s.entities.person,
      groups: s.entities.group,
      places: s.entities.place,
      mentions: s.mentions,
      warnings: s.warnings,
    },
  };
}

/** The median time of each stage over the runs, stages in the order they first ran. */
function medianStages(runs: readonly RunResult[]): [string, number][] {
  const stageNames: string[] = [];
  for (const run of runs)
    for (const [name] of run.summary.stages) if (!stageNames.includes(name)) stageNames.push(name);
  return stageNames.map((name) => [
    name,
    median(runs.map((r) => r.summary.stages.filter(([n]) => n === name).reduce((sum, [, t]) => sum + t, 0))),
  ]);
}

/** The median CPU time of each stage over the runs, stages in the order they first ran. */
function medianStageCpu(runs: readonly RunResult[]): [string, number][] {
  const stageNames: string[] = [];
  for (const run of runs) for (const [name] of run.stageCpu) if (!stageNames.includes(name)) stageNames.push(name);
  return stageNames.map((name) => [
    name,
    median(runs.map((r) => r.stageCpu.filter(([n]) => n === name).reduce((sum, [, t]) => sum + t, 0))),
  ]);
}

/** The median peak RSS of each stage over the runs, stages in the order they first ran. */
function medianStagePeaks(runs: readonly RunResult[]): [string, number, number][] {
  const stageNames: string[] = [];
  for (const run of runs) for (const [name] of run.stagePeaks) if (!stageNames.includes(name)) stageNames.push(name);
  const peaks = (name: string, k: 1 | 2) =>
    median(runs.map((r) => Math.max(0, ...r.stagePeaks.filter(([n]) => n === name).map((p) => p[k]))));
  return stageNames.map((name) => [name, peaks(name, 1), peaks(name, 2)]);
}

/** The median peak memory figures over the runs (each only when some run measured it). */
function medianMemory(
  runs: readonly RunResult[],
): Pick<
  BenchReport,
  | 'peakRssBytes'
  | 'peakRssHwmBytes'
  | 'peakRssWithChildrenBytes'
  | 'indexPeakRssBytes'
  | 'indexPeakRssWithChildrenBytes'
> {
  const medianOf = (pick: (r: RunResult) => number | undefined): number | undefined => {
    const xs = runs.map(pick).filter((x): x is number => x !== undefined);
    return xs.length ? median(xs) : undefined;
  };
  return {
    peakRssBytes: medianOf((r) => r.peakRss)!,
    ...(medianOf((r) => r.hwmRss) !== undefined ? { peakRssHwmBytes: medianOf((r) => r.hwmRss)! } : {}),
    peakRssWithChildrenBytes: medianOf((r) => r.peakRssWithChildren)!,
    ...(medianOf((r) => r.indexPeakRss) !== undefined
      ? {
          indexPeakRssBytes: medianOf((r) => r.indexPeakRss)!,
          indexPeakRssWithChildrenBytes: medianOf((r) => r.indexPeakRssWithChildren)!,
        }
      : {}),
  };
}

const childRequest = process.env[CHILD_ENV];
if (childRequest) {
  try {
    const result = await child(JSON.parse(childRequest) as ChildRequest);
    process.send?.(result, () => process.exit(0));
  } catch (error) {
    const e = error as Error & { code?: string };
    process.stderr.write(`bench: the build failed: ${e.message}${e.code ? ` [${e.code}]` : ''}\n`);
    process.exit(1);
  }
} else {
  try {
    await main();
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
