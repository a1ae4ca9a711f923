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

export interface Options {
  /** A record (row or line) longer than this many characters is a bad row (a runaway quote cannot eat the file). */
  maxRecord: number;
  /** At most this many warnings per file; the rest are counted in one last warning. */
  maxWarnings: number;
  /** Called with each article as it is read, instead of collecting them (benches, and callers that stream). */
  onArticle: ((article: ArticleDraft) => void) | undefined;
}

export const defaultOptions: Options = { maxRecord: 20_000_000, maxWarnings: 20, onArticle: undefined };

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
  const map = await readDatasetMap(file, source);
  const state: DatasetRead = {
    source,
    ext,
    map,
    opts,
    warnings,
    articles: [],
    fileWarnings: [],
    seen: new Set<string>(),
    base: source.replace(/\.[^./]+$/, ''),
    columns: undefined,
    rowNumber: 0,
    notUtf8: false,
  };
  const badRow = (line: number, message: string) =>
    state.fileWarnings.push({ code: 'BAD_ROW', file: source, line, message });

  const take = (row: Row, header: readonly string[]) => takeRow(state, row, header, badRow);

  try {
    if (ext === '.jsonl' || ext === '.ndjson') await readJsonLines(file, opts, take, badRow);
    else await readDelimited(file, ext === '.tsv' ? '\t' : ',', opts, take, badRow);
  } catch (error) {
    state.fileWarnings.push({
      code: 'BAD_DATASET',
      file: source,
      message: `stopped reading after row ${state.rowNumber}: ${(error as Error).message.split('\n')[0]}; the rows before it are kept`,
    });
  }
  reportDatasetEnd(state);
  return state.articles;
}

/** One row: its text checked, its id claimed, its article built with the other fields, then handed on. */
function takeRow(
  state: DatasetRead,
  row: Row,
  header: readonly string[],
  badRow: (line: number, message: string) => void,
): void {
  state.columns ??= detectColumns(header, state.map, state.source, state.warnings);
  const columns = state.columns;
  if (row.cells.length === 0 || columns.text === undefined) return;
  state.rowNumber++;
  const cell = (field: DatasetField): string | undefined => cellText(columns, row, field);
  const text = rowText(state, row, columns.text, cell, badRow);
  if (text === undefined) return;
  const claimed = claimRow(state, row, text, cell);
  if (!claimed) return;
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
    state.fileWarnings.push({
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
      state.fileWarnings.push({
        code: 'DATE_IMPLAUSIBLE',
        file: state.source,
        line: row.line,
        message: `row ${state.rowNumber}: ${implausibleMessage(date, iso)}; the row is undated`,
      });
    else
      state.fileWarnings.push({
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
      state.fileWarnings.push({
        code: 'BAD_SOURCE',
        file: state.source,
        line: row.line,
        message: `row ${state.rowNumber}: the URL is not an http(s) URL; ignored`,
      });
  }
}

/** The file's closing warnings: no text column, no rows, then the held-back ones (at most maxWarnings, then a count). */
function reportDatasetEnd(state: DatasetRead): void {
  const { columns, source, warnings, fileWarnings, opts } = state;
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
  warnings.push(...fileWarnings.slice(0, opts.maxWarnings));
  if (fileWarnings.length > opts.maxWarnings) {
    warnings.push({
      code: 'BAD_ROW',
      file: source,
      message: `and ${fileWarnings.length - opts.maxWarnings} more problem(s) in this file`,
    });
  }
}

/** CSV or TSV, with a header row, streamed through csv-parse. */
async function readDelimited(
  file: string,
  delimiter: string,
  opts: Options,
  take: (row: Row, header: readonly string[]) => void,
  badRow: (line: number, message: string) => void,
): Promise<void> {
  const parser = createReadStream(file).pipe(
    parse({
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: delimiter === '\t',
      skip_records_with_error: true,
      skip_empty_lines: false,
      max_record_size: opts.maxRecord,
      info: true,
      quote: delimiter === '\t' ? false : '"',
    }),
  );
  let header: string[] | undefined;
  let nextLine = 1;
  parser.on('skip', (error: Error & { lines?: number }) => {
    // the record starts where the previous one ended; csv-parse counts the line where it gave up
    const message = /Quote Not Closed/i.test(error.message)
      ? `a quote opened in the row on line ${nextLine} is never closed`
      : error.message.split('\n')[0];
    badRow(nextLine, `${message}; skipped`);
    if (error.lines) nextLine = error.lines + 1;
  });
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const line = nextLine;
    nextLine = info.lines + 1;
    if (record.length === 1 && record[0] === '') continue;
    if (!header) {
      header = record.map((c) => c.trim());
      continue;
    }
    take({ cells: record, line }, header);
  }
  if (header) take({ cells: [], line: nextLine }, header); // detects the columns of a file that has only a header
}

/** JSON Lines: one object per line, its keys the columns. */
async function readJsonLines(
  file: string,
  opts: Options,
  take: (row: Row, header: readonly string[]) => void,
  badRow: (line: number, message: string) => void,
): Promise<void> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  let header: string[] | undefined;
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
    // the first object's keys, plus any new key seen later, are the columns
    header ??= [];
    for (const key of Object.keys(obj)) if (!header.includes(key) && header.length < 1000) header.push(key);
    take({ cells: header.map((k) => obj[k]), line }, header);
  }
}
