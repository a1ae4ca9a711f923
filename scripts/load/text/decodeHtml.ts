/**
 * A saved page's bytes → text, the way a browser reads them (the HTML standard's encoding sniffing), in this order:
 * 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins;
 * 2. the charset given by the transport (the HTTP Content-Type header, for `npm run add`);
 * 3. a `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 1024 bytes (the
 *    standard's prescan, by html-encoding-sniffer; labels mean what WHATWG says: "iso-8859-1", "latin1" and "ascii"
 *    are windows-1252, a declared UTF-16 is UTF-8);
 * 4. UTF-8, when the bytes are valid UTF-8;
 * 5. a declaration later in the page (a browser changes encoding when its parser meets one);
 * 6. a guess: chardet's, when it is confident of a non-Latin encoding (Cyrillic, Greek, Japanese, Chinese…), else
 *    windows-1252, browsers' default for undeclared Western pages.
 *
 * Warnings (each naming the file): ENCODING_GUESSED when step 6 chose the encoding; NOT_UTF8 when bytes could not be
 * decoded in the encoding chosen and were shown as U+FFFD (a U+FFFD the file itself contains is no such byte).
 */
import htmlEncodingSniffer from 'html-encoding-sniffer';
import { getBOMEncoding, normalizeEncoding, TextDecoder } from '@exodus/bytes/encoding.js';
import chardet from 'chardet';
import type { Warning } from '../../core/types/common.ts';

export interface Options {
  /** The charset label given by the transport (an HTTP header); a BOM still wins over it. */
  charset: string | undefined;
  /** The file named in the warnings. */
  source: string;
  /** Where the warnings go (none are kept when absent). */
  warnings: Warning[] | undefined;
  /** How chardet must be sure (0–100) of a non-Latin encoding for it to be used instead of windows-1252. */
  minConfidence: number;
}

export const defaultOptions: Options = { charset: undefined, source: '', warnings: undefined, minConfidence: 25 };

/** How the encoding was found. */
export type EncodingFrom = 'bom' | 'transport' | 'meta' | 'utf-8' | 'late-meta' | 'guessed';

/** A page's encoding (a WHATWG name) and how it was found. */
export interface Sniffed {
  encoding: string;
  from: EncodingFrom;
}

/** What html-encoding-sniffer returns when it finds no BOM nor declaration (never a label). */
const UNDECLARED = '(undeclared)';
/** Encodings a guess may not choose over windows-1252: the Latin ones chardet confuses with it, and Unicode. */
const LATIN_OR_UNICODE = /^(?:iso-8859-(?:1|2|3|4|9|10|13|14|15|16)|windows-125[0248]|utf-|ascii|us-ascii)/i;

/** The encoding a page is read in (see the module comment for the order). */
export function sniffEncoding(bytes: Uint8Array, options: Partial<Options> = {}): Sniffed {
  const opts = { ...defaultOptions, ...options };
  const bom = getBOMEncoding(bytes);
  if (bom) return { encoding: bom, from: 'bom' };
  const transport = opts.charset ? usable(opts.charset) : undefined;
  if (transport) return { encoding: transport, from: 'transport' };
  const meta = usable(htmlEncodingSniffer(bytes, { defaultEncoding: UNDECLARED }));
  if (meta) return { encoding: meta, from: 'meta' };
  if (validUtf8(bytes)) return { encoding: 'utf-8', from: 'utf-8' };
  const late = usable(
    htmlEncodingSniffer(bytes, { defaultEncoding: UNDECLARED, maxPrescanBytes: Number.POSITIVE_INFINITY }),
  );
  if (late) return { encoding: late, from: 'late-meta' };
  return { encoding: guess(bytes, opts.minConfidence), from: 'guessed' };
}

/** Decode a page (see the module comment); warnings go to `options.warnings`. */
export function decodeHtml(bytes: Uint8Array, options: Partial<Options> = {}): string {
  const opts = { ...defaultOptions, ...options };
  const { encoding, from } = sniffEncoding(bytes, opts);
  const warn = (code: string, message: string) => opts.warnings?.push({ code, file: opts.source, message });
  if (from === 'guessed')
    warn(
      'ENCODING_GUESSED',
      `not UTF-8 and no charset declared: read as ${encoding} (a guess); save the page as UTF-8 or declare its <meta charset>`,
    );
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    warn(
      'NOT_UTF8',
      `bytes that are not valid ${encoding}${from === 'meta' || from === 'late-meta' ? ' (the charset it declares)' : from === 'transport' ? ' (the charset the server gave)' : ''} are shown as "\uFFFD"; save the page as UTF-8`,
    );
    return new TextDecoder(encoding).decode(bytes);
  }
}

/** The WHATWG name of a label a decoder exists for; undefined for an unknown label and for "replacement". */
function usable(label: string): string | undefined {
  const name = normalizeEncoding(label);
  if (!name || name === 'replacement') return undefined;
  try {
    new TextDecoder(name);
    return name;
  } catch {
    return undefined;
  }
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** chardet's guess when it is sure of a non-Latin encoding Node can decode; else windows-1252. */
function guess(bytes: Uint8Array, minConfidence: number): string {
  const best = chardet.analyse(textBytes(bytes.subarray(0, 2 ** 18)))[0];
  const name = best && best.confidence >= minConfidence && !LATIN_OR_UNICODE.test(best.name) && usable(best.name);
  return name || 'windows-1252';
}

/** The bytes outside markup (tags, comments, scripts and styles), which would blur the guess. */
function textBytes(bytes: Uint8Array): Uint8Array {
  const latin = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
  const text = latin.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi, ' ').replace(/\s+/g, ' ');
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
