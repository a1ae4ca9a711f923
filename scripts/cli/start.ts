import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../core/paths.ts';
import { formatError } from '../report/formatSummary.ts';
import { DossierError } from '../core/errors.ts';
import { checkOutputDir } from '../write/index.ts';
import { readConfig } from '../config.ts';
import { serveSite } from '../serve/serveSite.ts';
import { watchFolders } from '../serve/watchFolders.ts';
import { createReview } from '../review/reviewServer.ts';
import { REVIEW_PATH } from '../review/renderReview.ts';
import type { WorkerMessage } from '../serve/warmWorker.ts';

/**
 * `npm start`: build, serve the site on localhost (under PATH_PREFIX, with search), and
 * rebuild when content, layouts or scripts change. Builds run in a child process that stays up between saves
 * (scripts/serve/warmWorker.ts: the stages imported once, the articles, extractions and pages kept in memory); a
 * change of the code or the templates stops it and starts a new one, so that it takes effect. The review mode (scripts/review/) is on unless --no-review:
 * a Review page and a toolbar on entity pages that write content/entities.yaml.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    'no-watch': { type: 'boolean', default: false },
    'no-review': { type: 'boolean', default: false },
  },
});
let config: ReturnType<typeof readConfig>;
try {
  config = readConfig();
  // refuse a dangerous OUTPUT_DIR before serving or watching anything
  await checkOutputDir({ outputDir: config.outputDir, contentDir: config.contentDir, projectRoot });
} catch (error) {
  if (!(error instanceof DossierError)) throw error;
  process.stderr.write(`${formatError(error)}\n`);
  process.exit(1);
}
const workerScript = path.join(projectRoot, 'scripts/serve/warmWorker.ts');
/** Where the code and templates live: a change there needs a new build process. */
const code = [
  path.join(projectRoot, 'scripts'),
  path.join(projectRoot, 'layouts'),
  path.join(projectRoot, 'eleventy.config.ts'),
];
const isCode = (file: string) => code.some((c) => file === c || file.startsWith(`${c}${path.sep}`));

/** The build process, and what it was asked and has not answered yet. */
let worker: ChildProcess | undefined;
let answer: ((message: WorkerMessage) => void) | undefined;
let codeChanged = false;

/** A new build process; its first build is the whole one (it builds on its own as it starts). */
function startWorker(): ChildProcess {
  const child = fork(workerScript, [], {
    execArgv: ['--import', import.meta.resolve('tsx')],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.on('message', (message: WorkerMessage) => answer?.(message));
  child.on('exit', () => {
    if (worker !== child) return;
    worker = undefined;
    // a build process that died mid-build fails that build; the next change starts a new one
    answer?.({ type: 'done', ok: false });
  });
  return child;
}

/** Stop the build process (it may be mid-build: the next build rebuilds everything it touched). */
async function stopWorker(): Promise<void> {
  const child = worker;
  worker = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * One build: by the build process kept warm, or by a new one when there is none or the code changed. `pages`
 * resolves when the whole site is on disk (search may be catching up), the promise itself when search is too.
 */
function build(pages?: (ok: boolean) => void): Promise<boolean> {
  return new Promise((resolve) => {
    let paged = false;
    answer = (message) => {
      if (message.type === 'pages') {
        paged = true;
        pages?.(true);
      }
      if (message.type !== 'done') return;
      answer = undefined;
      if (!paged) pages?.(message.ok);
      resolve(message.ok);
    };
    void (async () => {
      if (codeChanged) {
        codeChanged = false;
        await stopWorker();
      }
      if (worker) worker.send({ type: 'build' });
      else worker = startWorker();
    })();
  });
}
// stopping the server stops a build under way (it would otherwise go on alone)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    worker?.kill(signal);
    process.exit(130);
  });
}

let running: Promise<void> | undefined;
/** Those waiting for a build that starts after they asked (a rebuild asked for during a build waits for the next). */
let waiting: ((ok: boolean) => void)[] = [];
function rebuild(): Promise<boolean> {
  const done = new Promise<boolean>((resolve) => waiting.push(resolve));
  if (!running) {
    running = (async () => {
      while (waiting.length > 0) {
        const served = waiting;
        waiting = [];
        process.stderr.write('\nchange seen: rebuilding…\n');
        // those waiting (the review mode) are answered once the pages are written, before search catches up
        const ok = await build((pagesOk) => {
          for (const resolve of served) resolve(pagesOk);
        });
        process.stderr.write(ok ? `rebuilt: ${url}\n` : 'build failed: still serving the previous site\n');
      }
      running = undefined;
    })();
  }
  return done;
}

if (!(await build()))
  process.stderr.write('The first build failed; fix the error above and save: the server will rebuild.\n');

const review = values['no-review']
  ? undefined
  : createReview({ contentDir: config.contentDir, outputDir: config.outputDir, prefix: config.pathPrefix, rebuild });
const served = await serveSite(config.outputDir, {
  prefix: config.pathPrefix,
  port: Number(values.port),
  ...(review ? { handle: review.handle } : {}),
});
const url = served.url.replace('//127.0.0.1:', '//localhost:');
process.stderr.write(`Serving ${url} (Ctrl+C to stop)\n`);
if (review) process.stderr.write(`Review and correct entities: ${url}${REVIEW_PATH}\n`);

if (!values['no-watch']) {
  // the site itself (and its .tmp-/.old-/.lock siblings) is never a reason to rebuild
  const output = config.outputDir;
  const isOutput = (file: string) =>
    file === output || file.startsWith(`${output}.`) || file.startsWith(`${output}${path.sep}`);
  watchFolders(
    [
      config.contentDir,
      path.join(projectRoot, 'layouts'),
      path.join(projectRoot, 'scripts'),
      path.join(projectRoot, 'eleventy.config.ts'),
    ],
    (changed) => {
      if (changed.some(isCode)) codeChanged = true;
      void rebuild();
    },
    // the review mode's own writes of entities.yaml rebuild through the review server, which waits for them
    { ignore: (file) => isOutput(file) || !!review?.isOwnChange(file) },
  );
}
