/**
 * The raw text pools the annotated corpus is built from. Texts are read from ../shared at run time and never
 * copied into the project: annotation records carry only the document id, the sha256 of its text and spans.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConll, toArticle } from './conll.ts';

export type Label = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const LABELS: readonly Label[] = ['PER', 'ORG', 'LOC', 'MISC'];

export interface PoolDoc {
  id: string;
  source: string;
  topic: string;
  date: string | null;
  text: string;
}

/** A paragraph (annotation unit) with its offset in the document text. */
export interface Unit {
  start: number;
  text: string;
}

export interface Span {
  start: number;
  end: number;
  type: Label;
}

export const SHARED_DIR = resolve(process.env.SHARED_DIR ?? resolve(import.meta.dirname, '../../../../shared'));
export const POOL_FILE = resolve(SHARED_DIR, 'data/open-news/docs.jsonl');
export const CONLL_DEV = resolve(SHARED_DIR, 'data/conll2003/dev.txt');

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Read the open-news pool with each document's rough topic from provenance.tsv. */
export function readPool(file = POOL_FILE): PoolDoc[] {
  const topics = new Map<string, string>();
  const prov = readFileSync(resolve(file, '../provenance.tsv'), 'utf8').split('\n').slice(1);
  for (const line of prov) {
    const cols = line.split('\t');
    if (cols[0]) topics.set(cols[0], cols[2] ?? 'other');
  }
  const docs: PoolDoc[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; source: string; date: string | null; text: string };
    docs.push({ id: d.id, source: d.source, date: d.date, text: d.text, topic: topics.get(d.id) ?? 'other' });
  }
  return docs;
}

/** CoNLL dev documents as texts (tokens joined by spaces, sentences by newlines) with gold spans. */
export function readConllDev(file = CONLL_DEV): { id: string; text: string; firstLine: string; gold: Span[] }[] {
  return parseConll(readFileSync(file, 'utf8')).map((doc, i) => {
    const a = toArticle(doc);
    return { id: `conll-dev-${i}`, text: a.text, firstLine: a.firstLine, gold: a.gold as Span[] };
  });
}

/** Paragraphs: blank-line separated for pool documents, one per line for CoNLL texts. */
export function splitUnits(text: string, separator: RegExp = /\n\s*\n/g): Unit[] {
  const units: Unit[] = [];
  let last = 0;
  const push = (from: number, to: number): void => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) units.push({ start: from + lead, text: body });
  };
  for (const m of text.matchAll(separator)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return units;
}

/** Tokens the way CoNLL counts them: words (with inner dots, apostrophes, hyphens) and punctuation marks. */
export function countTokens(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu)?.length ?? 0;
}
