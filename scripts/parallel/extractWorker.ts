import { parentPort, workerData } from 'node:worker_threads';
import { loadTagger } from '../context.ts';
import { extractSafely, warmUpExtractor } from '../extract/extractSafely.ts';

/**
 * A worker thread of extractArticles: extracts each batch of articles it is handed (`{ start, jobs }`), each under the
 * guard, and posts each result as soon as it is made (`{ i, result }`, i its index among all the jobs), keeping none
 * of them: the worker's memory does not grow with the corpus, and the main thread can cache each extraction as it
 * comes. `{ done: true }` closes a batch, and the main thread answers with the next one, if any.
 * Started before the articles are known (`{ warm: true }`), it extracts a sentence first, so that the lexicons and the
 * gazetteer are built while the main thread reads the articles.
 */
const { model } = loadTagger();
if ((workerData as { warm?: boolean } | undefined)?.warm) warmUpExtractor(model);
parentPort!.on('message', ({ start, jobs }: { start: number; jobs: { text: string; file: string }[] }) => {
  jobs.forEach(({ text, file }, k) => {
    parentPort!.postMessage({ i: start + k, result: extractSafely(text, file, model) });
  });
  parentPort!.postMessage({ done: true });
});
