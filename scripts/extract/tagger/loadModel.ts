/** The shipped tagger model, read once per process (and once per worker thread). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeModel, type TaggerModel } from './model.ts';

export const MODEL_FILE = path.resolve(import.meta.dirname, '../../../data/model/tagger.bin');

let cached: TaggerModel | null | undefined;

/** The model, or null when the file is missing (the extractor then runs on its rules alone). */
export function loadModel(file = MODEL_FILE): TaggerModel | null {
  if (cached !== undefined && file === MODEL_FILE) return cached;
  let model: TaggerModel | null = null;
  try {
    model = decodeModel(readFileSync(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (file === MODEL_FILE) cached = model;
  return model;
}
