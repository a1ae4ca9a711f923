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
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Options {
  maxPages: number;
  maxBytes: number;
}

export const defaultOptions: Options = { maxPages: 2_000, maxBytes: 200 * 2 ** 20 };

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

const STANDARD_FONTS = `${path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

/** Read a PDF's text layer as one article; a warning (and no article) when it is too large, unreadable or scanned. */
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
  let script = buffer.includes('/JavaScript') || /\/JS\s*[(<[]/.test(buffer.toString('latin1'));
  const doc = await openPdf(buffer, source, warnings);
  if (!doc) return [];
  try {
    // scripts inside compressed object streams escape the byte scan: ask pdf.js too (it lists them, never runs them)
    const actions = (await doc.getJSActions().catch(() => null)) as Record<string, unknown> | null;
    script ||= !!actions && Object.keys(actions).length > 0;
    if (script)
      warnings.push({
        code: 'PDF_SCRIPT',
        file: source,
        message: 'contains JavaScript, which Dossier never runs; only its text is read',
      });
    const pages = await readPages(doc, source, warnings, opts.maxPages);
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
  } finally {
    await doc.destroy();
  }
}

/** The PDF opened with pdf.js (nothing run, nothing rendered); undefined (with a warning) when it is encrypted or broken. */
async function openPdf(buffer: Buffer, source: string, warnings: Warning[]): Promise<PDFDocumentProxy | undefined> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
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
        message: `not a PDF that can be read (${(error as Error).message.split('\n')[0]!.slice(0, 120)}); skipped`,
      });
    return undefined;
  }
}

/** The lines of each page, up to `maxPages` (a warning says when there are more). */
async function readPages(
  doc: PDFDocumentProxy,
  source: string,
  warnings: Warning[],
  maxPages: number,
): Promise<Line[][]> {
  const pages: Line[][] = [];
  for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(linesOf(content.items.filter((i) => 'str' in i) as TextItem[]));
    page.cleanup();
  }
  if (doc.numPages > maxPages)
    warnings.push({
      code: 'LARGE_ARTICLE',
      file: source,
      message: `has ${doc.numPages} pages: only the first ${maxPages} are read`,
    });
  return pages;
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
