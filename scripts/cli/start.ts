import { type ChildProcess, spawn } from 'node:child_process';
import { watch } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../core/paths.ts';
import { formatError } from '../report/formatSummary.ts';
import { DossierError } from '../core/errors.ts';
import { checkOutputDir } from '../write/index.ts';
import { readConfig } from '../config.ts';
import { serveSite } from '../serve/serveSite.ts';

/**
 * `npm start`: build, serve the site on localhost (under PATH_PREFIX, with search), and
 * rebuild when content, layouts or scripts change. Each build runs in a child process so
 * that changes to the scripts themselves take effect.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    'no-watch': { type: 'boolean', default: false },
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

/** The build running now, if any: stopped with the server (the next build tidies up what it leaves). */
let current: ChildProcess | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    current?.kill(signal);
    process.exit(130);
  });

function build(): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [buildScript], { stdio: 'inherit', env: { ...process.env, DOSSIER_SERVING: '1' } });
    current = child;
    child.on('exit', (code) => {
      current = undefined;
      resolve(code === 0);
    });
  });
}

let running: Promise<void> | undefined;
let again = false;
function rebuild(): void {
  if (running) {
    again = true;
    return;
  }
  running = (async () => {
    do {
      again = false;
      process.stderr.write('\nchange seen: rebuilding…\n');
      const ok = await build();
      process.stderr.write(ok ? `rebuilt: ${url}\n` : 'build failed: still serving the previous site\n');
    } while (again);
    running = undefined;
  })();
}

const port = Number(values.port);
const url = `http://localhost:${port}${config.pathPrefix}`;
if (!(await build()))
  process.stderr.write('The first build failed; fix the error above and save: the server will rebuild.\n');

await serveSite(config.outputDir, { prefix: config.pathPrefix, port });
process.stderr.write(`Serving ${url} (Ctrl+C to stop)\n`);

if (!values['no-watch']) {
  let timer: NodeJS.Timeout | undefined;
  const watched = [
    config.contentDir,
    path.join(projectRoot, 'layouts'),
    path.join(projectRoot, 'scripts'),
    path.join(projectRoot, 'eleventy.config.ts'),
  ];
  // the site itself (and its .tmp-/.old-/.lock siblings) is never a reason to rebuild
  const output = config.outputDir;
  const isOutput = (file: string) =>
    file === output || file.startsWith(`${output}.`) || file.startsWith(`${output}${path.sep}`);
  for (const target of watched) {
    try {
      const watcher = watch(target, { recursive: true }, (_event, name) => {
        if (name && isOutput(path.join(target, name.toString()))) return;
        clearTimeout(timer);
        timer = setTimeout(rebuild, 250);
      });
      watcher.on('error', (error) => process.stderr.write(`stopped watching ${target}: ${error.message}\n`));
    } catch {
      process.stderr.write(`not watching ${target} (missing)\n`);
    }
  }
}
