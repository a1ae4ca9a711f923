/**
 * Plain text from any format: paragraphs with their white space collapsed, joined by one blank line ("\n\n"),
 * which is how articles are rendered (one <p> per paragraph) and what kb.json offsets index.
 */

/** Paragraphs → the article's text: each one on one line, a blank line between them, empty ones dropped. */
export function joinParagraphs(paragraphs: Iterable<string>): string {
  const kept: string[] = [];
  for (const p of paragraphs) {
    const line = p.replace(/[\s\u00a0]+/g, ' ').trim();
    if (line) kept.push(line);
  }
  return kept.join('\n\n');
}

export interface Options {
  /** A text with no line breaks that is longer than this is cut into paragraphs at sentence ends. */
  longParagraph: number;
  /** Paragraphs made from sentences are at least about this long. */
  paragraphLength: number;
}

export const defaultOptions: Options = { longParagraph: 800, paragraphLength: 400 };

/**
 * A text as found in a dataset cell: blank lines separate paragraphs; without them, every line is a paragraph;
 * a single long line is cut into paragraphs of a few sentences, at sentence ends only, never inside a quotation.
 */
export function paragraphise(raw: string, options: Partial<Options> = {}): string {
  const opts = { ...defaultOptions, ...options };
  const text = raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  if (/\n[ \t]*\n/.test(text)) return joinParagraphs(text.split(/\n[ \t]*\n/));
  if (text.trim().includes('\n')) return joinParagraphs(text.split('\n'));
  const line = joinParagraphs([text]);
  return line.length > opts.longParagraph ? joinParagraphs(splitAtSentences(line, opts.paragraphLength)) : line;
}

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);

/**
 * One line cut into paragraphs of at least `length` characters, after a sentence end (". ", "? ", "! ", a closing
 * quote after one) that is followed by a capital or a digit, and only where no quotation is open.
 */
export function splitAtSentences(line: string, length: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let depth = 0; // curly/guillemet quotations open
  let straight = false; // a straight double quote open
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (OPENING.has(c)) depth++;
    else if (CLOSING.has(c)) depth = Math.max(0, depth - 1);
    else if (c === '"') straight = !straight;
    if (c !== ' ' || depth > 0 || straight || i - start < length) continue;
    const before = line.slice(Math.max(start, i - 4), i);
    const after = line[i + 1] ?? '';
    if (!/[.!?]["”’»)]?$/.test(before) || !/[\p{Lu}\p{N}"“«]/u.test(after)) continue;
    // not after an initial or a common abbreviation ("J. Smith", "Mr. Smith", "U.S. officials")
    const word = line.slice(Math.max(start, line.lastIndexOf(' ', i - 1) + 1), i);
    if (
      /^(?:\p{Lu}\.|(?:\p{Lu}\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|St\.|Gen\.|Sen\.|Rep\.|Gov\.|Lt\.|Col\.|Sgt\.|Capt\.|Jr\.|Sr\.|No\.|vs\.|etc\.)$/u.test(
        word,
      )
    )
      continue;
    parts.push(line.slice(start, i));
    start = i + 1;
  }
  parts.push(line.slice(start));
  return parts;
}
