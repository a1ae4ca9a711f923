import { parentPort, workerData } from 'node:worker_threads';
import { loadTagger } from '../context.ts';
import { extractSafely } from '../extract/extractSafely.ts';

/**
 * A worker thread of extractArticles: extracts its chunk of articles, each under the guard, says after each
 * one that it is done (for the progress bar), and posts the results back in order.
 */
const jobs = workerData as { text: string; file: string }[];
const { model } = loadTagger();
parentPort!.postMessage(
  jobs.map(({ text, file }) => {
    const result = extractSafely(text, file, model);
    parentPort!.postMessage({ done: 1 });
    return result;
  }),
);
