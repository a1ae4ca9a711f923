/** One article's extraction under the guard: a throw or a mention that does not fit the text costs a warning. */
import { failpoint, stageFailed } from '../core/guard.ts';
import type { Warning } from '../core/types/common.ts';
import type { Extraction } from '../core/types/extraction.ts';
import { checkExtraction } from './checkExtraction.ts';
import { extractEntities } from './extractEntities.ts';
import { splitSentences } from './analyse/splitSentences.ts';
import type { TaggerModel } from './tagger/model.ts';

export const EXTRACT_STEP = 'extract entities';

export interface SafeExtraction {
  extraction: Extraction;
  warning?: Warning;
}

/** The sentences alone, for an article whose entities could not be found. */
export function emptyExtraction(text: string): Extraction {
  try {
    return { entities: [], sentences: splitSentences(text) };
  } catch {
    return { entities: [], sentences: [] };
  }
}

/** `model`: the tagger stacked on the rules (null: the rules alone). */
export function extractSafely(text: string, file: string, model: TaggerModel | null): SafeExtraction {
  try {
    failpoint(EXTRACT_STEP, file);
    return checked(text, file, extractEntities(text, { model }));
  } catch (error) {
    return {
      extraction: emptyExtraction(text),
      warning: stageFailed(file, EXTRACT_STEP, 'the article is shown without entities', error),
    };
  }
}

/**
 * Extract a sentence of our own `passes` times, so that the word lists and the gazetteer are built and the JIT has
 * compiled the extractor before the first real article (a worker started early, `npm start` before the first save).
 */
export function warmUpExtractor(model: TaggerModel | null, passes = 1): void {
  for (let i = 0; i < passes; i++)
    extractSafely('Warm-up: President Jane Roe met the U.N. envoy in Paris, France.', 'warm-up', model);
}

/** Check an extraction made elsewhere (a worker thread). */
export function checked(text: string, file: string, value: unknown): SafeExtraction {
  const { extraction, dropped } = checkExtraction(text, value);
  if (dropped === 0) return { extraction };
  const error = new RangeError(`${dropped} mention(s) or span(s) did not fit the text`);
  return { extraction, warning: stageFailed(file, EXTRACT_STEP, 'those mentions were dropped', error) };
}
