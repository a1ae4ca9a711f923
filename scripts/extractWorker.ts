import { parentPort, workerData } from 'node:worker_threads';
import { extractEntities } from './extract/index.ts';

/** A worker thread of extractArticles: extracts its chunk of texts and posts the results back in order. */
const texts = workerData as string[];
parentPort!.postMessage(texts.map((text) => extractEntities(text)));
