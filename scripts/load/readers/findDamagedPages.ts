/**
 * Pages whose content stream is corrupt, found in the file's bytes. pdf.js reads such a page's text up to the damage
 * and says nothing (its errors are ignored so that a damaged file is read as far as it can be), so the loader warns.
 * A Flate-compressed content stream is corrupt when its header is wrong or its data does not inflate; data cut short
 * or a wrong checksum, which pdf.js reads past, are not counted.
 */
import { constants, inflateRawSync } from 'node:zlib';
import { PAGE, pdfObjects, REF, refName } from './findPdfScripts.ts';

/** What is wrong with the first corrupt content stream of each damaged page, by pdf.js's name of the page ("5R"). */
export function findDamagedPages(bytes: Buffer): Map<string, string> {
  const streams = new Map<string, [number, number]>();
  const objects = pdfObjects(bytes, {}, streams);
  const refsIn = (text: string) => [...text.matchAll(REF)].map(([, num, gen]) => refName(num!, gen!));
  const damaged = new Map<string, string>();
  for (const [name, dict] of objects) {
    if (!PAGE.test(dict)) continue;
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(dict)?.[1];
    if (!contents) continue;
    let refs = refsIn(contents);
    // /Contents 12 0 R may name an array of streams
    if (refs.length === 1 && !streams.has(refs[0]!) && /^\s*\[/.test(objects.get(refs[0]!) ?? ''))
      refs = refsIn(objects.get(refs[0]!)!);
    for (const ref of refs) {
      const span = streams.get(ref);
      const reason = span && corruptFlate(bytes.subarray(span[0], span[1]), objects.get(ref)!);
      if (reason) {
        damaged.set(name, reason);
        break;
      }
    }
  }
  return damaged;
}

/** Why a stream whose first filter is Flate cannot be inflated, or undefined when it can (or is not Flate). */
function corruptFlate(data: Buffer, dict: string): string | undefined {
  if (!/\/Filter\s*(?:\[\s*)?\/(?:FlateDecode|Fl)\b/.test(dict)) return undefined;
  if (data.length < 2 || (data[0]! & 0x0f) !== 8 || ((data[0]! << 8) | data[1]!) % 31 !== 0)
    return 'its compressed data has no valid header';
  try {
    inflateRawSync(data.subarray(2), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 64 * 2 ** 20 });
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    return `its compressed data is corrupt: ${(error as Error).message}`;
  }
}
