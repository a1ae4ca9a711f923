/**
 * One loader per format, behind one interface: a file in, article drafts (text, paragraphs as blank-line-separated
 * text, metadata) and warnings out. loadFiles (scripts/load/loadArticles.ts) picks the loader by extension.
 */
import { readFile } from 'node:fs/promises';
import type { Article } from '../../core/types/article.ts';
import type { Warning } from '../../core/types/common.ts';

/** An article before its id is given. `slugName` is the name its id is made from (default: the source without extension). */
export type ArticleDraft = Omit<Article, 'id'> & { slugName?: string };

export interface Loader {
  /** Lower-case extensions with the dot, e.g. ".html". */
  extensions: readonly string[];
  /** A larger file is skipped with a FILE_TOO_LARGE warning before it is read (formats read whole). */
  maxBytes?: number;
  /** Read one file; `source` is its path as shown (relative to the articles folder). Problems go to `warnings`. */
  load: (file: string, source: string, warnings: Warning[]) => Promise<ArticleDraft[]>;
}

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

export const LOADERS: readonly Loader[] = [
  {
    extensions: ['.html', '.htm', '.xhtml'],
    maxBytes: 50 * 2 ** 20,
    load: async (file, source, warnings) => {
      const { readPage, pageToArticle } = await import('./readHtml.ts');
      const article = pageToArticle(source, readPage(decodeHtml(await readFile(file))), warnings);
      return article ? [article] : [];
    },
  },
  {
    extensions: ['.csv', '.tsv', '.jsonl', '.ndjson'],
    load: async (file, source, warnings) => (await import('./readDataset.ts')).readDataset(file, source, warnings),
  },
  {
    extensions: ['.docx'],
    maxBytes: 200 * 2 ** 20,
    load: async (file, source, warnings) => (await import('./readDocx.ts')).readDocx(file, source, warnings),
  },
  {
    extensions: ['.pdf'],
    maxBytes: 200 * 2 ** 20,
    load: async (file, source, warnings) => (await import('./readPdf.ts')).readPdf(file, source, warnings),
  },
];

export const loaderFor = (file: string): Loader | undefined => {
  const lower = file.toLowerCase();
  return LOADERS.find((l) => l.extensions.some((e) => lower.endsWith(e)));
};
