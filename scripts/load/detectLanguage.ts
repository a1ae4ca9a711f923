/**
 * The language of an article's text, detected with ELD (the `eld` package: n-gram statistics over 60 languages,
 * ISO 639-1 codes; https://github.com/nitotm/efficient-language-detector-js). Only a bounded prefix of the text is
 * read, so the cost per article is constant. When the text is too short or the detector is not sure, the language is
 * undetermined (undefined) and the article is treated as English: a wrongly rejected English article would silently
 * lose its entities, a wrongly accepted foreign one only gets a few junk entities. Chosen and measured in
 * BENCHMARKS.md ("Language detection"; `npm run bench:language`). A saved page's `<html lang>` is not used: 31 of
 * the 209 shared pages that declare one declare it wrongly (German pages saying "en").
 */

import { isExtracted, LANGUAGE_NOT_SUPPORTED, notExtractedMessage } from '../core/text/language.ts';
import type { Article } from '../core/types/article.ts';
import type { Warning } from '../core/types/common.ts';

/** A detector: text in, ISO 639-1 code out, or undefined when it cannot tell. */
export type Detect = (text: string) => string | undefined;

export interface Options {
  /** Characters read from the start of the text. */
  prefix: number;
  /** Below this many letters in the prefix, the language is undetermined. */
  minLetters: number;
}

export const defaultOptions: Options = { prefix: 3000, minLetters: 40 };

let loading: Promise<Detect> | undefined;

/**
 * The shipped detector, imported on first use (its n-gram tables take about a second and 50 MB to load, so
 * modules that never detect do not pay for them).
 */
export function languageDetector(): Promise<Detect> {
  loading ??= import('eld/small').then(({ eld }) => (text: string) => {
    const result = eld.detect(text);
    return result.language && result.isReliable() ? result.language : undefined;
  });
  return loading;
}

/** The language of `text` by `detect`, read from its first `prefix` characters; undefined when undetermined. */
export function detectLanguage(text: string, detect: Detect, options: Partial<Options> = {}): string | undefined {
  const opts = { ...defaultOptions, ...options };
  const prefix = cutAtSpace(text, opts.prefix);
  if (!hasLetters(prefix, opts.minLetters)) return undefined;
  return detect(prefix);
}

/** Whether `text` has at least `min` letters (stops counting there). */
function hasLetters(text: string, min: number): boolean {
  const letter = /\p{L}/gu;
  let count = 0;
  while (count < min && letter.exec(text)) count++;
  return count >= min;
}

/** The first `max` characters, cut back to the last space so no word is broken. */
function cutAtSpace(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > max / 2 ? cut : max);
}

/**
 * A LANGUAGE_NOT_SUPPORTED warning (the build prints them all as one line: report/formatSummary.ts) for an article that extraction does not read (core/text/language.ts), naming
 * its language as "German (de)"; undefined for English and undetermined articles.
 */
export function unsupportedLanguage(article: Pick<Article, 'source' | 'language'>): Warning | undefined {
  const { language } = article;
  if (isExtracted(language)) return undefined;
  return {
    code: LANGUAGE_NOT_SUPPORTED,
    file: article.source,
    message: notExtractedMessage(language!),
  };
}
