/** The shipped tagger model's file: its bytes, read from disk (decoding them is the extractor's: extract/tagger/model.ts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const MODEL_FILE = path.resolve(import.meta.dirname, '../../data/model/tagger.bin');

/** The file's bytes, or why they cannot be read. */
export type ModelFile = { bytes: Uint8Array } | { problem: string };

export function readModelFile(file = MODEL_FILE): ModelFile {
  try {
    return { bytes: readFileSync(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'the file is missing' : (error as Error).message };
  }
}
