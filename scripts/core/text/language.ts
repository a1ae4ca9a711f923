/**
 * Article languages: which ones extraction reads, their English names, and the validation of a declared language.
 * Codes are ISO 639-1 ("en", "de") where one exists, else ISO 639-3; an article whose language is undetermined has
 * none and is treated as English.
 */

/** The languages the extractor's rules and tagger were built for. Any other language is built without entities. */
export const EXTRACTED_LANGUAGES: readonly string[] = ['en'];

/** Whether an article in this language is extracted: English, or undetermined (treated as English). */
export const isExtracted = (language: string | undefined): boolean =>
  language === undefined || EXTRACTED_LANGUAGES.includes(language);

/** A BCP 47 tag as people write one: a 2–3 letter language, then optional subtags ("pt-BR", "zh-Hant-TW", "de_AT"). */
const TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i;

/**
 * The language of a declared tag (front matter `language:`, a dataset's language column), lower-cased and without
 * its region or script ("de-AT" → "de", "EN_gb" → "en"); undefined when it is not a language tag or names no
 * language ("xx", "und", "english").
 */
export function languageCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = TAG.exec(value.trim())?.[1]?.toLowerCase();
  if (!code || code === 'und' || code === 'mul' || code === 'zxx') return undefined;
  return languageName(code) === code ? undefined : code;
}

let names: Intl.DisplayNames | undefined;

/** The English name of a language code ("de" → "German"); the code itself when it names no known language. */
export function languageName(code: string): string {
  names ??= new Intl.DisplayNames('en', { type: 'language', fallback: 'code' });
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The code of the warning for an article in a language extraction does not read. */
export const LANGUAGE_NOT_SUPPORTED = 'LANGUAGE_NOT_SUPPORTED';

/** What extraction does with an article in another language, said once for one file or for many. */
export const NOT_EXTRACTED = {
  one: 'extraction is English-only; its page is built without entities',
  many: 'extraction is English-only; their pages are built without entities',
};

/** The message of a LANGUAGE_NOT_SUPPORTED warning: "is in German (de): extraction is English-only; …". */
export const notExtractedMessage = (language: string): string =>
  `is in ${languageName(language)} (${language}): ${NOT_EXTRACTED.one}`;

/** The language named by a LANGUAGE_NOT_SUPPORTED message ("German"), for grouping them; undefined for another. */
export const languageOfMessage = (message: string): string | undefined =>
  /^is in (.+?) \([a-z]{2,3}\):/.exec(message)?.[1];
