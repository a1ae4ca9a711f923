/**
 * The annotated corpus: stand-off records (data/annotations/*.jsonl: id, sha256 of the text, spans) joined with
 * the texts in ../shared/data/open-news. A text whose hash differs from the record's is refused, never guessed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPool, sha256, type Label } from '../corpora/pool.ts';
import { countWords, wordStats, type WordStats } from '../../extract/tagger/wordStats.ts';

export const ANNOTATIONS = path.resolve(import.meta.dirname, '../../../data/annotations');

export interface AnnotatedDoc {
  id: string;
  split: 'train' | 'dev';
  text: string;
  spans: { start: number; end: number; type: Label }[];
}

export function readCorpus(file = path.join(ANNOTATIONS, 'corpus.jsonl'), poolFile?: string): AnnotatedDoc[] {
  const texts = new Map(readPool(poolFile).map((d) => [d.id, d.text]));
  const docs: AnnotatedDoc[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as {
      id: string;
      sha256: string;
      split: 'train' | 'dev';
      spans: [number, number, Label][];
    };
    const text = texts.get(r.id);
    if (text === undefined) throw new Error(`${file}: document ${r.id} is not in the pool`);
    if (sha256(text) !== r.sha256)
      throw new Error(`${file}: the text of ${r.id} has changed (sha256 differs): its annotations no longer apply`);
    docs.push({ id: r.id, split: r.split, text, spans: r.spans.map(([start, end, type]) => ({ start, end, type })) });
  }
  return docs;
}

/** Word statistics over the whole raw pool except the held-out documents (the dev slice). */
export function poolWordStats(exclude: ReadonlySet<string>, poolFile?: string): WordStats {
  return wordStats(
    countWords(
      readPool(poolFile)
        .filter((d) => !exclude.has(d.id))
        .map((d) => d.text),
    ),
  );
}
