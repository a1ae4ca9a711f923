/**
 * `npx tsx scripts/dev/bench/workerStart.ts [--workers W] [--rounds R] [--tsx] [--dir DIR]`: how long the extraction
 * worker threads take to start, as a cold build starts them (`startExtractors`, warmed up): W workers started at once,
 * each handed one short article; wall time until every one has answered, and the CPU time the process spent meanwhile
 * (worker threads included). Each round in a fresh set of threads; the median and the best of R rounds. The workers
 * start from the worker's bundle (`bundleWorker`, in DIR or the project's folder; made in the first round when there
 * is none, and timed with it), or with `--tsx` from the TypeScript sources through tsx, as before the bundle.
 */
import { parseArgs } from 'node:util';
import { bundleWorker } from '../../parallel/bundleWorker.ts';
import { startExtractors } from '../../parallel/extractArticles.ts';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    /** Start the workers from the TypeScript sources through tsx, not from the worker's bundle. */
    tsx: { type: 'boolean', default: false },
    /** The bundle's folder (default: the project's); made in the first round when it holds none. */
    dir: { type: 'string' },
  },
});
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const TEXT = 'The mayor of a small river town spoke with a regional council member on Tuesday.';

/** Start the workers, hand each one article, and wait for every answer: [wall ms, CPU ms]. */
async function round(count: number): Promise<[number, number]> {
  const w0 = performance.now();
  const c0 = cpu();
  const bundle = values.tsx ? undefined : await bundleWorker(values.dir);
  const workers = startExtractors(count, bundle).take();
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          worker.on('message', (message: { done?: true }) => {
            if (message.done) resolve();
          });
          worker.once('error', reject);
          worker.postMessage({ start: 0, jobs: [{ text: TEXT, file: 'start-up' }] });
        }),
    ),
  );
  const result: [number, number] = [performance.now() - w0, cpu() - c0];
  await Promise.all(workers.map((w) => w.terminate()));
  return result;
}

const rounds: [number, number][] = [];
for (let r = 0; r < Number(values.rounds); r++) {
  rounds.push(await round(Number(values.workers)));
  const [wall, used] = rounds.at(-1)!;
  console.log(`round ${r + 1}: ${(wall / 1000).toFixed(2)} s wall, ${(used / 1000).toFixed(2)} s CPU`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(
  `${values.workers} workers, ${rounds.length} rounds: wall median ${(median(rounds.map((r) => r[0])) / 1000).toFixed(2)} s (best ${(Math.min(...rounds.map((r) => r[0])) / 1000).toFixed(2)}), CPU median ${(median(rounds.map((r) => r[1])) / 1000).toFixed(2)} s (best ${(Math.min(...rounds.map((r) => r[1])) / 1000).toFixed(2)})`,
);
