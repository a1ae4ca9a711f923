/**
 * Entity-extraction benchmark on CoNLL-2003 format data.
 *   npx tsx scripts/dev/bench/ner.ts /work/shared/data/conll2003/dev.txt [--errors FILE] [--passes N]
 * Scores come from the first pass; throughput is given for the first pass (a cold process) and as the best of
 * N passes (default 4: steady state, once the JIT has compiled the extractor).
 * Scoring rules: see scripts/dev/corpora/conll.ts and /work/shared/data/conll2003/README.md.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { MODEL_FILE } from '../../load/readModel.ts';
import { performance } from 'node:perf_hooks';
import { extractEntities } from '../../extract/index.ts';
import type { Extraction } from '../../core/types/extraction.ts';
import {
  emptyTally,
  isSportHeading,
  parseConll,
  predictedSpans,
  prf,
  scoreDocument,
  SCORED_TYPES,
  toArticle,
  total,
  type Article,
  type Judged,
  type Tally,
} from '../corpora/conll.ts';
import { loadTagger } from '../../context.ts';
import type { TaggerModel } from '../../extract/tagger/model.ts';

/** The first pass over the documents: the tallies (all, sport, non-sport), its size and time, and the error lines. */
interface FirstPass {
  all: Tally;
  nonSport: Tally;
  sport: Tally;
  chars: number;
  ms: number;
  nonSportDocs: number;
  errorLines: string[];
}

/** Score the first pass, time the best of N, print the table and the throughput. */
function main(): void {
  const { file, errorsOut, passes } = readArgs();

  const articles = parseConll(readFileSync(file, 'utf8')).map(toArticle);
  const tLoad = performance.now();
  const { model, problem } = loadTagger();
  const loadMs = performance.now() - tLoad;
  extractEntities('Warm-up: President Jane Roe met the U.N. envoy in Paris, France.', { model });

  const first = scoreFirstPass(articles, errorsOut, model);
  if (errorsOut) writeFileSync(errorsOut, `${first.errorLines.join('\n')}\n`);

  printScores(articles, first);
  const { best, bestCpu } = bestPass(articles, first.ms, passes, model);
  const { chars, ms } = first;
  console.log(
    `throughput: ${Math.round(chars / (best / 1000))} chars/s, best of ${passes} passes (${best.toFixed(0)} ms); first pass ${Math.round(chars / (ms / 1000))} chars/s (${ms.toFixed(0)} ms, after a one-sentence warm-up)`,
  );
  // on a shared machine the wall clock counts other processes' time: the process's own CPU time does not
  if (passes > 1)
    console.log(
      `throughput in CPU time: ${Math.round(chars / (bestCpu / 1000))} chars/s, best of ${passes - 1} passes after the first (${bestCpu.toFixed(0)} ms)`,
    );
  console.log(
    model
      ? `tagger model: ${(statSync(MODEL_FILE).size / 1024).toFixed(0)} KiB, loaded in ${loadMs.toFixed(0)} ms`
      : `no tagger model (${problem}): rules alone`,
  );
}

/** The data file, where to write the errors (--errors) and how many passes to time (--passes); exits 2 without a file. */
function readArgs(): { file: string; errorsOut: string | undefined; passes: number } {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: tsx scripts/dev/bench/ner.ts FILE [--errors OUT.txt]');
    process.exit(2);
  }
  const errIdx = args.indexOf('--errors');
  const errorsOut = errIdx >= 0 ? args[errIdx + 1] : undefined;
  const passIdx = args.indexOf('--passes');
  const passes = Math.max(1, passIdx >= 0 ? Number(args[passIdx + 1]) || 4 : 4);
  return { file, errorsOut, passes };
}

/** Extract and score every document once, timed; with `errorsOut`, a line for every false positive and negative. */
function scoreFirstPass(
  articles: readonly Article[],
  errorsOut: string | undefined,
  model: TaggerModel | null,
): FirstPass {
  const all = emptyTally();
  const nonSport = emptyTally();
  const sport = emptyTally();
  let chars = 0;
  let ms = 0;
  let nonSportDocs = 0;
  const errorLines: string[] = [];
  for (const [i, article] of articles.entries()) {
    const t0 = performance.now();
    const extraction: Extraction = extractEntities(article.text, { model });
    ms += performance.now() - t0;
    chars += article.text.length;
    const predicted = predictedSpans(extraction);
    const isSport = isSportHeading(article.firstLine);
    if (!isSport) nonSportDocs++;
    const local = emptyTally();
    const judged = scoreDocument(article.gold, predicted, local);
    for (const tally of [all, isSport ? sport : nonSport]) add(tally, local);
    if (errorsOut) errorLines.push(...errorLinesOf(article, judged, i, isSport));
  }
  return { all, nonSport, sport, chars, ms, nonSportDocs, errorLines };
}

/** A tab-separated line for each false positive and false negative of one document, with the gold spans and context. */
function errorLinesOf(article: Article, judged: readonly Judged[], i: number, isSport: boolean): string[] {
  const errorLines: string[] = [];
  for (const j of judged) {
    if (j.verdict !== 'fp' && j.verdict !== 'fn') continue;
    const s = j.span;
    const ctx = article.text.slice(Math.max(0, s.start - 40), s.end + 40).replace(/\n/g, ' | ');
    const goldHere = article.gold
      .filter((g) => g.start < s.end && s.start < g.end)
      .map((g) => `${g.type}:${article.text.slice(g.start, g.end)}`);
    errorLines.push(
      `${j.verdict}\t${s.type}\t${article.text.slice(s.start, s.end)}\tdoc${i}${isSport ? 'S' : ''}\tgold=${goldHere.join(',')}\t${ctx}`,
    );
  }
  return errorLines;
}

/** The Markdown table of precision, recall and F1: overall, non-sport and sport, all types and each. */
function printScores(articles: readonly Article[], { all, nonSport, sport, chars, nonSportDocs }: FirstPass): void {
  console.log(`documents: ${articles.length} (non-sport: ${nonSportDocs}), characters: ${chars}`);
  console.log('| subset | type | P | R | F1 | TP | FP | FN |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const l of [...scoreRows('overall', all), ...scoreRows('non-sport', nonSport), ...scoreRows('sport', sport)])
    console.log(l);
}

const fmt = (n: number): string => n.toFixed(3);

/** The table rows of one subset: all types, then each scored type. */
function scoreRows(label: string, t: Tally): string[] {
  const lines: string[] = [];
  const o = prf(total(t));
  lines.push(
    `| ${label} | all | ${fmt(o.precision)} | ${fmt(o.recall)} | ${fmt(o.f1)} | ${o.tp} | ${o.fp} | ${o.fn} |`,
  );
  for (const type of SCORED_TYPES) {
    const p = prf(t[type]);
    lines.push(
      `| ${label} | ${type} | ${fmt(p.precision)} | ${fmt(p.recall)} | ${fmt(p.f1)} | ${p.tp} | ${p.fp} | ${p.fn} |`,
    );
  }
  return lines;
}

/**
 * The fastest of `passes` passes over the documents (the first pass took `firstMs`), in ms of wall clock, and the
 * least CPU time (user + system, all of the process's threads) of the passes after the first.
 */
function bestPass(
  articles: readonly Article[],
  firstMs: number,
  passes: number,
  model: TaggerModel | null,
): { best: number; bestCpu: number } {
  let best = firstMs;
  let bestCpu = Number.POSITIVE_INFINITY;
  for (let p = 1; p < passes; p++) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (const article of articles) extractEntities(article.text, { model });
    best = Math.min(best, performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
  }
  return { best, bestCpu };
}

function add(into: Tally, from: Tally): void {
  for (const type of SCORED_TYPES) {
    into[type].tp += from[type].tp;
    into[type].fp += from[type].fp;
    into[type].fn += from[type].fn;
  }
}

main();
