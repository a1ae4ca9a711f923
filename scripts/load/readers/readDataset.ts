/**
 * A dataset → one article per row: .csv, .tsv and .jsonl, read as a stream (a 200 MB file is never in memory at
 * once). Columns are detected by name, or mapped by a sidecar NAME.csv.yaml (scripts/load/readers/readDatasetMap.ts).
 * Each row gets a stable id (its id column, or a hash of its text) and a source naming the file and row.
 * A bad row is a warning with the file and line; the other rows load.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import type { Warning } from '../../core/types/common.ts';
import { languageCode } from '../../core/text/language.ts';
import { decodeRefs } from '../text/cleanTitle.ts';
import { looksLikeUrl, oneLine, outletName, safeUrl, titleFromFileName } from '../text/fields.ts';
import { implausibleMessage, isPlausibleDate, parseDate } from '../text/readDates.ts';
import type { ArticleDraft } from './draft.ts';
import { maskHtml } from '../text/maskMarkup.ts';
import { DATASET_FIELDS, readDatasetMap, type DatasetField, type DatasetMap } from './readDatasetMap.ts';
import { paragraphise } from '../text/toText.ts';
import { readError } from './readError.ts';

export interface Options {
  /** A record (row or line) longer than this many characters is a bad row (a runaway quote cannot eat the file). */
  maxRecord: number;
  /** At most this many warnings per file; the rest are counted in one last warning. */
  maxWarnings: number;
  /** Called with each article as it is read, instead of collecting them (benches, and callers that stream). */
  onArticle: ((article: ArticleDraft) => void) | undefined;
  /**
   * At most this many rows are read from one file; the rest are skipped with one DATASET_TOO_LARGE warning. A row
   * kept as an article costs the loader about 1 KB (a tiny row) to 3 KB (a wire story), and each becomes a page of the
   * site: 100,000 is the largest dataset measured end to end (BENCHMARKS.md, "Loading a dataset"); a million rows
   * would hold gigabytes before the build's later stages start.
   */
  maxRows: number;
  /** JSON Lines: the columns are the keys of (at most) this many first objects, so an early object lacking a key hides nothing. */
  sampleRows: number;
  /**
   * CSV: after a broken row (a quote never closed, text after a closing quote) reading starts again on the line after
   * the row's first line, so the rows it swallowed load; at most this many times per file, then the file stops there.
   */
  maxBrokenRows: number;
}

export const defaultOptions: Options = {
  maxRecord: 20_000_000,
  maxWarnings: 20,
  onArticle: undefined,
  maxRows: 100_000,
  sampleRows: 1000,
  maxBrokenRows: 1000,
};

/** Column names (lower case, letters and digits only) that each field is detected under, best first. */
export const COLUMN_NAMES: Record<DatasetField, readonly string[]> = {
  text: ['text', 'body', 'content', 'articletext', 'articlebody', 'fulltext', 'maintext', 'story', 'article'],
  title: ['title', 'headline', 'heading', 'hed', 'subject'],
  date: [
    'date',
    'published',
    'publishedat',
    'publishdate',
    'publicationdate',
    'pubdate',
    'datepublished',
    'publishedtime',
    'timestamp',
    'time',
  ],
  author: ['author', 'authors', 'byline', 'writer', 'creator'],
  url: ['url', 'link', 'sourceurl', 'href', 'uri', 'permalink', 'source'],
  id: ['id', 'articleid', 'guid', 'uuid', 'docid', 'documentid', 'key'],
  outlet: ['outlet', 'publisher', 'publication', 'sitename', 'site', 'newspaper', 'media', 'medium'],
  language: ['language', 'lang', 'languagecode', 'locale'],
};

const normal = (column: string) => column.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Which column holds each field: the map's choice, else the first column whose name is a known one. */
export function detectColumns(
  header: readonly string[],
  map: DatasetMap | undefined,
  file: string,
  warnings: Warning[],
): Partial<Record<DatasetField, number>> {
  const columns: Partial<Record<DatasetField, number>> = {};
  const taken = new Set<number>();
  for (const field of DATASET_FIELDS) {
    const mapped = map?.fields[field];
    if (!mapped) continue;
    const at = header.indexOf(mapped.column);
    if (at === -1)
      warnings.push({
        code: 'DATASET_MAP_UNUSED',
        file: map.file,
        line: mapped.line,
        message: `${field}: there is no column "${mapped.column}" in ${file} (columns: ${header.slice(0, 20).join(', ')})`,
      });
    else {
      columns[field] = at;
      taken.add(at);
    }
  }
  const names = header.map(normal);
  for (const field of DATASET_FIELDS) {
    if (columns[field] !== undefined || map?.fields[field]) continue;
    for (const candidate of COLUMN_NAMES[field]) {
      const at = names.findIndex((n, i) => n === candidate && !taken.has(i));
      if (at !== -1) {
        columns[field] = at;
        taken.add(at);
        break;
      }
    }
  }
  return columns;
}

/** One record as raw cells, with the 1-based line it starts on. */
interface Row {
  cells: readonly unknown[];
  line: number;
}

/** What reading one dataset file keeps from row to row: the columns found, the rows counted, the warnings held back. */
interface DatasetRead {
  source: string;
  ext: string;
  map: DatasetMap | undefined;
  opts: Options;
  warnings: Warning[];
  articles: ArticleDraft[];
  fileWarnings: Warning[];
  /** Warnings past maxWarnings, counted rather than kept (a million bad rows hold no million warnings). */
  moreWarnings: number;
  seen: Set<string>;
  base: string;
  columns: Partial<Record<DatasetField, number>> | undefined;
  rowNumber: number;
  notUtf8: boolean;
}

/** Read a dataset file. `source` is its path as shown (relative to the articles folder). */
export async function readDataset(
  file: string,
  source: string,
  warnings: Warning[],
  options: Partial<Options> = {},
): Promise<ArticleDraft[]> {
  const opts = { ...defaultOptions, ...options };
  const ext = path.extname(file).toLowerCase();
  let map: DatasetMap | undefined;
  try {
    map = await readDatasetMap(file, source);
  } catch (error) {
    const sidecar = (error as { sidecar?: string }).sidecar;
    if (!sidecar) throw error;
    // without its sidecar the columns could be read wrong: the dataset waits until the sidecar can be read
    warnings.push({
      code: 'UNREADABLE',
      file: sidecar,
      message: `cannot read the file (${readError(error as Error)}); ${path.posix.basename(source)} is skipped, as its columns are named there`,
    });
    return [];
  }
  const state: DatasetRead = {
    source,
    ext,
    map,
    opts,
    warnings,
    articles: [],
    fileWarnings: [],
    moreWarnings: 0,
    seen: new Set<string>(),
    base: source.replace(/\.[^./]+$/, ''),
    columns: undefined,
    rowNumber: 0,
    notUtf8: false,
  };
  const badRow = (line: number, message: string) => hold(state, { code: 'BAD_ROW', file: source, line, message });

  const take = (row: Row, header: readonly string[]) => takeRow(state, row, header, badRow);

  try {
    if (ext === '.jsonl' || ext === '.ndjson') await readJsonLines(file, opts, take, badRow);
    else await readDelimited(file, ext === '.tsv' ? '\t' : ',', opts, take, badRow);
  } catch (error) {
    // a file that cannot be opened at all (gone, a folder, not permitted) is the loader's UNREADABLE, as for any format
    if (state.rowNumber === 0 && /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code ?? '')) throw error;
    hold(state, {
      code: 'BAD_DATASET',
      file: source,
      message: `stopped reading after row ${state.rowNumber}: ${readError(error as Error)}; the rows before it are kept`,
    });
  }
  reportDatasetEnd(state);
  return state.articles;
}

/** A warning of the file held back to the end: the first maxWarnings kept, the rest counted. */
function hold(state: DatasetRead, warning: Warning): void {
  if (state.fileWarnings.length < state.opts.maxWarnings) state.fileWarnings.push(warning);
  else state.moreWarnings++;
}

/**
 * One row: its text checked, its id claimed, its article built with the other fields, then handed on. False when
 * the file has given maxRows rows already: this row and the rest are skipped, with one DATASET_TOO_LARGE warning.
 */
function takeRow(
  state: DatasetRead,
  row: Row,
  header: readonly string[],
  badRow: (line: number, message: string) => void,
): boolean {
  state.columns ??= detectColumns(header, state.map, state.source, state.warnings);
  const columns = state.columns;
  if (row.cells.length === 0 || columns.text === undefined) return true;
  if (state.rowNumber >= state.opts.maxRows) {
    state.warnings.push({
      code: 'DATASET_TOO_LARGE',
      file: state.source,
      line: row.line,
      message: `has more than ${state.opts.maxRows.toLocaleString('en')} rows: the first ${state.rowNumber.toLocaleString('en')} are read, the rest (from line ${row.line}) are skipped; split the file to load them all`,
    });
    return false;
  }
  state.rowNumber++;
  const cell = (field: DatasetField): string | undefined => cellText(columns, row, field);
  const text = rowText(state, row, columns.text, cell, badRow);
  if (text === undefined) return true;
  const claimed = claimRow(state, row, text, cell);
  if (!claimed) return true;
  const article = newArticle(state, row, text, claimed, cell);
  addDate(state, row, article, cell);
  const author = oneLine(decodeRefs(cell('author') ?? ''));
  if (author) article.author = author;
  addUrl(state, row, article, cell);
  const outlet = cell('outlet');
  const named = outlet ? outletName(decodeRefs(outlet)) : undefined;
  if (named) article.outlet = named;
  // a language tag overrides detection; anything else in the column leaves the language to be detected
  const language = languageCode(cell('language'));
  if (language) article.language = language;
  if (state.opts.onArticle) state.opts.onArticle(article);
  else state.articles.push(article);
  return true;
}

/** The cell of a field in a row, as text (a number or a boolean as written); undefined when absent or not text. */
function cellText(columns: Partial<Record<DatasetField, number>>, row: Row, field: DatasetField): string | undefined {
  const at = columns[field];
  const value = at === undefined ? undefined : row.cells[at];
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;
}

/** The row's text as paragraphs; undefined (with a bad row) when it is not text or empty. Warns once if not UTF-8. */
function rowText(
  state: DatasetRead,
  row: Row,
  textColumn: number,
  cell: (field: DatasetField) => string | undefined,
  badRow: (line: number, message: string) => void,
): string | undefined {
  const { rowNumber } = state;
  const raw = cell('text');
  if (raw === undefined && row.cells[textColumn] !== undefined && row.cells[textColumn] !== null) {
    badRow(
      row.line,
      `row ${rowNumber}: the text is not text (${Array.isArray(row.cells[textColumn]) ? 'a list' : typeof row.cells[textColumn]}); skipped`,
    );
    return undefined;
  }
  if (!state.notUtf8 && raw?.includes('\uFFFD')) {
    state.notUtf8 = true;
    state.warnings.push({
      code: 'NOT_UTF8',
      file: state.source,
      line: row.line,
      message: `row ${rowNumber}: bytes that are not UTF-8 are shown as "\uFFFD"; save the file as UTF-8`,
    });
  }
  const text = paragraphise(raw ?? '');
  if (!text) {
    badRow(row.line, `row ${rowNumber} has no text; skipped`);
    return undefined;
  }
  return text;
}

/** The row's key and stable id (its id column, or a hash of its text); undefined (with a warning) for a duplicate. */
function claimRow(
  state: DatasetRead,
  row: Row,
  text: string,
  cell: (field: DatasetField) => string | undefined,
): { key: string; stable: string } | undefined {
  const { rowNumber } = state;
  const id = oneLine(cell('id'), 200);
  const key = id ? `id-${id}` : `row-${rowNumber}`;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  const stable = id ?? hash;
  if (state.seen.has(stable)) {
    hold(state, {
      code: 'DUPLICATE_ROW',
      file: state.source,
      line: row.line,
      message: id
        ? `row ${rowNumber}: the id "${id}" is used by an earlier row; skipped`
        : `row ${rowNumber} has the same text as an earlier row; skipped`,
    });
    return undefined;
  }
  state.seen.add(stable);
  return { key, stable };
}

/** The row's article: source, format, title, text and slug. */
function newArticle(
  state: DatasetRead,
  row: Row,
  text: string,
  { key, stable }: { key: string; stable: string },
  cell: (field: DatasetField) => string | undefined,
): ArticleDraft {
  const { source, ext } = state;
  return {
    source: `${source}#${key}`,
    format: ext === '.jsonl' || ext === '.ndjson' ? 'jsonl' : ext === '.tsv' ? 'tsv' : 'csv',
    title: oneLine(decodeRefs(cell('title') ?? '')) ?? `${titleFromFileName(source)}, row ${state.rowNumber}`,
    text,
    prose: maskHtml(text),
    bodyLine: row.line,
    slugName: `${state.base}/${stable.replace(/[/\\]/g, '-')}`,
  };
}

/** The row's date onto the article (any common format), or a warning when it is not a date or not a plausible one. */
function addDate(
  state: DatasetRead,
  row: Row,
  article: ArticleDraft,
  cell: (field: DatasetField) => string | undefined,
): void {
  const date = cell('date');
  if (date?.trim()) {
    const iso = parseDate(date);
    if (iso && isPlausibleDate(iso)) article.date = iso;
    else if (iso)
      hold(state, {
        code: 'DATE_IMPLAUSIBLE',
        file: state.source,
        line: row.line,
        message: `row ${state.rowNumber}: ${implausibleMessage(date, iso)}; the row is undated`,
      });
    else
      hold(state, {
        code: 'BAD_DATE',
        file: state.source,
        line: row.line,
        message: `row ${state.rowNumber}: date ${JSON.stringify(date.slice(0, 40))} is not a date (use YYYY-MM-DD); ignored`,
      });
  }
}

/** The row's URL onto the article (or an outlet's name given as the URL), or a warning when it is neither. */
function addUrl(
  state: DatasetRead,
  row: Row,
  article: ArticleDraft,
  cell: (field: DatasetField) => string | undefined,
): void {
  const url = cell('url');
  if (url?.trim()) {
    const safe = safeUrl(url);
    if (safe) article.sourceUrl = safe;
    else if (!looksLikeUrl(url) && outletName(url)) article.outlet = outletName(url)!;
    else
      hold(state, {
        code: 'BAD_SOURCE',
        file: state.source,
        line: row.line,
        message: `row ${state.rowNumber}: the URL is not an http(s) URL; ignored`,
      });
  }
}

/** The file's closing warnings: no text column, no rows, then the held-back ones (at most maxWarnings, then a count). */
function reportDatasetEnd(state: DatasetRead): void {
  const { columns, source, warnings, fileWarnings, moreWarnings } = state;
  if (columns && columns.text === undefined) {
    warnings.push({
      code: 'NO_TEXT_COLUMN',
      file: source,
      line: 1,
      message: `no column holds the articles' text (looked for ${COLUMN_NAMES.text.slice(0, 4).join(', ')}…); name it in ${path.posix.basename(source)}.yaml (text: COLUMN); skipped`,
    });
  }
  if (!columns && state.rowNumber === 0 && !fileWarnings.length)
    warnings.push({ code: 'EMPTY', file: source, message: 'the dataset has no rows; skipped' });
  warnings.push(...fileWarnings);
  if (moreWarnings > 0) {
    warnings.push({ code: 'BAD_ROW', file: source, message: `and ${moreWarnings} more problem(s) in this file` });
  }
}

/** Lines between two remembered byte offsets: restarting at a line reads at most this many lines to find it. */
const MARK_EVERY = 256;

/** The byte offset where every MARK_EVERY-th line of a file starts (line 1, 257, 513…), noted as the file is read. */
class LineMarks {
  readonly offsets: number[] = [0];

  /** Note that `line` starts at byte `offset` (kept when it is a marked line not yet known). */
  note(line: number, offset: number): void {
    if ((line - 1) % MARK_EVERY === 0 && (line - 1) / MARK_EVERY === this.offsets.length) this.offsets.push(offset);
  }

  /** The nearest known marked line at or before `line`, and where it starts. */
  before(line: number): { line: number; offset: number } {
    const k = Math.min(Math.floor((line - 1) / MARK_EVERY), this.offsets.length - 1);
    return { line: k * MARK_EVERY + 1, offset: this.offsets[k]! };
  }
}

/**
 * The bytes of a file from its line `from` on, given a stream that starts at line `at.line`; marks lines as it goes.
 * A line ends at "\n", "\r\n" or a lone "\r" (old Mac files), as csv-parse counts lines.
 */
function fromLine(from: number, at: { line: number; offset: number }, marks: LineMarks): Transform {
  let line = at.line;
  let byte = at.offset;
  /** The last chunk ended with "\r": whether it ends a line depends on this chunk's first byte. */
  let carriage = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let keep = line >= from ? 0 : -1;
      /** A line ends just before byte `next` of this chunk. */
      const end = (next: number) => {
        line++;
        marks.note(line, byte + next);
        if (line === from) keep = next;
      };
      if (carriage && chunk[0] !== 10) end(0);
      carriage = false;
      let n = chunk.indexOf(10);
      let r = chunk.indexOf(13);
      while (n !== -1 || r !== -1) {
        if (r !== -1 && (n === -1 || r < n)) {
          if (r + 1 === chunk.length) carriage = true;
          else if (chunk[r + 1] !== 10) end(r + 1);
          r = chunk.indexOf(13, r + 1);
        } else {
          end(n + 1);
          n = chunk.indexOf(10, n + 1);
        }
      }
      byte += chunk.length;
      done(null, keep === -1 ? undefined : keep === 0 ? chunk : chunk.subarray(keep));
    },
  });
}

/** What went wrong in a CSV record csv-parse skipped, in words, for the row from line `line` to line `end`. */
function brokenRow(error: Error & { code?: string }, line: number, end: number, maxRecord: number): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED' || (error.code === 'CSV_INVALID_CLOSING_QUOTE' && end > line))
    return `a quote opened in the row on line ${line} is never closed`;
  switch (error.code) {
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `a quoted field in the row on line ${line} has text after its closing quote (write a quote inside quotes as "")`;
    case 'INVALID_OPENING_QUOTE':
      return `a quote in the middle of a field that is not quoted, in the row on line ${line} (quote the field, and write the quote as "")`;
    case 'CSV_MAX_RECORD_SIZE':
      return `the row on line ${line} is longer than ${maxRecord} characters (a quote never closed?)`;
    default:
      return `the row on line ${line}: ${error.message.split('\n')[0]!.replace(/ at line \d+/, '')}`;
  }
}

/** A record csv-parse gave up on, put in the stream of records in its place (so the records before it are all taken). */
interface Broken {
  broken: Error & { code?: string; lines?: number };
}

/**
 * CSV or TSV, with a header row, streamed through csv-parse. A broken record (a quote never closed swallows every
 * line after it into one field) is one BAD_ROW naming its first line, and reading starts again on the next line,
 * so only that row is lost; a quoted field over several lines that does close is a cell with line breaks.
 */
async function readDelimited(
  file: string,
  delimiter: string,
  opts: Options,
  take: (row: Row, header: readonly string[]) => boolean,
  badRow: (line: number, message: string) => void,
): Promise<void> {
  const marks = new LineMarks();
  const part: DelimitedPart = { header: undefined, from: 1, broken: 0, done: false };
  while (!part.done) await readDelimitedPart(file, delimiter, opts, marks, part, take, badRow);
  if (part.header) take({ cells: [], line: part.from }, part.header); // detects the columns of a file that has only a header
}

/** Where reading a CSV stands: the header once read, the line to read from, the broken rows so far, whether it is over. */
interface DelimitedPart {
  header: string[] | undefined;
  from: number;
  broken: number;
  done: boolean;
}

/** The file from line `part.from` to its end, or to a broken record (then `part.from` is the line after its start). */
async function readDelimitedPart(
  file: string,
  delimiter: string,
  opts: Options,
  marks: LineMarks,
  part: DelimitedPart,
  take: (row: Row, header: readonly string[]) => boolean,
  badRow: (line: number, message: string) => void,
): Promise<void> {
  const at = marks.before(part.from);
  const first = part.from;
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: delimiter === '\t',
    skip_records_with_error: true,
    skip_empty_lines: false,
    max_record_size: opts.maxRecord,
    info: true,
    quote: delimiter === '\t' ? false : '"',
  });
  // in order with the records: every record before the broken one is taken before reading starts again
  parser.on('skip', (error: Error) => parser.push({ broken: error } satisfies Broken));
  const stop = new AbortController();
  let nextLine = first;
  let tooBroken: Error | undefined;
  const consume = async (records: AsyncIterable<{ record: string[]; info: { lines: number } } | Broken>) => {
    for await (const item of records) {
      if ('broken' in item) {
        if (++part.broken > opts.maxBrokenRows) {
          tooBroken = new Error(`more than ${opts.maxBrokenRows} broken rows (line ${nextLine})`);
          part.done = true;
          stop.abort();
          return;
        }
        const end = first - 1 + (item.broken.lines ?? 0);
        badRow(nextLine, `${brokenRow(item.broken, nextLine, end, opts.maxRecord)}; skipped`);
        part.from = nextLine + 1;
        stop.abort();
        return;
      }
      const line = nextLine;
      nextLine = first + item.info.lines;
      if (item.record.length === 1 && item.record[0] === '') continue;
      if (!part.header) {
        part.header = item.record.map((c) => c.trim());
        continue;
      }
      if (!take({ cells: item.record, line }, part.header)) {
        part.done = true;
        stop.abort();
        return;
      }
    }
    part.from = nextLine;
    part.done = true;
  };
  // pipeline: an error of any stream (the file gone, a folder, not permitted) rejects here, never an unhandled 'error'
  await pipeline(createReadStream(file, { start: at.offset }), fromLine(first, at, marks), parser, consume, {
    signal: stop.signal,
  }).catch((error: unknown) => {
    if (!stop.signal.aborted) throw error;
  });
  if (tooBroken) throw tooBroken;
}

/** JSON Lines: one object per line; the columns are the keys of the first sampleRows objects (all of them, merged). */
async function readJsonLines(
  file: string,
  opts: Options,
  take: (row: Row, header: readonly string[]) => boolean,
  badRow: (line: number, message: string) => void,
): Promise<void> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  const header: string[] = [];
  let sample: { obj: Record<string, unknown>; line: number }[] | undefined = [];
  const takeObject = (obj: Record<string, unknown>, at: number) =>
    take({ cells: header.map((k) => obj[k]), line: at }, header);
  /** The sample's rows, once its keys are all known; false when the row cap is reached. */
  const takeSample = (): boolean => {
    const rows = sample ?? [];
    sample = undefined;
    return rows.every((r) => takeObject(r.obj, r.line));
  };
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (!text.trim()) continue;
      if (text.length > opts.maxRecord) {
        badRow(line, `line ${line} is longer than ${opts.maxRecord} characters; skipped`);
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        badRow(line, `line ${line} is not valid JSON (${(error as Error).message.slice(0, 80)}); skipped`);
        continue;
      }
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        badRow(line, `line ${line} is not a JSON object; skipped`);
        continue;
      }
      const obj = value as Record<string, unknown>;
      if (!sample) {
        if (!takeObject(obj, line)) return;
        continue;
      }
      for (const key of Object.keys(obj)) if (!header.includes(key) && header.length < 1000) header.push(key);
      sample.push({ obj, line });
      if (sample.length >= opts.sampleRows && !takeSample()) return;
    }
    if (sample?.length) takeSample();
  } finally {
    lines.close();
    input.destroy();
  }
}
