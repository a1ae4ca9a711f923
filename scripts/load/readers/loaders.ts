/**
 * One loader per format, behind one interface: a file in, article drafts (text, paragraphs as blank-line-separated
 * text, metadata) and warnings out. loadFiles (scripts/load/loadArticles.ts) picks the loader by extension.
 */
import { readFile } from 'node:fs/promises';
import { decodeHtml } from '../text/decodeHtml.ts';
import type { Loader } from './draft.ts';

export const LOADERS: readonly Loader[] = [
  {
    extensions: ['.html', '.htm', '.xhtml'],
    maxBytes: 50 * 2 ** 20,
    load: async (file, source, warnings) => {
      const { readPage, pageToArticle } = await import('./readHtml.ts');
      const article = pageToArticle(source, readPage(decodeHtml(await readFile(file), { source, warnings })), warnings);
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
