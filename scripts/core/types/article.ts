export type ArticleFormat = 'md' | 'txt' | 'html' | 'csv' | 'tsv' | 'jsonl' | 'docx' | 'pdf';

/** One article as read and validated by `load`. Later stages trust these fields. */
export interface Article {
  /** Stable, URL-safe id derived from the file path: "2016/budget-talks". */
  id: string;
  /** Path of the file relative to the articles folder, with forward slashes; for a dataset row, with "#id-…" or "#row-N". */
  source: string;
  /** What it was read from; everything but 'md' is plain text (rendered like .txt). */
  format: ArticleFormat;
  title: string;
  /** ISO date (YYYY-MM-DD) from front matter, if given. */
  date?: string;
  author?: string;
  /** The `source` URL from front matter, if given and http(s). */
  sourceUrl?: string;
  /** The outlet that published it: `outlet:` in front matter, or a `source:` that is a name, not a URL. */
  outlet?: string;
  /**
   * The language of the text, an ISO 639-1 code ("en", "de"): `language:` (or `lang:`) in front matter or a dataset's
   * language column, else detected at load (load/detectLanguage.ts); absent when undetermined (then treated as
   * English). Only English articles are extracted (core/text/language.ts): the others are built without entities.
   */
  language?: string;
  /**
   * The text the offsets index into: the whole file for .txt, the body after front matter for .md, the extracted
   * text (paragraphs separated by a blank line) for every other format.
   */
  text: string;
  /**
   * `text` with markup that is not prose (code, link targets, raw HTML tags) blanked out
   * with spaces: the same length, so offsets into it are offsets into `text`. Extraction reads this.
   */
  prose: string;
  /** 1-based line of the file on which `text` begins (for warnings). */
  bodyLine: number;
}
