import { spawn } from 'node:child_process';
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

/**
 * `npm start`: build, serve the site on localhost (under PATH_PREFIX, with search), and
 * rebuild when content, layouts or scripts change. Each build runs in a child process so
 * that changes to the scripts themselves take effect. The review mode (scripts/review/) is on unless --no-review:
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
const buildScript = path.join(projectRoot, 'scripts/cli/build.ts');
const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');

let building: ReturnType<typeof spawn> | undefined;
function build(): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [buildScript], { stdio: 'inherit', env: { ...process.env, DOSSIER_SERVING: '1' } });
    building = child;
    child.on('exit', (code) => {
      building = undefined;
      resolve(code === 0);
    });
  });
}
// stopping the server stops a build under way (it would otherwise go on alone)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    building?.kill(signal);
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
        const ok = await build();
        process.stderr.write(ok ? `rebuilt: ${url}\n` : 'build failed: still serving the previous site\n');
        for (const resolve of served) resolve(ok);
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
    () => void rebuild(),
    // the review mode's own writes of entities.yaml rebuild through the review server, which waits for them
    { ignore: (file) => isOutput(file) || !!review?.isOwnChange(file) },
  );
}
