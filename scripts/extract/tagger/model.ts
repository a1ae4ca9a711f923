/**
 * The tagger's weights: two stages (the second sees the first's labels across the document), each a table of
 * hashed feature buckets × labels quantised to int8 with one scale, plus label-to-label transition scores.
 * Stored as one deflated file: magic, version, then per stage its bucket bits, scale, transitions and the
 * non-zero buckets (delta-coded index, then one signed byte per label).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { L } from './labels.ts';
import type { WordStats } from './wordStats.ts';

export interface Stage {
  bits: number;
  /** Weight of label `k` for bucket `b` is `w[b * L + k] * scale` (int8 when shipped, float while training). */
  w: Int8Array | Float64Array;
  scale: number;
  /** trans[from * L + to]. */
  trans: Float64Array;
}

export interface TaggerModel {
  stages: Stage[];
  /** Distributional statistics of words (see wordStats.ts). */
  words?: WordStats;
}

const MAGIC = 'DSTG';
const VERSION = 2;

export function encodeModel(model: TaggerModel): Buffer {
  const parts: number[] = [];
  const bytes = (b: ArrayLike<number>): void => {
    for (let i = 0; i < b.length; i++) parts.push(b[i]!);
  };
  const varint = (n: number): void => {
    while (n >= 0x80) {
      parts.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    parts.push(n);
  };
  const f64 = (x: number): void => {
    const b = Buffer.alloc(8);
    b.writeDoubleLE(x);
    bytes(b);
  };
  bytes(Buffer.from(MAGIC, 'ascii'));
  varint(VERSION);
  varint(model.stages.length);
  for (const s of model.stages) {
    varint(s.bits);
    f64(s.scale);
    for (let i = 0; i < L * L; i++) f64(s.trans[i]!);
    const buckets = 1 << s.bits;
    const nonZero: number[] = [];
    for (let b = 0; b < buckets; b++) {
      for (let k = 0; k < L; k++) {
        if (s.w[b * L + k] !== 0) {
          nonZero.push(b);
          break;
        }
      }
    }
    varint(nonZero.length);
    let prev = 0;
    for (const b of nonZero) {
      varint(b - prev);
      prev = b;
      for (let k = 0; k < L; k++) parts.push(s.w[b * L + k]! & 0xff);
    }
  }
  const words = [...(model.words ?? new Map<string, number>())].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  varint(words.length);
  for (const [word, packed] of words) {
    const b = Buffer.from(word, 'utf8');
    varint(b.length);
    bytes(b);
    varint(packed);
  }
  return deflateRawSync(Buffer.from(parts), { level: 9 });
}

export function decodeModel(file: Uint8Array): TaggerModel {
  const buf = inflateRawSync(file);
  let pos = 0;
  const varint = (): number => {
    let n = 0;
    let mul = 1;
    for (;;) {
      const b = buf[pos++]!;
      n += (b & 0x7f) * mul;
      if (b < 0x80) return n;
      mul *= 128;
    }
  };
  const f64 = (): number => {
    const x = buf.readDoubleLE(pos);
    pos += 8;
    return x;
  };
  if (buf.subarray(0, 4).toString('ascii') !== MAGIC) throw new Error('not a Dossier tagger model');
  pos = 4;
  const version = varint();
  if (version !== VERSION) throw new Error(`tagger model version ${version} is not supported`);
  const count = varint();
  const stages: Stage[] = [];
  for (let s = 0; s < count; s++) {
    const bits = varint();
    const scale = f64();
    const trans = new Float64Array(L * L);
    for (let i = 0; i < L * L; i++) trans[i] = f64();
    const w = new Int8Array((1 << bits) * L);
    const n = varint();
    let b = 0;
    for (let j = 0; j < n; j++) {
      b += varint();
      for (let k = 0; k < L; k++) w[b * L + k] = (buf[pos++]! << 24) >> 24;
    }
    stages.push({ bits, w, scale, trans });
  }
  const words: WordStats = new Map();
  const nWords = varint();
  for (let i = 0; i < nWords; i++) {
    const len = varint();
    const word = buf.toString('utf8', pos, pos + len);
    pos += len;
    words.set(word, varint());
  }
  return nWords ? { stages, words } : { stages };
}

/** Quantise float weights to int8 with one scale (the largest magnitude maps to 127). */
export function quantise(weights: Float64Array, bits: number, trans: Float64Array): Stage {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]!));
  const scale = max > 0 ? max / 127 : 1;
  const w = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) w[i] = Math.max(-127, Math.min(127, Math.round(weights[i]! / scale)));
  return { bits, w, scale, trans: Float64Array.from(trans) };
}
