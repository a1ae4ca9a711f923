/**
 * Annotation workflow (see docs/annotation-guidelines.md and data/annotations/README.md):
 *   npm run ner:annotate -- prepare               write the task sheets to .dossier/annotate/tasks/
 *   npm run ner:annotate -- check FILE            check an annotator's file: format, missing documents, strings not found
 *   npm run ner:annotate -- calibrate FILE...     score calibration files against CoNLL dev gold
 *   npm run ner:annotate -- agree                 agreement between pass A and pass B; write adjudication sheets
 *   npm run ner:annotate -- build                 stand-off records in data/annotations/ from the passes and adjudication
 *   npm run ner:annotate -- stats                 size, mix and agreement of data/annotations/ (the figures in BENCHMARKS.md)
 *   npm run ner:annotate -- pages [--skip N --count M]  the saved-pages dev set (or a later slice) as a sheet for
 *                                                 entity-level gold
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { addAgreement, agreement, disagreements, emptyAgreement, type Agreement } from './compareSpans.ts';
import { formatUnitSpans, parseAnnotations, type Parsed, type TaskDoc } from './parseAnnotations.ts';
import { countTokens, LABELS, readPool, sha256, type Label, type Span } from '../corpora/pool.ts';
import { sampleWebPages } from '../corpora/webPageSample.ts';
import { calibrationBatch, corpusBatches, findBatch, renderSheet, taskMap, WORK_DIR, type Batch } from './tasks.ts';

const DATA_DIR = resolve(import.meta.dirname, '../../../data/annotations');
const SCORED: readonly Label[] = ['PER', 'ORG', 'LOC'];
const pct = (n: number): string => n.toFixed(3);

function readParsed(file: string, batch: Batch): Parsed {
  return parseAnnotations(readFileSync(file, 'utf8'), taskMap(batch));
}

function report(parsed: Parsed, batch: Batch): number {
  const missing = batch.docs.filter((d) => !parsed.docs.has(d.id));
  for (const p of parsed.problems) console.log(`line ${p.line}${p.doc ? ` (${p.doc})` : ''}: ${p.message}`);
  if (missing.length)
    console.log(`documents not in the file (${missing.length}): ${missing.map((d) => d.id).join(' ')}`);
  const spans = [...parsed.docs.values()].reduce((a, d) => a + d.spans.length, 0);
  console.log(`${parsed.docs.size}/${batch.docs.length} documents, ${spans} names, ${parsed.problems.length} problems`);
  return parsed.problems.length + missing.length;
}

function line(label: string, a: Agreement): string {
  return `| ${label} | ${pct(a.precision)} | ${pct(a.recall)} | ${pct(a.f1)} | ${a.tp} | ${a.fp} | ${a.fn} |`;
}

function table(title: string, pairs: { gold: Span[]; other: Span[] }[]): string[] {
  const out = [`${title}`, '| type | P | R | F1 | agree | only 2nd | only 1st |', '|---|---|---|---|---|---|---|'];
  for (const [label, types] of [['all four', LABELS], ['PER+ORG+LOC', SCORED], ...LABELS.map((l) => [l, [l]])] as [
    string,
    Label[],
  ][]) {
    let a = emptyAgreement();
    for (const p of pairs) a = addAgreement(a, agreement(p.gold, p.other, types));
    out.push(line(label, a));
  }
  return out;
}

function describe(text: string, pairs: { id: string; text: string; gold: Span[]; other: Span[] }[]): string[] {
  const counts = new Map<string, number>();
  const lines: string[] = [];
  for (const p of pairs) {
    for (const d of disagreements(p.gold, p.other)) {
      const g = d.gold ? `${p.text.slice(d.gold.start, d.gold.end)}/${d.gold.type}` : '-';
      const o = d.other ? `${p.text.slice(d.other.start, d.other.end)}/${d.other.type}` : '-';
      const k = d.kind === 'type' ? `type ${d.gold!.type}→${d.other!.type}` : `${d.kind} ${(d.gold ?? d.other)!.type}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
      const at = (d.gold ?? d.other)!;
      const ctx = p.text.slice(Math.max(0, at.start - 50), at.end + 50).replace(/\s+/g, ' ');
      lines.push(`${k}\t${g}\t${o}\t${p.id}\t${ctx}`);
    }
  }
  void text;
  return [
    'disagreements by kind:',
    ...[...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${k}: ${n}`),
    '',
    ...lines,
  ];
}

const commands: Record<string, (args: string[]) => number | Promise<number>> = {
  prepare() {
    const dir = join(WORK_DIR, 'tasks');
    mkdirSync(dir, { recursive: true });
    for (const d of ['pass-a', 'pass-b', 'adjudicate', 'adjudicated'])
      mkdirSync(join(WORK_DIR, d), { recursive: true });
    const { batches } = corpusBatches();
    for (const b of [calibrationBatch().batch, ...batches]) {
      writeFileSync(join(dir, `${b.name}.txt`), renderSheet(b));
      console.log(`${b.name}: ${b.docs.length} documents`);
    }
    console.log(`task sheets in ${dir}`);
    return 0;
  },
  check([file]) {
    if (!file) throw new Error('usage: check FILE');
    const batch = findBatch(basename(file).replace(/\.txt$/, ''));
    return report(readParsed(file, batch), batch) > 0 ? 1 : 0;
  },
  calibrate(files) {
    const { batch, gold } = calibrationBatch();
    for (const file of files) {
      const parsed = readParsed(file, batch);
      report(parsed, batch);
      const pairs = batch.docs.map((d) => ({
        id: d.id,
        text: d.text,
        gold: gold.get(d.id)!,
        other: parsed.docs.get(d.id)?.spans ?? [],
      }));
      const tokens = batch.docs.reduce((a, d) => a + d.text.split(/\s+/).length, 0);
      console.log(`\n${file}: ${batch.docs.length} documents, ${tokens} tokens, against CoNLL dev gold`);
      console.log(table('', pairs).join('\n'));
      console.log(describe('', pairs).join('\n'));
    }
    return 0;
  },
  agree() {
    const { batches } = corpusBatches();
    const pairs: { id: string; text: string; gold: Span[]; other: Span[] }[] = [];
    let disputed = 0;
    for (const b of batches) {
      const fa = join(WORK_DIR, 'pass-a', `${b.name}.txt`);
      const fb = join(WORK_DIR, 'pass-b', `${b.name}.txt`);
      if (!existsSync(fa) || !existsSync(fb)) continue;
      const pa = readParsed(fa, b);
      const pb = readParsed(fb, b);
      const sheet: string[] = [];
      for (const d of b.docs) {
        const sa = pa.docs.get(d.id)?.spans ?? [];
        const sb = pb.docs.get(d.id)?.spans ?? [];
        pairs.push({ id: d.id, text: d.text, gold: sa, other: sb });
        const units = disputedUnits(d, sa, sb);
        if (units.length === 0) continue;
        sheet.push(`# ${d.id}`);
        for (const i of units) {
          const u = d.units[i]!;
          sheet.push(`text ${i + 1}: ${u.text.replace(/\s*\n\s*/g, ' ')}`);
          sheet.push(`A ${i + 1}: ${formatUnitSpans(u, sa, d.text)}`);
          sheet.push(`B ${i + 1}: ${formatUnitSpans(u, sb, d.text)}`);
          disputed++;
        }
        sheet.push('');
      }
      writeFileSync(join(WORK_DIR, 'adjudicate', `${b.name}.txt`), sheet.join('\n'));
    }
    console.log(table(`pass A vs pass B over ${pairs.length} documents (A as reference)`, pairs).join('\n'));
    console.log(`paragraphs to adjudicate: ${disputed} (sheets in ${join(WORK_DIR, 'adjudicate')})`);
    writeFileSync(join(WORK_DIR, 'disagreements.tsv'), describe('', pairs).join('\n'));
    return 0;
  },
  async pages(args) {
    // the saved-pages dev set as a sheet for entity-level gold (data/corpus-gold/web-pages.json); with
    // --skip N --count M, a later slice of the same order (a test set: data/corpus-gold/web-pages-test.json)
    const flag = (name: string) => {
      const i = args.indexOf(name);
      return i >= 0 ? Number(args[i + 1]) : undefined;
    };
    const skip = flag('--skip') ?? 0;
    const count = flag('--count') ?? 40;
    const pages = await sampleWebPages({ skip, count });
    const dir = join(WORK_DIR, skip ? `pages-${skip}-${count}` : 'pages');
    mkdirSync(dir, { recursive: true });
    const sheet = pages.flatMap(({ article }) => [
      `# ${article.id}`,
      `title: ${article.title}`,
      ...article.text
        .split(/\n{2,}/)
        .filter((p) => p.trim())
        .map((p, i) => `${i + 1}: ${p.replace(/\s*\n\s*/g, ' ')}`),
      '',
    ]);
    writeFileSync(join(dir, 'sheet.txt'), sheet.join('\n'));
    writeFileSync(
      join(dir, 'docs.json'),
      JSON.stringify(
        pages.map((p) => ({ id: p.article.id, file: p.file, sha256: p.sha256 })),
        null,
        2,
      ),
    );
    console.log(`${pages.length} pages in ${join(dir, 'sheet.txt')} (their ids, files and hashes in docs.json)`);
    return 0;
  },
  stats() {
    // the figures of BENCHMARKS.md, from the stand-off files alone
    type Record = { id: string; split: string; spans: [number, number, Label][] };
    const read = (name: string) => new Map([...readLines(name)].map(([id, line]) => [id, JSON.parse(line) as Record]));
    const [corpus, a, b] = [read('corpus'), read('pass-a'), read('pass-b')];
    const texts = new Map(readPool().map((d) => [d.id, d.text]));
    const toSpans = (r: { spans: [number, number, Label][] } | undefined): Span[] =>
      (r?.spans ?? []).map(([start, end, type]) => ({ start, end, type }));
    console.log('| | documents | tokens | PER | ORG | LOC | MISC |\n|---|---|---|---|---|---|---|');
    for (const split of ['train', 'dev', 'all']) {
      const docs = [...corpus.values()].filter((r) => split === 'all' || r.split === split);
      const count = (t: Label) => docs.reduce((n, r) => n + r.spans.filter((x) => x[2] === t).length, 0);
      const tokens = docs.reduce((n, r) => n + countTokens(texts.get(r.id) ?? ''), 0);
      console.log(`| ${split} | ${docs.length} | ${tokens} | ${LABELS.map(count).join(' | ')} |`);
    }
    const pairs = [...a.keys()].map((id) => ({ gold: toSpans(a.get(id)), other: toSpans(b.get(id)) }));
    console.log(`\npass A vs pass B, ${pairs.length} documents`);
    console.log(table('', pairs).join('\n'));
    return 0;
  },
  build() {
    const { batches, split } = corpusBatches();
    mkdirSync(DATA_DIR, { recursive: true });
    const out: Record<'pass-a' | 'pass-b' | 'corpus', string[]> = { 'pass-a': [], 'pass-b': [], corpus: [] };
    let incomplete = 0;
    const kept = keptRecords();
    for (const b of batches) {
      const files = ['pass-a', 'pass-b', 'adjudicated'].map((p) => join(WORK_DIR, p, `${b.name}.txt`));
      if (!existsSync(files[0]!) || !existsSync(files[1]!)) {
        // No work files for this batch here (they are not in git): keep what data/annotations/ already holds.
        for (const [name, lines] of Object.entries(out)) {
          for (const d of b.docs) {
            const line = kept[name as keyof typeof out].get(d.id);
            if (line) lines.push(line);
          }
        }
        continue;
      }
      const pa = readParsed(files[0]!, b);
      const pb = readParsed(files[1]!, b);
      if (pa.docs.size < b.docs.length || pb.docs.size < b.docs.length) {
        console.log(
          `${b.name}: a pass is not complete yet (${pa.docs.size} and ${pb.docs.size} of ${b.docs.length} documents); left out`,
        );
        continue;
      }
      const adj = existsSync(files[2]!) ? readParsed(files[2]!, b) : undefined;
      for (const d of b.docs) {
        const sa = pa.docs.get(d.id)?.spans ?? [];
        const sb = pb.docs.get(d.id)?.spans ?? [];
        const record = (spans: Span[]): string =>
          JSON.stringify({
            id: d.id,
            sha256: sha256(d.text),
            split: split.get(d.id),
            spans: spans.map((s) => [s.start, s.end, s.type]),
          });
        out['pass-a'].push(record(sa));
        out['pass-b'].push(record(sb));
        const units = disputedUnits(d, sa, sb);
        const ruled = adj?.docs.get(d.id);
        if (units.length > 0 && !ruled) {
          incomplete++;
          continue;
        }
        const inUnit = (s: Span, i: number): boolean =>
          s.start >= d.units[i]!.start && s.end <= d.units[i]!.start + d.units[i]!.text.length;
        const final = sa.filter((s) => !units.some((i) => inUnit(s, i)));
        for (const i of units) final.push(...ruled!.spans.filter((s) => inUnit(s, i)));
        final.sort((x, y) => x.start - y.start);
        out.corpus.push(record(final));
      }
    }
    for (const [name, lines] of Object.entries(out)) {
      writeFileSync(join(DATA_DIR, `${name}.jsonl`), lines.join('\n') + (lines.length ? '\n' : ''));
      console.log(`${name}.jsonl: ${lines.length} documents`);
    }
    if (incomplete)
      console.log(`${incomplete} documents have disagreements not yet adjudicated (left out of corpus.jsonl)`);
    return 0;
  },
};

/** The records data/annotations/ holds now, by file and document id. */
function keptRecords(): Record<'pass-a' | 'pass-b' | 'corpus', Map<string, string>> {
  return { 'pass-a': readLines('pass-a'), 'pass-b': readLines('pass-b'), corpus: readLines('corpus') };
}

/** The lines of data/annotations/NAME.jsonl by document id (none when the file is missing). */
function readLines(name: string): Map<string, string> {
  const file = join(DATA_DIR, `${name}.jsonl`);
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  return new Map(lines.map((line) => [(JSON.parse(line) as { id: string }).id, line]));
}

/** Indexes of the paragraphs where the two passes differ. */
function disputedUnits(d: TaskDoc, a: Span[], b: Span[]): number[] {
  const keys = (spans: Span[], i: number): string => {
    const u = d.units[i]!;
    return spans
      .filter((s) => s.start >= u.start && s.end <= u.start + u.text.length)
      .map((s) => `${s.start}:${s.end}:${s.type}`)
      .join(',');
  };
  return d.units.map((_, i) => i).filter((i) => keys(a, i) !== keys(b, i));
}

const [cmd, ...rest] = process.argv.slice(2);
const run = cmd ? commands[cmd] : undefined;
if (!run) {
  console.error(
    'usage: npm run ner:annotate -- prepare | check FILE | calibrate FILE... | agree | build | stats | pages',
  );
  process.exit(2);
}
process.exit(await run(rest));
