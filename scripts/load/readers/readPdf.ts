/**
 * A PDF → an article, with pdfjs-dist (legacy build, for Node; eval and XFA off, nothing rendered, no script run):
 * the text layer put back into lines and paragraphs, hyphenated line breaks joined, repeated headers and footers
 * and page numbers dropped. A PDF with no text layer (scanned) or encrypted is a warning.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Warning } from '../../core/types/common.ts';
import { decodeRefs } from '../text/cleanTitle.ts';
import { oneLine, titleFromFileName } from '../text/fields.ts';
import type { ArticleDraft } from './draft.ts';
import { maskHtml } from '../text/maskMarkup.ts';
import { joinParagraphs } from '../text/toText.ts';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { findPdfScripts, type ScriptHolders } from './findPdfScripts.ts';
import { findDamagedPages } from './findDamagedPages.ts';

export interface Options {
  maxPages: number;
  maxBytes: number;
  /** Time for reading one document's pages; past it, the pages read so far are kept (a BAD_PDF warning). */
  maxMillis: number;
}

export const defaultOptions: Options = { maxPages: 2_000, maxBytes: 200 * 2 ** 20, maxMillis: 60_000 };

/** One line of text on a page, top to bottom. */
export interface Line {
  text: string;
  /** Baseline, from the bottom of the page. */
  y: number;
  size: number;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** What pdf.js throws for a damaged file (errors from its worker arrive under these names); anything else is ours. */
const PDF_ERRORS = new Set([
  'InvalidPDFException',
  'UnknownErrorException',
  'FormatError',
  'MissingPDFException',
  'ResponseException',
  'UnexpectedResponseException',
  'AbortException',
]);
const isPdfError = (error: unknown): error is Error => error instanceof Error && PDF_ERRORS.has(error.name);
const firstLine = (error: Error) => error.message.split('\n')[0]!.slice(0, 120);

class TimeUp extends Error {}

const STANDARD_FONTS = `${path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

/**
 * Read a PDF's text layer as one article; a warning (and no article) when it is too large, unreadable or scanned.
 * A damaged structure (a looping page tree, a page that cannot be read) is a BAD_PDF warning, the readable pages
 * kept; JavaScript anywhere (document, page, annotation or form field actions) is a PDF_SCRIPT warning saying where.
 */
export async function readPdf(
  file: string,
  source: string,
  warnings: Warning[],
  options: Partial<Options> = {},
): Promise<ArticleDraft[]> {
  const opts = { ...defaultOptions, ...options };
  const buffer = await readFile(file);
  if (buffer.length > opts.maxBytes) {
    warnings.push({
      code: 'FILE_TOO_LARGE',
      file: source,
      message: `is larger than ${opts.maxBytes / 2 ** 20} MB; skipped`,
    });
    return [];
  }
  const doc = await openPdf(buffer, source, warnings);
  if (!doc) return [];
  try {
    const holders = findPdfScripts(buffer);
    const { pages, places, failed } = await readPages(doc, source, warnings, opts, holders, findDamagedPages(buffer));
    places.unshift(...(await documentScripts(doc, holders)));
    if (places.length || holders.any) warnings.push(scriptWarning(source, places));
    if (!pages.some((p) => p.length) && failed) return [];
    const text = joinParagraphs(paragraphsOfPages(pages));
    if (!text) {
      warnings.push({
        code: 'NO_TEXT_LAYER',
        file: source,
        message: 'has no text layer (a scanned PDF?): OCR is not supported, so it is skipped',
      });
      return [];
    }
    return [await pdfArticle(doc, source, text)];
  } catch (error) {
    if (!isPdfError(error)) throw error;
    warnings.push({ code: 'BAD_PDF', file: source, message: `is damaged (${firstLine(error)}); skipped` });
    return [];
  } finally {
    await doc.destroy();
  }
}

/** The PDF opened with pdf.js (nothing run, nothing rendered); undefined (with a warning) when it is encrypted or broken. */
async function openPdf(buffer: Buffer, source: string, warnings: Warning[]): Promise<PDFDocumentProxy | undefined> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // no scripting option here: pdf.js only runs scripts in its viewer's sandbox, which Dossier never loads
  const task = pdfjs.getDocument({
    data: new Uint8Array(buffer),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: STANDARD_FONTS,
    verbosity: 0,
    stopAtErrors: false,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    const name = (error as Error).name;
    if (name === 'PasswordException')
      warnings.push({
        code: 'PDF_ENCRYPTED',
        file: source,
        message: 'is encrypted (it needs a password); skipped: save a copy without the password',
      });
    else
      warnings.push({
        code: 'BAD_PDF',
        file: source,
        message: `not a PDF that can be read (${firstLine(error as Error)}); skipped`,
      });
    return undefined;
  }
}

/** A promise, or a TimeUp rejection at `deadline`. */
async function within<T>(promise: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeUp()), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([promise, timeUp]);
  } finally {
    clearTimeout(timer);
  }
}

interface Pages {
  /** The lines of each page read. */
  pages: Line[][];
  /** Where scripts are, as "a link annotation on page 2". */
  places: string[];
  /** Whether a page could not be read. */
  failed: boolean;
}

/**
 * The lines of each page, up to `maxPages` (a warning says when there are more), and the scripts on each page. A page
 * that cannot be read, or running out of time, is one BAD_PDF warning; the other pages are kept. So is a page whose
 * content stream is corrupt (`damaged`, by the page's object): pdf.js keeps the text before the damage, silently.
 */
async function readPages(
  doc: PDFDocumentProxy,
  source: string,
  warnings: Warning[],
  opts: Options,
  holders: ScriptHolders,
  damaged: ReadonlyMap<string, string>,
): Promise<Pages> {
  const deadline = Date.now() + opts.maxMillis;
  const pages: Line[][] = [];
  const places: string[] = [];
  const failed: [page: number, reason: string][] = [];
  const partial: [page: number, reason: string][] = [];
  let timeUp = false;
  for (let n = 1; n <= Math.min(doc.numPages, opts.maxPages); n++) {
    if (Date.now() >= deadline) {
      timeUp = true;
      break;
    }
    try {
      const page = await within(doc.getPage(n), deadline);
      const content = await within(page.getTextContent(), deadline);
      pages.push(linesOf(content.items.filter((i) => 'str' in i) as TextItem[]));
      const corrupt = page.ref ? damaged.get(`${page.ref.num}R${page.ref.gen || ''}`) : undefined;
      if (corrupt) partial.push([n, corrupt]);
      places.push(...(await within(pageScripts(page, n, holders), deadline)));
      page.cleanup();
    } catch (error) {
      if (error instanceof TimeUp) {
        timeUp = true;
        break;
      }
      if (!isPdfError(error)) throw error;
      failed.push([n, firstLine(error)]);
    }
  }
  if (failed.length) {
    const numbers = failed.map(([n]) => n);
    const shown =
      numbers.length > 5
        ? `${numbers.slice(0, 5).join(', ')} and ${numbers.length - 5} more`
        : list(numbers.map(String));
    warnings.push({
      code: 'BAD_PDF',
      file: source,
      message: `is damaged: page${numbers.length > 1 ? 's' : ''} ${shown} cannot be read (${failed[0]![1]}); ${pages.length ? 'the text of the other pages is kept' : 'skipped'}`,
    });
  }
  if (partial.length) {
    const numbers = partial.map(([n]) => String(n));
    const shown =
      numbers.length > 5 ? `${numbers.slice(0, 5).join(', ')} and ${numbers.length - 5} more` : list(numbers);
    warnings.push({
      code: 'BAD_PDF',
      file: source,
      message: `is damaged: the text of page${numbers.length > 1 ? 's' : ''} ${shown} is lost where ${numbers.length > 1 ? 'their content streams are' : 'its content stream is'} corrupt (${partial[0]![1]}); the text of the other pages is kept`,
    });
  }
  if (timeUp)
    warnings.push({
      code: 'BAD_PDF',
      file: source,
      message: `took more than ${opts.maxMillis / 1000} s to read (a damaged file?): only the first ${pages.length} pages are kept`,
    });
  if (doc.numPages > opts.maxPages)
    warnings.push({
      code: 'LARGE_ARTICLE',
      file: source,
      message: `has ${doc.numPages} pages: only the first ${opts.maxPages} are read`,
    });
  return { pages, places, failed: failed.length > 0 || timeUp };
}

const ANNOTATION_KIND: Record<number, string> = { 2: 'a link annotation', 20: 'a form field' };

/** Where page `n` has scripts: its open or close action (pdf.js), annotations with actions (pdf.js and the bytes). */
async function pageScripts(page: PDFPageProxy, n: number, holders: ScriptHolders): Promise<string[]> {
  const places: string[] = [];
  const actions = (await page.getJSActions().catch(() => null)) as Record<string, unknown> | null;
  for (const key of Object.keys(actions ?? {}))
    places.push(
      key === 'PageOpen'
        ? `page ${n}'s open action`
        : key === 'PageClose'
          ? `page ${n}'s close action`
          : `page ${n}'s actions`,
    );
  if (!places.length && page.ref && holders.pages.has(`${page.ref.num}R${page.ref.gen || ''}`))
    places.push(`page ${n}'s actions`);
  const annotations = (await page.getAnnotations().catch(() => [])) as {
    id?: string;
    annotationType?: number;
    actions?: Record<string, unknown> | null;
    unsafeUrl?: string;
  }[];
  for (const a of annotations) {
    const scripted =
      Object.keys(a.actions ?? {}).length > 0 ||
      (a.id !== undefined && (holders.annotations.has(a.id) || holders.fields.has(a.id))) ||
      /^\s*javascript:/i.test(a.unsafeUrl ?? '');
    if (scripted) places.push(`${ANNOTATION_KIND[a.annotationType ?? 0] ?? 'an annotation'} on page ${n}`);
  }
  return places;
}

const DOCUMENT_EVENTS = new Set(['WillClose', 'WillSave', 'DidSave', 'WillPrint', 'DidPrint']);

/** Where the document has scripts: its open action, its close, save or print actions, named scripts (pdf.js). */
async function documentScripts(doc: PDFDocumentProxy, holders: ScriptHolders): Promise<string[]> {
  const actions = (await doc.getJSActions().catch(() => null)) as Record<string, unknown> | null;
  const places: string[] = Object.keys(actions ?? {}).map((key) =>
    key === 'OpenAction'
      ? "the document's open action"
      : DOCUMENT_EVENTS.has(key)
        ? "the document's close, save or print actions"
        : 'a document-level script',
  );
  if (!places.length && holders.document) places.push('a document-level script');
  if (holders.fields.size) places.push('a form field');
  return places;
}

/** "a, b and c". */
const list = (items: readonly string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? '');

/** One PDF_SCRIPT warning naming where the scripts are (the first five places), or that there are some. */
function scriptWarning(source: string, places: readonly string[]): Warning {
  if (!places.length)
    return {
      code: 'PDF_SCRIPT',
      file: source,
      message: 'contains JavaScript (not traced to a page), which Dossier never runs: only the text is read',
    };
  const unique = [...new Set(places)];
  const shown = unique.length > 5 ? [...unique.slice(0, 5), `${unique.length - 5} more`] : unique;
  return {
    code: 'PDF_SCRIPT',
    file: source,
    message: `${list(shown)} run${unique.length > 1 ? '' : 's'} JavaScript, which Dossier never runs: only the text is read`,
  };
}

/** The article of a PDF's text, titled and credited from its metadata when it has them. */
async function pdfArticle(doc: PDFDocumentProxy, source: string, text: string): Promise<ArticleDraft> {
  const { info } = (await doc.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
  const article: ArticleDraft = {
    source,
    format: 'pdf',
    title: oneLine(typeof info.Title === 'string' ? decodeRefs(info.Title) : undefined) ?? titleFromFileName(source),
    text,
    prose: maskHtml(text),
    bodyLine: 1,
  };
  const author = oneLine(typeof info.Author === 'string' ? decodeRefs(info.Author) : undefined);
  if (author) article.author = author;
  return article;
}

/** The text items of one page as lines: items on the same baseline are one line. */
export function linesOf(items: readonly TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: (Line & { end: number }) | undefined;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? 0) || item.height || 10;
    if (item.str) {
      if (current && Math.abs(current.y - y) <= current.size * 0.5) {
        const gap = x - current.end;
        const space = gap > size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str);
        current.text += (space ? ' ' : '') + item.str;
        current.end = x + item.width;
      } else {
        if (current) lines.push(current);
        current = { text: item.str, y, size, end: x + item.width };
      }
    }
    if (item.hasEOL && current) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines.map(({ text, y, size }) => ({ text: text.replace(/\s+/g, ' ').trim(), y, size })).filter((l) => l.text);
}

const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** A running line is the same text (numbers aside) at the same height on the page. */
const keyOf = (line: Line) =>
  `${Math.round(line.y)}:${line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}`;

/** Lines at the top or bottom of a page that are a page number, or repeat at the top or bottom of most pages. */
export function dropRunningLines(pages: readonly Line[][]): Line[][] {
  const edges = (lines: readonly Line[]) => [...lines.slice(0, 2), ...lines.slice(-2)];
  const count = new Map<string, number>();
  for (const lines of pages)
    for (const key of new Set(edges(lines).map(keyOf))) count.set(key, (count.get(key) ?? 0) + 1);
  const repeated = (line: Line) => pages.length >= 2 && (count.get(keyOf(line)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines) => {
    const edge = new Set(edges(lines));
    return lines.filter((l) => !(edge.has(l) && (PAGE_NUMBER.test(l.text) || repeated(l))));
  });
}

/**
 * Paragraphs: a break where the space between two lines is clearly more than the usual line spacing. Across a page
 * break, the paragraph goes on unless the last line ended a sentence and was short (a paragraph's last line).
 */
export function paragraphsOfPages(pages: readonly Line[][]): string[] {
  const paragraphs: string[][] = [];
  let open: string[] | undefined;
  let lastWasShort = true;
  for (const lines of dropRunningLines(pages)) {
    const gaps = lines
      .slice(1)
      .map((l, i) => lines[i]!.y - l.y)
      .filter((g) => g > 0)
      .sort((a, b) => a - b);
    const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
    lines.forEach((line, i) => {
      const gap = i === 0 ? 0 : lines[i - 1]!.y - line.y;
      const newParagraph =
        i === 0
          ? !open || (/[.!?:;"”’)]$/.test(open[open.length - 1]!) && lastWasShort)
          : gap <= 0 || gap > Math.max(usual * 1.4, line.size * 1.6);
      if (newParagraph || !open) {
        open = [];
        paragraphs.push(open);
      }
      open.push(line.text);
    });
    const longest = Math.max(0, ...lines.map((l) => l.text.length));
    if (lines.length) lastWasShort = lines[lines.length - 1]!.text.length < longest * 0.85;
  }
  return paragraphs.map(joinLines);
}

/** Lines of one paragraph as one: "inter-" + "national" → "international"; otherwise a space. */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (!text) text = line;
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
    else text += ` ${line}`;
  }
  return text;
}
