import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/** A file of the Pagefind bundle, as Pagefind's getFiles() hands it over. */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

const SIGNATURE = Buffer.from('pagefind_dcd');
const FILTER = /^filter\/([a-z-]+_)([0-9a-f]+)\.pf_filter$/;
const META = /^pagefind\.([a-z-]+_)([0-9a-f]+)\.pf_meta$/;

/**
 * Pagefind 1.5 writes each filter's values in hash-map order, which changes from run to run
 * (Pagefind/pagefind#638), and with it the filter file's name, the meta file that names it and
 * pagefind-entry.json; with several filters, the meta file lists the filters in hash-map order too. Sort each
 * filter's values and the meta file's list of filters, name the files after their content, and update the two
 * references, so that the same site always gives the same bundle, byte for byte.
 * Files this does not understand are passed through unchanged.
 */
export function canonicalisePagefind(files: readonly BundleFile[]): BundleFile[] {
  const renamed = new Map<string, string>();
  const out = files.map((file) => {
    const m = FILTER.exec(file.path);
    if (!m) return file;
    const sorted = sortFilter(file.content);
    if (!sorted) return file;
    const hash = `${m[1]}${contentHash(sorted, m[2]!.length)}`;
    renamed.set(`${m[1]}${m[2]}`, hash);
    return { path: `filter/${hash}.pf_filter`, content: gzipSync(sorted) };
  });
  if (renamed.size === 0) return out;

  const metaRenamed = new Map<string, string>();
  const withMeta = out.map((file) => {
    const m = META.exec(file.path);
    if (!m) return file;
    let body: Buffer = Buffer.from(gunzipSync(file.content));
    for (const [from, to] of renamed) body = replaceAll(body, Buffer.from(from), Buffer.from(to));
    body = sortMetaFilters(body);
    const hash = `${m[1]}${contentHash(body, m[2]!.length)}`;
    metaRenamed.set(`${m[1]}${m[2]}`, hash);
    return { path: `pagefind.${hash}.pf_meta`, content: gzipSync(body) };
  });
  return withMeta.map((file) => {
    if (file.path !== 'pagefind-entry.json') return file;
    let text = Buffer.from(file.content).toString('utf8');
    for (const [from, to] of metaRenamed) text = text.split(`"${from}"`).join(`"${to}"`);
    return { path: file.path, content: Buffer.from(text) };
  });
}

const contentHash = (content: Uint8Array, length: number) =>
  createHash('sha256').update(content).digest('hex').slice(0, length);

/**
 * A filter file is "pagefind_dcd" + CBOR [name, [[value, [page, …]], …]]. Returns the
 * decompressed file with its [value, pages] pairs sorted by value, or undefined if it is not
 * of that shape.
 */
export function sortFilter(gzipped: Uint8Array): Buffer | undefined {
  let data: Buffer;
  try {
    data = gunzipSync(gzipped);
  } catch {
    return undefined;
  }
  if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) return undefined;
  try {
    let at = SIGNATURE.length;
    const top = readHead(data, at);
    if (top.major !== 4 || top.value !== 2) return undefined;
    at = top.next;
    at = skip(data, at); // the filter's name
    const list = readHead(data, at);
    if (list.major !== 4) return undefined;
    const prefix = data.subarray(0, list.next);
    at = list.next;
    const pairs: { key: string; bytes: Buffer }[] = [];
    for (let i = 0; i < list.value; i++) {
      const end = skip(data, at);
      const pair = data.subarray(at, end);
      const head = readHead(pair, 0);
      const key = readHead(pair, head.next);
      if (key.major !== 3) return undefined;
      pairs.push({ key: pair.subarray(key.next, key.next + key.value).toString('utf8'), bytes: pair });
      at = end;
    }
    if (at !== data.length) return undefined;
    pairs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return Buffer.concat([prefix, ...pairs.map((p) => p.bytes)]);
  } catch {
    return undefined;
  }
}

/**
 * With more than one filter (type, language), the meta file lists the filters in hash-map order too. The meta file is
 * "pagefind_dcd" + CBOR [version, pages, index chunks, filters, sorts], the filters a list of [name, file hash]:
 * every top-level list of [text, text] pairs is sorted by its first text. Returns the body unchanged when it is not
 * of that shape.
 */
export function sortMetaFilters(body: Buffer): Buffer {
  if (!body.subarray(0, SIGNATURE.length).equals(SIGNATURE)) return body;
  try {
    const top = readHead(body, SIGNATURE.length);
    if (top.major !== 4) return body;
    let at = top.next;
    const parts: Buffer[] = [body.subarray(0, at)];
    for (let i = 0; i < top.value; i++) {
      const end = skip(body, at);
      const item = body.subarray(at, end);
      parts.push(sortTextPairs(item) ?? item);
      at = end;
    }
    return at === body.length ? Buffer.concat(parts) : body;
  } catch {
    return body;
  }
}

/** A CBOR list of [text, text] pairs, sorted by the first text; undefined when `item` is anything else. */
function sortTextPairs(item: Buffer): Buffer | undefined {
  const list = readHead(item, 0);
  if (list.major !== 4 || list.value < 2) return undefined;
  let at = list.next;
  const pairs: { key: string; bytes: Buffer }[] = [];
  for (let i = 0; i < list.value; i++) {
    const end = skip(item, at);
    const pair = item.subarray(at, end);
    const head = readHead(pair, 0);
    if (head.major !== 4 || head.value !== 2) return undefined;
    const key = readHead(pair, head.next);
    if (key.major !== 3 || readHead(pair, key.next + key.value).major !== 3) return undefined;
    pairs.push({ key: pair.subarray(key.next, key.next + key.value).toString('utf8'), bytes: pair });
    at = end;
  }
  pairs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return Buffer.concat([item.subarray(0, list.next), ...pairs.map((p) => p.bytes)]);
}

/** A CBOR item head: its major type, its argument and where what follows it starts. */
function readHead(data: Buffer, at: number): { major: number; value: number; next: number } {
  const first = data[at];
  if (first === undefined) throw new RangeError('CBOR: out of data');
  const major = first >> 5;
  const info = first & 0x1f;
  if (info < 24) return { major, value: info, next: at + 1 };
  if (info === 24) return { major, value: data.readUInt8(at + 1), next: at + 2 };
  if (info === 25) return { major, value: data.readUInt16BE(at + 1), next: at + 3 };
  if (info === 26) return { major, value: data.readUInt32BE(at + 1), next: at + 5 };
  if (info === 27) return { major, value: Number(data.readBigUInt64BE(at + 1)), next: at + 9 };
  throw new RangeError('CBOR: indefinite lengths are not expected here');
}

/** Where the CBOR item at `at` ends (definite-length items: integers, strings, arrays, maps, tags). */
function skip(data: Buffer, at: number): number {
  const head = readHead(data, at);
  switch (head.major) {
    case 0:
    case 1:
    case 7:
      return head.next;
    case 2:
    case 3:
      return head.next + head.value;
    case 4: {
      let next = head.next;
      for (let i = 0; i < head.value; i++) next = skip(data, next);
      return next;
    }
    case 5: {
      let next = head.next;
      for (let i = 0; i < head.value * 2; i++) next = skip(data, next);
      return next;
    }
    case 6:
      return skip(data, head.next);
    default:
      throw new RangeError('CBOR: unknown major type');
  }
}

function replaceAll(haystack: Buffer, from: Buffer, to: Buffer): Buffer {
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = haystack.indexOf(from); i !== -1; i = haystack.indexOf(from, start)) {
    parts.push(haystack.subarray(start, i), to);
    start = i + from.length;
  }
  parts.push(haystack.subarray(start));
  return Buffer.concat(parts);
}
