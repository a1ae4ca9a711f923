/**
 * Bytes of a page in a given encoding, made in code (no binary fixture): single-byte encodings by inverting Node's
 * TextDecoder, UTF-16 by hand, each with or without a byte-order mark.
 */
import { TextDecoder } from '@exodus/bytes/encoding.js';

/** `text` in a single-byte encoding Node's TextDecoder knows (windows-1252, windows-1251, koi8-r…); "?" where it cannot. */
export function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 255; b >= 0; b--) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from(Array.from(text, (ch) => table.get(ch) ?? 0x3f));
}

/** `text` in UTF-16, little- or big-endian, with its byte-order mark unless `bom` is false. */
export function encodeUtf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const units = `${bom ? '\uFEFF' : ''}${text}`;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    out[2 * i] = endian === 'le' ? lo : hi;
    out[2 * i + 1] = endian === 'le' ? hi : lo;
  }
  return out;
}

/** `text` in UTF-8, with a byte-order mark if `bom`. */
export const encodeUtf8 = (text: string, bom = false): Uint8Array =>
  new TextEncoder().encode(`${bom ? '\uFEFF' : ''}${text}`);

/** Byte arrays one after the other. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
