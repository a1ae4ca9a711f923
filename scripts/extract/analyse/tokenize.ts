/**
 * Layer 1: tokens with exact character offsets.
 * - curly quotes/apostrophes are normalised in `norm` (offsets always index the original text);
 * - possessive "’s"/"'s" is split off as its own `clitic` token ("Merkel’s" → "Merkel" + "’s");
 * - an apostrophe inside a word stays inside it ("Shi‘ite", "O'Brien");
 * - hyphens are their own tokens, so "NATO-led" gives "NATO", "-", "led";
 * - dotted abbreviations keep their dots ("U.S.", "i.e.") and so do known short forms ("Gen.", "Mr.").
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'clitic';

export interface Token {
  start: number;
  end: number;
  /** Original text slice. */
  text: string;
  /** Text with curly quotes straightened. */
  norm: string;
  /** Lower-cased `norm`. */
  lower: string;
  kind: TokenKind;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Has at least one letter and no lower-case letter. */
  allCaps: boolean;
  /** White space between this token and the previous one (true for the first token). */
  spaceBefore: boolean;
  /** A line break between this token and the previous one (true for the first token). */
  lineStart: boolean;
}

/** The token's lower-cased text when it is a word written in lower case; '' for anything else (or no token). */
export const lowerWord = (t: Token | undefined): string => (t && t.kind === 'word' && !t.cap ? t.lower : '');

export interface Options {
  /** Lower-cased words (without the dot) that keep a following full stop: titles, months. */
  dottedAbbreviations: ReadonlySet<string>;
}

export const defaultOptions: Options = {
  dottedAbbreviations: new Set([
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'gen',
    'col',
    'lt',
    'sgt',
    'capt',
    'maj',
    'adm',
    'cmdr',
    'gov',
    'sen',
    'rep',
    'rev',
    'st',
    'jr',
    'sr',
    'mt',
    'ft',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'inc',
    'corp',
    'co',
    'ltd',
    'no',
    'vs',
    'messrs',
    'hon',
    'pres',
    'supt',
    'det',
    'insp',
    'cpl',
    'pvt',
  ]),
};

const APOSTROPHES = new Set(["'", '’', '‘', '`', 'ʼ', '′']);
const QUOTE_MAP: Record<string, string> = {
  '’': "'",
  '‘': "'",
  '`': "'",
  ʼ: "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
};

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;
const asciiAlnum = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isLetter = (c: string): boolean => {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(c);
};
const isWordChar = (c: string): boolean => {
  const code = c.charCodeAt(0);
  if (code < 128) return asciiAlnum(code);
  return WORD_CHAR.test(c);
};
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isSpace = (c: string): boolean => {
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(c);
};

/** Any character QUOTE_MAP replaces (all of them single UTF-16 units). */
const QUOTE_CHARS = new RegExp(`[${Object.keys(QUOTE_MAP).join('')}]`, 'g');

function normalise(s: string): string {
  return s.replace(QUOTE_CHARS, (ch) => QUOTE_MAP[ch]!);
}

/**
 * Whether `s` has a letter, and whether it has a lower-case letter (as /\p{L}/u and /\p{Ll}/u), read from its
 * character codes when it is ASCII.
 */
function letterCase(s: string): { hasLetter: boolean; hasLower: boolean } {
  let letter = false;
  let lower = false;
  for (let k = 0; k < s.length; k++) {
    const code = s.charCodeAt(k);
    if (code >= 128) return { hasLetter: /\p{L}/u.test(s), hasLower: /\p{Ll}/u.test(s) };
    if (code >= 97 && code <= 122) lower = true;
    else if (code >= 65 && code <= 90) letter = true;
  }
  return lower ? BOTH : letter ? UPPER_ONLY : NO_LETTER;
}
const BOTH = { hasLetter: true, hasLower: true };
const UPPER_ONLY = { hasLetter: true, hasLower: false };
const NO_LETTER = { hasLetter: false, hasLower: false };

/** Whether the character `first` (one UTF-16 unit or none) is an upper-case one: changed by lower-casing, not by upper-casing. */
function isCapital(first: string): boolean {
  const code = first.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** The tokenizer's running state over one text: the tokens so far and what was seen since the last one. */
interface Scanner {
  text: string;
  tokens: Token[];
  /** White space since the last token. */
  sawSpace: boolean;
  /** A line break since the last token. */
  sawLine: boolean;
}

/** Append the token text[start, end) and reset the white space seen before it. */
function push(s: Scanner, start: number, end: number, kind: TokenKind): void {
  const raw = s.text.slice(start, end);
  const norm = normalise(raw);
  const { hasLetter, hasLower } = letterCase(norm);
  s.tokens.push({
    start,
    end,
    text: raw,
    norm,
    lower: norm.toLowerCase(),
    kind,
    cap: isCapital(norm[0] ?? ''),
    allCaps: hasLetter && !hasLower,
    spaceBefore: s.sawSpace,
    lineStart: s.sawLine,
  });
  s.sawSpace = false;
  s.sawLine = false;
}

export function tokenize(text: string, options: Partial<Options> = {}): Token[] {
  const opts = { ...defaultOptions, ...options };
  const s: Scanner = { text, tokens: [], sawSpace: true, sawLine: true };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (isSpace(c)) {
      s.sawSpace = true;
      if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') s.sawLine = true;
      i++;
      continue;
    }
    // surrogate pairs and other non-BMP characters: take the whole code point
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    if (isDigit(ch)) {
      i = scanNumber(s, i);
      continue;
    }
    if (isWordChar(ch)) {
      i = scanWord(s, i, width, opts.dottedAbbreviations);
      continue;
    }
    if (startsClitic(s, ch, i)) {
      push(s, i, i + 2, 'clitic');
      i += 2;
      continue;
    }
    push(s, i, i + width, 'punct');
    i += width;
  }
  return s.tokens;
}

/** Push the number starting at i ("1996-08-30", "1,000", "1990s"); returns the index after it. */
function scanNumber(s: Scanner, i: number): number {
  const { text } = s;
  const n = text.length;
  let j = i + 1;
  while (j < n && (isDigit(text[j]!) || (/[.,:/-]/.test(text[j]!) && j + 1 < n && isDigit(text[j + 1]!)))) j++;
  // a clock time glued to a capitalised word starts it: "14:05Jane Roe" (live blogs' timestamps)
  if (/^\d{1,2}:\d{2}$/.test(text.slice(i, j)) && /^\p{Lu}\p{Ll}/u.test(text.slice(j, j + 2))) {
    push(s, i, j, 'number');
    return j;
  }
  // "1990s", "2nd"
  while (j < n && /[a-z]/i.test(text[j]!) && j - i < 12) j++;
  push(s, i, j, 'number');
  return j;
}

/** The index after the run of word characters from j on. */
function scanCore(text: string, j: number): number {
  const n = text.length;
  while (j < n) {
    const c2 = text.codePointAt(j)!;
    const w2 = c2 > 0xffff ? 2 : 1;
    if (!isWordChar(text.slice(j, j + w2))) break;
    j += w2;
  }
  return j;
}

/** Push the word starting at i (its first character `width` long); returns the index after it. */
function scanWord(s: Scanner, i: number, width: number, dottedAbbreviations: ReadonlySet<string>): number {
  const { text } = s;
  const n = text.length;
  let j = scanCore(text, i + width);
  // internal apostrophes (not a possessive 's at the end)
  while (j + 1 < n && APOSTROPHES.has(text[j]!) && isLetter(text[j + 1]!)) {
    const after = j + 2 < n ? text[j + 2]! : ' ';
    if ((text[j + 1] === 's' || text[j + 1] === 'S') && !isWordChar(after)) break;
    j += 1;
    j = scanCore(text, j);
  }
  j = keepAbbreviationDots(text, i, j, dottedAbbreviations);
  push(s, i, j, 'word');
  return j;
}

/** The end of the word text[i, j) with the dots of a dotted abbreviation or known short form it ends in. */
function keepAbbreviationDots(text: string, i: number, j: number, dottedAbbreviations: ReadonlySet<string>): number {
  const n = text.length;
  // dotted abbreviations: U.S.  i.e.  S.  and known short forms
  if (j < n && text[j] === '.') {
    const core = text.slice(i, j);
    if (core.length === 1 && isLetter(core)) {
      let k = j + 1;
      while (k + 1 < n && isLetter(text[k]!) && text[k + 1] === '.' && !(k + 2 < n && isWordChar(text[k + 2]!))) k += 2;
      j = k;
    } else if (dottedAbbreviations.has(core.toLowerCase()) && /^\p{L}+$/u.test(core)) {
      j += 1;
    }
  }
  return j;
}

/** Does the apostrophe `ch` at i start a possessive "'s" glued to the token before? */
function startsClitic(s: Scanner, ch: string, i: number): boolean {
  const { text } = s;
  const n = text.length;
  return (
    APOSTROPHES.has(ch) &&
    s.tokens.length > 0 &&
    !s.sawSpace &&
    i + 1 < n &&
    (text[i + 1] === 's' || text[i + 1] === 'S') &&
    !(i + 2 < n && isWordChar(text[i + 2]!))
  );
}
