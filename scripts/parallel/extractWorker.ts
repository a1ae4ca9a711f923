import { parentPort, workerData } from 'node:worker_threads';
import { loadTagger } from '../context.ts';
import { extractSafely } from '../extract/extractSafely.ts';

/**
 * A worker thread of extractArticles: extracts its chunk of articles, each under the guard, and posts each result as
 * soon as it is made (`{ i, result }`, i its place in the chunk), keeping none of them: the worker's memory does not
 * grow with its chunk, and the main thread can cache each extraction as it comes. `{ end: true }` closes the chunk.
 */
const jobs = workerData as { text: string; file: string }[];
const { model } = loadTagger();
jobs.forEach(({ text, file }, i) => {
  parentPort!.postMessage({ i, result: extractSafely(text, file, model) });
});
parentPort!.postMessage({ end: true });
