/**
 * Edit benchmark (issue 25): in `npm start`, how long from saving one article to its new page on disk, and to the
 * whole site with its search index rebuilt.
 *
 *   npm run bench:edit -- --dir /tmp/dossier-bench-XXXX [--edits 3]
 *
 * `--dir` is a folder kept by `npm run bench -- --articles N --keep` (content/, site-0/ and its extraction cache in
 * .dossier/cache/extract). Starts `npm start` on it (its first build finds nothing changed), then, one edit at a
 * time, appends a paragraph with a new word to an article, and times from the write to the first time the
 * article's page on disk contains the word (the quick path), and to the server's "rebuilt" line (the whole site and
 * the search index). The articles are restored at the end (which costs one more rebuild, not timed).
 *
 * Beside each wall time: the CPU time (user + system) that `npm start` and every process under it (the build
 * process, Pagefind) spent from the write to the page on disk and to the index, read from /proc, and the load
 * average at the write, since the machine may be shared.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../core/paths.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    edits: { type: 'string', default: '3' },
    port: { type: 'string', default: '18431' },
    /** How long to wait at most for the build process to say it is warm (0 for a version without one). */
    'ready-timeout': { type: 'string', default: '300' },
  },
});
if (!values.dir) {
  process.stderr.write('usage: npm run bench:edit -- --dir FOLDER-KEPT-BY-npm-run-bench [--edits N]\n');
  process.exit(2);
}
const dir = path.resolve(values.dir);
const content = path.join(dir, 'content');
const site = path.join(dir, 'site-0');
const edits = Number(values.edits);

/** Lines of the server's stderr, and a way to wait for one that matches. */
function watchLines(child: ChildProcess): (pattern: RegExp) => Promise<number> {
  const waiting: { pattern: RegExp; resolve: (at: number) => void }[] = [];
  let buffer = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines)
      for (const w of [...waiting])
        if (w.pattern.test(line)) {
          waiting.splice(waiting.indexOf(w), 1);
          w.resolve(performance.now());
        }
  });
  return (pattern) => new Promise((resolve) => waiting.push({ pattern, resolve }));
}

const articles = (await readdir(path.join(content, 'articles'), { recursive: true }))
  .filter((f) => f.endsWith('.md'))
  .sort();
const child = spawn(path.join(projectRoot, 'node_modules/.bin/tsx'), [path.join(projectRoot, 'scripts/cli/start.ts')], {
  env: {
    ...process.env,
    CONTENT_DIR: content,
    OUTPUT_DIR: site,
    CACHE_DIR: path.join(dir, '.dossier/cache/extract'),
    PORT: values.port,
  },
  stdio: ['ignore', 'ignore', 'pipe'],
});
const waitFor = watchLines(child);
const originals = new Map<string, string>();
const rows: { article: string; page: number; whole: number; pageCpu: number; cpu: number; load: string }[] = [];
const ticks = 100;
const nonce = Date.now().toString(36);

/** CPU seconds (user + system) of a process and every process under it, those ended and waited for included. */
function treeCpu(root: number): number {
  const stats = new Map<number, { parent: number; cpu: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      // fields from 3 (state): ppid is 4, utime 14, stime 15, cutime 16, cstime 17 (1-based in proc(5))
      const cpu = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
      stats.set(Number(name), { parent: Number(fields[1]), cpu });
    } catch {
      // the process ended while /proc was read
    }
  }
  let total = 0;
  const walk = (pid: number) => {
    total += stats.get(pid)?.cpu ?? 0;
    for (const [child, s] of stats) if (s.parent === pid) walk(child);
  };
  walk(root);
  return total / ticks;
}
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
try {
  const warm = waitFor(/^warm: /);
  await waitFor(/^Serving /);
  // the build process reads the site into memory after its first build (before the warm build: nothing to wait for)
  await Promise.race([warm, new Promise((r) => setTimeout(r, Number(values['ready-timeout']) * 1000))]);
  // the watchers are set up as the folders are listed: let them see every file before the first edit
  await new Promise((r) => setTimeout(r, 5000));
  for (let i = 0; i < edits; i++) {
    const source = articles[Math.floor(((i + 1) * articles.length) / (edits + 1))]!;
    const file = path.join(content, 'articles', source);
    const before = await readFile(file, 'utf8');
    originals.set(file, before);
    // a word no run has used, so that the edited text is never in the extraction cache
    const word = `Zorvath${i}q${nonce}`;
    const page = path.join(site, 'articles', source.replace(/\.md$/, ''), 'index.html');
    const rebuilt = waitFor(/^(rebuilt|build failed)/);
    const load = loadAverage();
    const cpu0 = treeCpu(child.pid!);
    await writeFile(file, `${before.trimEnd()}\n\nA paragraph about ${word} Quellmarch.\n`);
    const t0 = performance.now();
    let seen = 0;
    let pageCpu = 0;
    while (!seen) {
      if ((await readFile(page, 'utf8').catch(() => '')).includes(word)) {
        seen = performance.now();
        pageCpu = treeCpu(child.pid!) - cpu0;
      } else await new Promise((r) => setTimeout(r, 20));
    }
    const whole = await rebuilt;
    rows.push({ article: source, page: seen - t0, whole: whole - t0, pageCpu, cpu: treeCpu(child.pid!) - cpu0, load });
  }
} finally {
  for (const [file, text] of originals) await writeFile(file, text);
  child.kill('SIGINT');
}
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
process.stdout.write(
  `\n| edit | article | write → its new page on disk | CPU, write → page | write → whole site and search index | CPU, write → index (npm start and its processes) | load average at the write |\n|---|---|---|---|---|---|---|\n${rows
    .map(
      (r, i) =>
        `| ${i + 1} | ${r.article} | ${s(r.page)} | ${r.pageCpu.toFixed(2)} s | ${s(r.whole)} | ${r.cpu.toFixed(2)} s | ${r.load} |`,
    )
    .join('\n')}\n`,
);
