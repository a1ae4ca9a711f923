/**
 * The build process of `npm start` (scripts/cli/start.ts forks it with tsx and an IPC channel): it imports the
 * stages once and keeps its warm build (scripts/serve/warmBuild.ts) between saves. Told `{ type: 'build' }`, it
 * builds and answers `live` (the changed articles' pages are on disk), `pages` (the whole site and kb.json are),
 * then `done` (search too; `ok` false when the build failed: the last good site stays). Its first build is the
 * ordinary one; right after it, it reads the site into memory without writing and primes the extractor (the warm-up). A change of the code
 * or the templates is not its business: start.ts stops it and forks a new one.
 */
import { readConfig } from '../config.ts';
import { DossierError } from '../core/errors.ts';
import { plural } from '../core/text/plural.ts';
import { formatReview } from '../report/formatReview.ts';
import { formatError, formatSummary, formatWarnings } from '../report/formatSummary.ts';
import { createWarmBuild } from './warmBuild.ts';

/** What the worker tells start.ts. */
export type WorkerMessage =
  | { type: 'live'; pages: number; ms: number }
  | { type: 'pages'; ms: number }
  | { type: 'done'; ok: boolean };

const send = (message: WorkerMessage) => process.send?.(message);
const say = (line: string) => process.stderr.write(`${line}\n`);

const warm = createWarmBuild(readConfig(), {
  onLive: (written, ms) => {
    say(
      `updated ${plural(written.length, 'page')} (the changed articles and their entities) ${Math.round(ms)} ms after the change was seen; the rest of the site and the search index follow`,
    );
    send({ type: 'live', pages: written.length, ms });
  },
  onPages: (ms) => send({ type: 'pages', ms }),
});

/** One build, its warnings and summary printed as `npm run build` prints them; false when it failed. */
async function buildOnce(quiet = false): Promise<boolean> {
  try {
    const summary = await warm.build();
    if (quiet) return true;
    for (const line of formatWarnings(summary.warnings)) say(line);
    say(formatSummary(summary));
    if (summary.review.length) say(formatReview(summary.review));
    return true;
  } catch (error) {
    if (error instanceof DossierError) say(`${formatError(error)}\nThe previous site, if any, was left as it was.`);
    else say(`warning: the build failed (${(error as Error).stack ?? error}); the last good site is still served`);
    return false;
  }
}

let queue: Promise<unknown> = (async () => {
  const ok = await buildOnce();
  send({ type: 'done', ok });
  // read the site into memory for the next change (no file is written when it is up to date)
  const t0 = performance.now();
  if (ok && (await buildOnce(true))) {
    await primeExtractor();
    say(
      `warm: the site is in memory (${Math.round(performance.now() - t0)} ms); a save now rebuilds only what it changes`,
    );
  }
})();

/** A saved article is extracted in this thread: prime it now, so that the first save does not pay for that (about 1 s). */
async function primeExtractor(): Promise<void> {
  const [{ loadTagger }, { warmUpExtractor }] = await Promise.all([
    import('../context.ts'),
    import('../extract/extractSafely.ts'),
  ]);
  warmUpExtractor(loadTagger().model, 3);
}

process.on('message', (message: { type?: string }) => {
  if (message?.type !== 'build') return;
  queue = queue.then(async () => send({ type: 'done', ok: await buildOnce() }));
});
// the channel closes when npm start stops: so does this process
process.on('disconnect', () => process.exit(0));
