/**
 * `npx tsx scripts/dev/bench/compareExtractors.ts --base DIR [--rounds N] [--news]`: this tree's extractor against
 * another copy's, in one process, for a change that must not change any output (the extractor speed rounds,
 * BENCHMARKS.md "Extractor speed").
 *
 * DIR is a copy of another commit with its own node_modules/compromise (compromise's world is patched by our sweep, so
 * the two must not share it): `git archive main | tar -x -C DIR`, then link this tree's node_modules entries into
 * DIR/node_modules except compromise, which is copied. Checks that both give the same output (sha256 of each document's
 * JSON) on every CoNLL dev document, and with --news on every open-news document; then times N rounds over CoNLL dev
 * in CPU time, the two extractors alternating document by document (the order alternating too), so that a shared
 * machine's changing load weighs on both alike. Exits 1 if any output differs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONLL_DEV, readPool } from '../corpora/pool.ts';
import { parseConll, toArticle } from '../corpora/conll.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    news: { type: 'boolean', default: false },
  },
});
if (!values.base) {
  console.error('usage: compareExtractors.ts --base DIR [--rounds N] [--news]');
  process.exit(2);
}

type Extract = (text: string) => unknown;

/** The extractor of the tree at `root`, with its own shipped model. */
async function extractorOf(root: string): Promise<Extract> {
  const { extractEntities } = (await import(path.join(root, 'scripts/extract/index.ts'))) as {
    extractEntities: (text: string, options: { model: unknown }) => unknown;
  };
  const { loadTagger } = (await import(path.join(root, 'scripts/context.ts'))) as {
    loadTagger: () => { model: unknown };
  };
  const { model } = loadTagger();
  return (text) => extractEntities(text, { model });
}

const digest = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const cpuNow = (): number => {
  const c = process.cpuUsage();
  return c.user + c.system;
};

const variants: [string, Extract][] = [
  ['base', await extractorOf(path.resolve(values.base))],
  ['this', await extractorOf(path.resolve(import.meta.dirname, '../../..'))],
];
const conll = parseConll(readFileSync(CONLL_DEV, 'utf8')).map((a) => toArticle(a).text);
const sets: [string, string[]][] = [['CoNLL dev', conll]];
if (values.news) sets.push(['open-news', readPool().map((d) => d.text)]);

let differ = 0;
for (const [name, texts] of sets) {
  const cpu: Record<string, number> = {};
  const outputs: Record<string, string[]> = {};
  for (const [variant, extract] of variants) {
    const c0 = cpuNow();
    outputs[variant] = texts.map((t) => digest(extract(t)));
    cpu[variant] = (cpuNow() - c0) / 1000;
  }
  const d = texts.filter((_, i) => outputs.base![i] !== outputs.this![i]).length;
  differ += d;
  console.log(
    `${name}: ${texts.length} documents, ${d} differ; first pass ${cpu.base!.toFixed(0)} ms CPU (base), ${cpu.this!.toFixed(0)} ms (this)`,
  );
}

const chars = conll.reduce((n, t) => n + t.length, 0);
const rounds = Math.max(1, Number(values.rounds) || 3);
const spent: Record<string, number[]> = { base: [], this: [] };
for (let r = 0; r < rounds; r++) {
  const sum: Record<string, number> = { base: 0, this: 0 };
  conll.forEach((text, i) => {
    for (const [variant, extract] of (i + r) % 2 ? [...variants].reverse() : variants) {
      const c0 = cpuNow();
      extract(text);
      sum[variant]! += cpuNow() - c0;
    }
  });
  for (const v of ['base', 'this']) spent[v]!.push(sum[v]! / 1000);
}
const rate = (ms: number) => Math.round(chars / (ms / 1000));
for (const v of ['base', 'this'])
  console.log(
    `${v}: ${spent[v]!.map(Math.round).join(' ')} ms CPU a round; best ${rate(Math.min(...spent[v]!))} chars/s`,
  );
const ratios = spent.base!.map((b, i) => b / spent.this![i]!).sort((a, b) => a - b);
console.log(
  `base/this per round: ${ratios.map((x) => x.toFixed(3)).join(' ')}; median ×${ratios[ratios.length >> 1]!.toFixed(3)}`,
);
if (differ > 0) process.exit(1);
