/**
 * JavaScript in a PDF found in its bytes, for what pdf.js does not tell (a link annotation's script): every object,
 * in the file or in a compressed object stream, with names decoded (`/Java#53cript` is `/JavaScript`), and the
 * objects that hold a script traced back to the annotation, page or catalog that runs it. Nothing is run.
 */
import { inflateSync } from 'node:zlib';

export interface Options {
  /** Bytes inflated from object streams, in all. */
  maxInflated: number;
  /** Objects read, in all (the file's, then those in object streams). */
  maxObjects: number;
}

export const defaultOptions: Options = { maxInflated: 64 * 2 ** 20, maxObjects: 500_000 };

/** Where scripts are: the objects (as pdf.js names them, "12R") that run one, by kind. */
export interface ScriptHolders {
  annotations: Set<string>;
  /** Form fields that are not themselves an annotation (a parent field). */
  fields: Set<string>;
  pages: Set<string>;
  document: boolean;
  /** A script somewhere, whether or not it was traced to what runs it. */
  any: boolean;
}

/** The name characters of PDF syntax: a name runs from "/" to the first delimiter or white space. */
const NAME = /\/[^\s()<>[\]{}/%]*/g;
/** Names with their `#xx` escapes decoded: `/#4A#61vaScript` → `/JavaScript`. */
export const decodeNames = (text: string): string =>
  text.includes('#')
    ? text.replace(NAME, (name) =>
        name.replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      )
    : text;

// every repetition bounded, so that a hostile run of digits or spaces costs linear time, never quadratic
const SCRIPT = /\/JavaScript(?![^\s()<>[\]{}/%])|\/JS(?=[\s(<[])\s{0,20}(?:[(<[]|\d{1,10}\s{1,20}\d{1,5}\s{1,20}R)/;
export const REF = /(?<!\d)(\d{1,10})\s{1,20}(\d{1,5})\s{1,20}R\b/g;
const ANNOTATION =
  /\/Subtype\s*\/(?:Link|Widget|Screen|RichMedia|Movie|Sound|FileAttachment|Text)\b|\/Type\s*\/Annot\b/;
const FIELD = /\/FT\s*\/(?:Tx|Btn|Ch|Sig)\b/;
export const PAGE = /\/Type\s*\/Page(?![s\w])/;
const CATALOG = /\/Type\s*\/Catalog\b/;
/** An object's header, or the end of one. */
const OBJECT = /(?<!\d)(\d{1,10})\s{1,20}(\d{1,5})\s{1,20}obj\b|endobj/g;

/** pdf.js's name of an object: "12R", or "12R3" with a generation. */
export const refName = (num: string, gen: string) => `${Number(num)}R${Number(gen) ? Number(gen) : ''}`;

/**
 * The objects of a PDF by name, their names decoded: the file's own, then those inside object streams. An object
 * stream is read through its filters when they are Flate, ASCIIHex or ASCII85 (in any chain); under another filter
 * (LZW, RunLength…) its objects are not seen here, only by pdf.js. `streams`, when given, gets where each stream's
 * data is in the file.
 */
export function pdfObjects(
  bytes: Buffer,
  options: Partial<Options> = {},
  streams?: Map<string, [start: number, end: number]>,
): Map<string, string> {
  const opts = { ...defaultOptions, ...options };
  const text = bytes.toString('latin1');
  const objects = new Map<string, string>();
  let inflated = 0;
  const tokens = [...text.matchAll(OBJECT)];
  let read = 0;
  for (const [i, match] of tokens.entries()) {
    if (match[1] === undefined) continue; // an endobj
    if (++read > opts.maxObjects) break;
    const start = match.index + match[0].length;
    // the body ends at the next endobj or object header: a file without endobj costs one pass, not one per object
    const body = text.slice(start, tokens[i + 1]?.index ?? text.length);
    const streamAt = body.search(/\bstream\r?\n/);
    const dict = decodeNames(streamAt < 0 ? body : body.slice(0, streamAt));
    const name = refName(match[1]!, match[2]!);
    objects.set(name, dict);
    const isObjStm = streamAt >= 0 && /\/Type\s*\/ObjStm\b/.test(dict);
    if (streamAt < 0 || (!isObjStm && !streams)) continue;
    const dataStart = streamAt + body.slice(streamAt).indexOf('\n') + 1;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1];
    const dataEnd = length ? Math.min(body.length, dataStart + Number(length)) : body.lastIndexOf('endstream');
    if (dataEnd < dataStart) continue;
    streams?.set(name, [start + dataStart, start + dataEnd]);
    if (!isObjStm) continue;
    // latin1: one character a byte, so the text's offsets are the buffer's
    const data = decodeStream(bytes.subarray(start + dataStart, start + dataEnd), dict, opts.maxInflated - inflated);
    if (!data) continue; // another filter, damaged, or over the budget: pdf.js's own view still applies
    inflated += data.length;
    read += readObjectStream(data.toString('latin1'), dict, objects, opts.maxObjects - read);
  }
  return objects;
}

/** The filters of a stream's dictionary, in order: `/Filter /A` or `/Filter [/A /B]`. */
const filtersOf = (dict: string): string[] =>
  (/\/Filter\s*(\[[^\]]*\]|\/[^\s()<>[\]{}/%]+)/.exec(dict)?.[1] ?? '').match(/\/[^\s()<>[\]{}/%]+/g) ?? [];

/** A stream's data through its filters (Flate, ASCIIHex, ASCII85); undefined for another filter, damage or past `budget` bytes. */
function decodeStream(data: Buffer, dict: string, budget: number): Buffer | undefined {
  try {
    for (const filter of filtersOf(dict)) {
      if (filter === '/FlateDecode' || filter === '/Fl')
        data = inflateSync(data, { maxOutputLength: Math.max(1, budget) });
      else if (filter === '/ASCIIHexDecode' || filter === '/AHx') data = fromHex(data);
      else if (filter === '/ASCII85Decode' || filter === '/A85') data = fromAscii85(data);
      else return undefined;
    }
    return data.length <= budget ? data : undefined;
  } catch {
    return undefined;
  }
}

/** ASCIIHexDecode: pairs of hex digits, white space ignored, up to ">" (an odd last digit is followed by 0). */
function fromHex(data: Buffer): Buffer {
  const hex = data
    .toString('latin1')
    .split('>')[0]!
    .replace(/[^0-9a-f]/gi, '');
  return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
}

/** ASCII85Decode: groups of five characters "!"…"u" to four bytes, "z" for four zeros, up to "~>". */
function fromAscii85(data: Buffer): Buffer {
  const text = data
    .toString('latin1')
    .replace(/^\s*<~/, '')
    .split('~>')[0]!
    .replace(/\s+/g, '');
  const out: number[] = [];
  let group: number[] = [];
  const flush = (n: number) => {
    let value = 0;
    for (let k = 0; k < 5; k++) value = value * 85 + (group[k] ?? 84);
    for (let k = 0; k < n - 1; k++) out.push((value >>> (24 - 8 * k)) & 255);
    group = [];
  };
  for (const c of text) {
    if (c === 'z' && group.length === 0) out.push(0, 0, 0, 0);
    else {
      const d = c.charCodeAt(0) - 33;
      if (d < 0 || d > 84) throw new Error('not ASCII85');
      group.push(d);
      if (group.length === 5) flush(5);
    }
  }
  if (group.length) flush(group.length);
  return Buffer.from(out);
}

/** The objects of one decoded object stream ("num offset" pairs, then the objects from /First); how many were read. */
function readObjectStream(data: string, dict: string, objects: Map<string, string>, limit: number): number {
  const first = Number(/\/First\s+(\d+)/.exec(dict)?.[1] ?? Number.NaN);
  const count = Number(/\/N\s+(\d+)/.exec(dict)?.[1] ?? Number.NaN);
  if (!Number.isFinite(first) || !Number.isFinite(count)) return 0;
  const numbers = data.slice(0, first).trim().split(/\s+/).map(Number);
  const n = Math.max(0, Math.min(count, Math.floor(numbers.length / 2), limit));
  for (let i = 0; i < n; i++) {
    const from = first + numbers[2 * i + 1]!;
    const to = i + 1 < count && 2 * i + 3 < numbers.length ? first + numbers[2 * i + 3]! : data.length;
    objects.set(refName(String(numbers[2 * i]), '0'), decodeNames(data.slice(from, Math.max(from, to))));
  }
  return n;
}

/**
 * The objects that run a script: from each object with a script, up through the objects that refer to it (an
 * action's /Next, an /AA dictionary, a name tree) to the first annotation, page or catalog.
 */
export function findPdfScripts(bytes: Buffer, options: Partial<Options> = {}): ScriptHolders {
  const objects = pdfObjects(bytes, options);
  const holders: ScriptHolders = {
    annotations: new Set(),
    fields: new Set(),
    pages: new Set(),
    document: false,
    any: false,
  };
  const referrers = new Map<string, string[]>();
  const queue: string[] = [];
  for (const [name, body] of objects) {
    for (const [, num, gen] of body.matchAll(REF)) {
      const target = refName(num!, gen!);
      if (target === name) continue;
      const list = referrers.get(target);
      if (list) list.push(name);
      else referrers.set(target, [name]);
    }
    if (SCRIPT.test(body)) queue.push(name);
  }
  holders.any = queue.length > 0 || SCRIPT.test(decodeNames(bytes.toString('latin1')));
  const seen = new Set(queue);
  while (queue.length) {
    const name = queue.shift()!;
    const body = objects.get(name) ?? '';
    if (ANNOTATION.test(body)) holders.annotations.add(name);
    else if (FIELD.test(body)) holders.fields.add(name);
    else if (PAGE.test(body)) holders.pages.add(name);
    else if (CATALOG.test(body)) holders.document = true;
    else
      for (const referrer of referrers.get(name) ?? [])
        if (!seen.has(referrer)) {
          seen.add(referrer);
          queue.push(referrer);
        }
  }
  return holders;
}
