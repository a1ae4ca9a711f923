/**
 * Annotation tasks: the corpus split into batches (and the CoNLL calibration sample), each written as a plain
 * text sheet of numbered paragraphs under `.dossier/annotate/` (git-ignored: it holds third-party text).
 */
import { resolve } from 'node:path';
import { countTokens, readConllDev, readPool, sha256, splitUnits, type Span } from '../corpora/pool.ts';
import { selectDocuments } from './selectDocuments.ts';
import type { TaskDoc } from './parseAnnotations.ts';
import { isSportHeading } from '../corpora/conll.ts';

export const WORK_DIR = resolve(process.env.ANNOTATE_DIR ?? resolve(import.meta.dirname, '../../../.dossier/annotate'));
export const BATCHES = 10;
/** Further batches of the markets and business copy (topic "economy") the first ten did not take, in hash order. */
export const EXTRA_TOKENS = 17_500;
export const EXTRA_BATCHES = 2;
/**
 * Batches for breadth (issue "Entities across the breadth of news"): the stories of every topic other than conflict
 * and politics that no earlier batch took (business, health, science, disasters, culture and the rest), round-robin
 * by topic in hash order, then politics and conflict, until each batch has about BREADTH_TOKENS.
 */
export const BREADTH_TOKENS = 18_000;
export const BREADTH_BATCHES = 8;
const BROAD_FIRST = ['economy', 'disaster_health_science', 'other'];

export interface Batch {
  name: string;
  docs: TaskDoc[];
}

/** The corpus documents in a fixed order, cut into BATCHES batches of about equal token counts. */
export function corpusBatches(): { batches: Batch[]; split: Map<string, 'train' | 'dev'> } {
  const pool = readPool();
  const { train, dev } = selectDocuments(pool);
  const split = new Map<string, 'train' | 'dev'>();
  for (const d of train) split.set(d.id, 'train');
  for (const d of dev) split.set(d.id, 'dev');
  const all = [...train, ...dev].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // interleave sources so every batch has every kind of story
  const order = all
    .map((d, i) => ({ d, k: (i * 7919) % all.length }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.d);
  const totalTokens = order.reduce((a, d) => a + countTokens(d.text), 0);
  const per = totalTokens / BATCHES;
  const batches: Batch[] = Array.from({ length: BATCHES }, (_, i) => ({
    name: `batch-${String(i + 1).padStart(2, '0')}`,
    docs: [],
  }));
  let acc = 0;
  for (const d of order) {
    const b = Math.min(BATCHES - 1, Math.floor(acc / per));
    batches[b]!.docs.push({ id: d.id, text: d.text, units: splitUnits(d.text) });
    acc += countTokens(d.text);
  }
  // markets and business copy beyond the first selection: all of it belongs in the corpus
  const extra = pool
    .filter((d) => d.topic === 'economy' && !split.has(d.id))
    .sort((a, b) => (sha256(a.id) < sha256(b.id) ? -1 : 1));
  let i = 0;
  for (let k = 0; k < EXTRA_BATCHES; k++) {
    const batch: Batch = { name: `batch-${String(BATCHES + k + 1).padStart(2, '0')}`, docs: [] };
    for (let t = 0; i < extra.length && t < EXTRA_TOKENS; i++) {
      const d = extra[i]!;
      batch.docs.push({ id: d.id, text: d.text, units: splitUnits(d.text) });
      split.set(d.id, 'train');
      t += countTokens(d.text);
    }
    batches.push(batch);
  }
  const queues = [...BROAD_FIRST, 'politics', 'conflict'].map((topic) =>
    pool.filter((d) => d.topic === topic && !split.has(d.id)).sort((a, b) => (sha256(a.id) < sha256(b.id) ? -1 : 1)),
  );
  const next = (): (typeof pool)[number] | undefined => {
    // the broad topics in turn while any is left, then politics and conflict in turn
    const broad = queues.slice(0, BROAD_FIRST.length).filter((q) => q.length > 0);
    const from = broad.length > 0 ? broad : queues.slice(BROAD_FIRST.length).filter((q) => q.length > 0);
    if (from.length === 0) return undefined;
    const q = from.reduce((a, b) => (a.length >= b.length ? a : b));
    return q.shift();
  };
  for (let k = 0; k < BREADTH_BATCHES; k++) {
    const batch: Batch = { name: `batch-${String(BATCHES + EXTRA_BATCHES + k + 1).padStart(2, '0')}`, docs: [] };
    for (let t = 0; t < BREADTH_TOKENS; ) {
      const d = next();
      if (!d) break;
      batch.docs.push({ id: d.id, text: d.text, units: splitUnits(d.text) });
      split.set(d.id, 'train');
      t += countTokens(d.text);
    }
    batches.push(batch);
  }
  return { batches, split };
}

/** Non-sport CoNLL dev documents in a fixed order until about `tokens` tokens, with their gold spans. */
export function calibrationBatch(tokens = 3000): { batch: Batch; gold: Map<string, Span[]> } {
  const docs = readConllDev().filter((d) => !isSportHeading(d.firstLine));
  const picked: TaskDoc[] = [];
  const gold = new Map<string, Span[]>();
  let n = 0;
  // every 7th non-sport document, so the sample spreads over the set
  for (let i = 3; i < docs.length && n < tokens; i += 7) {
    const d = docs[i]!;
    picked.push({ id: d.id, text: d.text, units: splitUnits(d.text, /\n/g) });
    gold.set(d.id, d.gold);
    n += d.text.split(/\s+/).length;
  }
  return { batch: { name: 'calibration', docs: picked }, gold };
}

export function renderSheet(batch: Batch): string {
  const out: string[] = [];
  for (const d of batch.docs) {
    out.push(`# ${d.id}`);
    d.units.forEach((u, i) => {
      out.push(`${i + 1}: ${u.text.replace(/\s*\n\s*/g, ' ')}`);
    });
    out.push('');
  }
  return out.join('\n');
}

export function taskMap(batch: Batch): Map<string, TaskDoc> {
  return new Map(batch.docs.map((d) => [d.id, d]));
}

export function findBatch(name: string): Batch {
  if (name === 'calibration') return calibrationBatch().batch;
  const b = corpusBatches().batches.find((x) => x.name === name);
  if (!b) throw new Error(`no batch called ${name}`);
  return b;
}
