/**
 * Layer: document-wide facts the other layers read: tokens, compromise tags, which tokens
 * start a sentence, which lines are ALL-CAPS headlines, which words the document also
 * uses in lower case.
 */
import { tagWithCompromise } from './tagWithCompromise.ts';
import { tokenize, type Token } from './tokenize.ts';

export interface DocContext {
  text: string;
  tokens: Token[];
  tags: Uint32Array;
  /** 1 where the token starts a sentence, a line, a quotation or a bracket. */
  sentenceStart: Uint8Array;
  /** 1 where the token is on a line written in capitals (headline, dateline). */
  headline: Uint8Array;
  /** Words the document uses starting with a lower-case letter. */
  lowerWords: Set<string>;
  /** Lower-cased words the document capitalises away from a sentence start (outside headlines). */
  midCaps: Set<string>;
  /**
   * 1 where the token is on a title-case line: a heading, a caption, a menu entry ("Soil and Transplanting", "Acme
   * Pro Unique Features"): every word of 3+ letters but a few minor ones capitalised, no full stop at its end.
   */
  titleLine: Uint8Array;
  /** `midCaps` without the words capitalised only on title-case lines: what the running text capitalises. */
  bodyCaps: Set<string>;
}

/** Words title case leaves in lower case. */
const MINOR = new Set([
  'and',
  'or',
  'nor',
  'but',
  'the',
  'for',
  'of',
  'a',
  'an',
  'in',
  'on',
  'to',
  'at',
  'by',
  'with',
  'from',
  'as',
  'vs',
  'via',
  'per',
]);

export interface Options {
  /** Share of capitalised-only words (of words with 2+ letters) above which a line is a headline. */
  headlineShare: number;
}

export const defaultOptions: Options = { headlineShare: 0.75 };

const OPENERS = new Set(['"', "'", '(', '[', '{', '-', '–', '—', '“', '‘', '«', '*', '•', '|']);
const ENDERS = new Set(['.', '!', '?', ':', ';', '…']);

export function analyseDocument(text: string, options: Partial<Options> = {}): DocContext {
  const opts = { ...defaultOptions, ...options };
  const tokens = tokenize(text);
  const tags = tagWithCompromise(text, tokens);
  const n = tokens.length;
  const sentenceStart = new Uint8Array(n);
  const headline = new Uint8Array(n);
  const lowerWords = new Set<string>();
  let startNext = true;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.lineStart) startNext = true;
    if (t.kind === 'punct' && OPENERS.has(t.norm)) {
      startNext = true;
      continue;
    }
    if (startNext) sentenceStart[i] = 1;
    startNext =
      (t.kind === 'punct' && ENDERS.has(t.norm)) ||
      (t.kind === 'word' && t.norm.endsWith('.') && t.norm.length > 1 && !/^(?:\p{Lu}\.)+$/u.test(t.norm));
    if (t.kind === 'word' && !t.cap && startsLower(t.norm)) lowerWords.add(t.lower);
  }
  const midCaps = new Set<string>();
  // headline lines
  let lineStart = 0;
  for (let i = 0; i <= n; i++) {
    if (i === n || (i > lineStart && tokens[i]!.lineStart)) {
      let caps = 0;
      let lower = 0;
      for (let k = lineStart; k < i; k++) {
        const t = tokens[k]!;
        if (t.kind !== 'word') continue;
        if (letterCount(t.norm) < 2) continue;
        if (t.allCaps) caps++;
        else lower++;
      }
      if (caps >= 1 && caps / (caps + lower) >= opts.headlineShare && (caps >= 2 || lower === 0)) {
        for (let k = lineStart; k < i; k++) headline[k] = 1;
      }
      lineStart = i;
    }
  }
  const titleLine = titleLines(tokens);
  const bodyCaps = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && t.cap && !sentenceStart[i] && !headline[i] && !t.allCaps) {
      midCaps.add(t.lower);
      if (!titleLine[i]) bodyCaps.add(t.lower);
    }
  }
  return { text, tokens, tags, sentenceStart, headline, lowerWords, midCaps, titleLine, bodyCaps };
}

/** Whether `s` starts with a lower-case letter (/^\p{Ll}/u). */
function startsLower(s: string): boolean {
  const code = s.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : /^\p{Ll}/u.test(s);
}

/** The UTF-16 length of the letters of `s` (as `s.replace(/[^\p{L}]/gu, '').length`), counted directly when it is ASCII. */
function letterCount(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const code = s.charCodeAt(k);
    if (code >= 128) return s.replace(/[^\p{L}]/gu, '').length;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) n++;
  }
  return n;
}

/** Mark the tokens of title-case lines (see DocContext.titleLine). */
function titleLines(tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !(i > start && tokens[i]!.lineStart)) continue;
    let words = 0;
    let lower = 0;
    for (let k = start; k < i; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || letterCount(t.norm) < 3 || MINOR.has(t.lower)) continue;
      words++;
      if (!t.cap) lower++;
    }
    const last = tokens[i - 1];
    if (words >= 2 && lower === 0 && i - start <= 20 && last?.norm !== '.') out.fill(1, start, i);
    start = i;
  }
  return out;
}
