import { parentPort, workerData } from 'node:worker_threads';
import { extractSafely } from './extract/extractSafely.ts';

/** A worker thread of extractArticles: extracts its chunk of articles, each under the guard, and posts the results back in order. */
const jobs = workerData as { text: string; file: string }[];
parentPort!.postMessage(jobs.map(({ text, file }) => extractSafely(text, file)));
