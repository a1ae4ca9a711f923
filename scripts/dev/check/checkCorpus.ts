/**
 * Run the pipeline (load → extract → resolve → link, and a render of a sample) over a body of real text and check,
 * for every document: no STAGE_FAILED, every mention slices back to its text, no two mentions overlap, and every
 * paragraph is on the article page. Used by `npm run check:corpus` (all of ../shared) and by the tests (a sample).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderSite } from '../../write/renderSite.ts';
import { readConfig } from '../../config.ts';
import { extractArticles } from '../../parallel/extractArticles.ts';
import { STAGE_FAILED } from '../../core/guard.ts';
import { loadArticles } from '../../load/index.ts';
import { FILE_CONCURRENCY, mapLimit } from '../../core/mapLimit.ts';
import { runPipeline } from '../../pipeline.ts';
import type { Article } from '../../core/types/article.ts';
import type { Warning } from '../../core/types/common.ts';
import type { Extraction } from '../../core/types/extraction.ts';

export interface CorpusDoc {
  id: string;
  text: string;
}

export interface Options {
  /** How many articles (spread over the corpus) to render with Eleventy and check page by page. */
  renderSample: number;
  workers: number | undefined;
}

export const defaultOptions: Options = { renderSample: 200, workers: undefined };

export interface Problem {
  file: string;
  problem: string;
}

export interface CorpusReport {
  documents: number;
  characters: number;
  mentions: number;
  entities: number;
  rendered: number;
  problems: Problem[];
  warnings: Warning[];
  ms: Record<string, number>;
}

/** Paragraphs as a reader sees them: blank-line separated, white space collapsed. */
const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
const textOfHtml = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** Every paragraph of `text` appears, in order, in the text of `html`. */
function missingParagraphs(text: string, html: string): string[] {
  const flat = textOfHtml(html).replace(/\s+/g, '');
  const missing: string[] = [];
  let from = 0;
  for (const p of paragraphsOf(text)) {
    const at = flat.indexOf(p.replace(/\s+/g, ''), from);
    if (at === -1) missing.push(p.slice(0, 60));
    else from = at;
  }
  return missing;
}

/** Times a stage: runs `work` and adds how long it took to `ms[stage]`. */
type Timed = <T>(stage: string, work: () => Promise<T> | T) => Promise<T>;

/** The corpus after load → extract → resolve → link, with the warnings of every stage. */
interface Pipelined {
  loaded: Awaited<ReturnType<typeof loadArticles>>;
  extractions: Awaited<ReturnType<typeof extractArticles>>['extractions'];
  linked: ReturnType<typeof runPipeline>;
  warnings: Warning[];
}

/** Build the documents in a temp folder and check every mention and paragraph (see the top of this file). */
export async function checkCorpus(docs: readonly CorpusDoc[], options: Partial<Options> = {}): Promise<CorpusReport> {
  const opts = { ...defaultOptions, ...options };
  const ms: Record<string, number> = {};
  const timed = async <T>(stage: string, work: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    const out = await work();
    ms[stage] = (ms[stage] ?? 0) + performance.now() - t0;
    return out;
  };
  const tmp = await mkdtemp(path.join(tmpdir(), 'dossier-corpus-'));
  try {
    const content = path.join(tmp, 'content');
    await writeDocs(content, docs);
    const run = await runCorpusPipeline(content, opts, ms, timed);
    const { loaded, linked, warnings } = run;

    const problems: Problem[] = [];
    checkLoaded(docs, run, problems);
    const byId = new Map<string, Article>(loaded.articles.map((a) => [a.id, a]));
    const mentions = checkMentions(linked, byId, problems);
    for (const a of linked.site.articles) {
      const source = byId.get(a.id)!;
      for (const p of missingParagraphs(source.text, a.html))
        problems.push({ file: source.source, problem: `paragraph missing from the page: "${p}…"` });
    }

    const rendered = await checkRenderedSample(run, { tmp, content, opts, timed, byId, problems });
    return {
      documents: docs.length,
      characters: docs.reduce((n, d) => n + d.text.length, 0),
      mentions,
      entities: linked.kb.entities.length,
      rendered,
      problems,
      warnings,
      ms,
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Each document as `<id>.txt` in the content's articles folder. */
async function writeDocs(content: string, docs: readonly CorpusDoc[]): Promise<void> {
  await mkdir(path.join(content, 'articles'), { recursive: true });
  await mapLimit(docs, FILE_CONCURRENCY, (d) => writeFile(path.join(content, 'articles', `${d.id}.txt`), d.text));
}

/** Load, extract (no cache), resolve and link the corpus, timing each stage into `ms`. */
async function runCorpusPipeline(
  content: string,
  opts: Options,
  ms: Record<string, number>,
  timed: Timed,
): Promise<Pipelined> {
  const loaded = await timed('load', () => loadArticles(content));
  const warnings: Warning[] = [...loaded.warnings];
  const { extractions, warnings: extractWarnings } = await timed('extract', () =>
    extractArticles(loaded.articles, {
      cacheDir: undefined,
      ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
    }),
  );
  warnings.push(...extractWarnings);
  const linked = runPipeline(loaded.articles, {
    extractions,
    onStage: (stage, t) => (ms[stage] = t),
  });
  warnings.push(...linked.warnings);
  return { loaded, extractions, linked, warnings };
}

/** A problem for every failed stage, and for every document that was not loaded. */
function checkLoaded(docs: readonly CorpusDoc[], { loaded, warnings }: Pipelined, problems: Problem[]): void {
  for (const w of warnings) if (w.code === STAGE_FAILED) problems.push({ file: w.file, problem: w.message });
  if (loaded.articles.length !== docs.length) {
    const got = new Set(loaded.articles.map((a) => a.source));
    for (const d of docs) if (!got.has(`${d.id}.txt`)) problems.push({ file: `${d.id}.txt`, problem: 'not loaded' });
  }
}

/** A problem for every mention that does not slice back to its text, and for overlapping mentions; the mention count. */
function checkMentions(linked: Pipelined['linked'], byId: ReadonlyMap<string, Article>, problems: Problem[]): number {
  const spans = new Map<string, { start: number; end: number }[]>();
  let mentions = 0;
  for (const e of linked.kb.entities) {
    for (const m of e.mentions) {
      mentions++;
      const a = byId.get(m.article);
      if (!a || a.text.slice(m.start, m.end) !== m.text)
        problems.push({
          file: a?.source ?? m.article,
          problem: `mention "${m.text}" at ${m.start} does not slice back`,
        });
      const list = spans.get(m.article) ?? [];
      list.push(m);
      spans.set(m.article, list);
    }
  }
  for (const [id, list] of spans) {
    list.sort((x, y) => x.start - y.start);
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.start < list[i - 1]!.end)
        problems.push({ file: byId.get(id)!.source, problem: `overlapping mentions at ${list[i]!.start}` });
    }
  }
  return mentions;
}

/** What rendering the sample needs: where to write, the options, the timer, and where problems go. */
interface SampleRun {
  tmp: string;
  content: string;
  opts: Options;
  timed: Timed;
  byId: ReadonlyMap<string, Article>;
  problems: Problem[];
}

/** Check the pages Eleventy writes for a sample of the articles (a problem for each paragraph missing); how many. */
async function checkRenderedSample(
  { loaded, extractions }: Pipelined,
  { tmp, content, opts, timed, byId, problems }: SampleRun,
): Promise<number> {
  // render a spread-out sample with Eleventy and check the written pages
  const step = Math.max(1, Math.floor(loaded.articles.length / Math.max(1, opts.renderSample)));
  const sampleIdx = loaded.articles
    .map((_, i) => i)
    .filter((i) => i % step === 0)
    .slice(0, opts.renderSample);
  const sample = sampleIdx.map((i) => loaded.articles[i]!);
  const sampleLinked = runPipeline(sample, {
    extractions: sampleIdx.map((i) => extractions[i] as Extraction),
  });
  const out = path.join(tmp, 'site');
  const { warnings } = await timed('render', () =>
    renderSite(sampleLinked.site, readConfig({ CONTENT_DIR: content, OUTPUT_DIR: out }), out),
  );
  for (const w of warnings) problems.push({ file: w.file, problem: w.message });
  for (const a of sampleLinked.site.articles) {
    const page = await readFile(path.join(out, a.url, 'index.html'), 'utf8').catch(() => '');
    const source = byId.get(a.id)!;
    if (!page) problems.push({ file: source.source, problem: 'no article page' });
    else
      for (const p of missingParagraphs(source.text, page))
        problems.push({ file: source.source, problem: `paragraph missing from the rendered page: "${p}…"` });
  }
  return sample.length;
}
