/** Decode a page: the given charset (from an HTTP header), else its <meta charset>, else UTF-8 (a BOM wins). */
export function decodeHtml(bytes: Uint8Array, charset?: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = charset ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}
