/** The shipped tagger model, read once per process (and once per worker thread). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeModel, type TaggerModel } from '../extract/tagger/model.ts';

export const MODEL_FILE = path.resolve(import.meta.dirname, '../../data/model/tagger.bin');

let cached: TaggerModel | null | undefined;
let problem: string | undefined;

/**
 * The model, or null when the file is missing or cannot be read (the extractor then runs on its rules alone, and
 * `modelProblem` says why, so a build can warn instead of losing every article's entities).
 */
export function loadModel(file = MODEL_FILE): TaggerModel | null {
  if (cached !== undefined && file === MODEL_FILE) return cached;
  let model: TaggerModel | null = null;
  let why: string | undefined;
  try {
    model = decodeModel(readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    why = code === 'ENOENT' ? 'the file is missing' : (error as Error).message;
  }
  if (file === MODEL_FILE) {
    cached = model;
    problem = why;
  }
  return model;
}

/** Why the shipped model could not be used, once loadModel has been called; undefined when it is in use. */
export function modelProblem(): string | undefined {
  loadModel();
  return problem;
}
