/**
 * A Word document (.docx) → an article: the archive checked first (scripts/load/readers/checkZip.ts), then its text read
 * by mammoth, one paragraph per Word paragraph; the title and author from the document's properties.
 */
import { readFile } from 'node:fs/promises';
import type { Warning } from '../../core/types/common.ts';
import { ArchiveRefused, checkZip } from './checkZip.ts';
import { decodeRefs } from '../text/cleanTitle.ts';
import { oneLine, titleFromFileName } from '../text/fields.ts';
import type { ArticleDraft } from './draft.ts';
import { maskHtml } from '../text/maskMarkup.ts';
import { joinParagraphs } from '../text/toText.ts';

const CORE = 'docProps/core.xml';

export async function readDocx(file: string, source: string, warnings: Warning[]): Promise<ArticleDraft[]> {
  const buffer = await readFile(file);
  let kept: Map<string, Buffer>;
  try {
    kept = await checkZip(buffer, { keep: [CORE] });
  } catch (error) {
    if (!(error instanceof ArchiveRefused)) throw error;
    warnings.push({
      code: error.code,
      file: source,
      message: `${error.code === 'ARCHIVE_TOO_LARGE' ? 'refused: the archive ' : ''}${error.message}; skipped`,
    });
    return [];
  }
  const mammoth = await import('mammoth');
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer })).value;
  } catch (error) {
    warnings.push({
      code: 'BAD_DOCX',
      file: source,
      message: `not a Word document that can be read (${(error as Error).message.split('\n')[0]!.slice(0, 120)}); skipped`,
    });
    return [];
  }
  const text = joinParagraphs(raw.split(/\n\s*\n/));
  if (!text) {
    warnings.push({ code: 'EMPTY', file: source, message: 'the document has no text; skipped' });
    return [];
  }
  const core = kept.get(CORE)?.toString('utf8') ?? '';
  const property = (tag: string) =>
    oneLine(decodeRefs(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(core)?.[1] ?? ''));
  const article: ArticleDraft = {
    source,
    format: 'docx',
    title: property('dc:title') ?? titleFromFileName(source),
    text,
    prose: maskHtml(text),
    bodyLine: 1,
  };
  const author = property('dc:creator');
  if (author) article.author = author;
  return [article];
}
