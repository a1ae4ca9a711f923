/**
 * Hostile inputs of size, generated at test time: the deep and reference-heavy saved pages (made by
 * scripts/dev/corpora/deepPages.ts, shared with `npm run bench:hostile-html`) and one article over the large-article
 * size in each format.
 */
import { csvRow, makeDocx, makeHtml, makePdf } from './formats.ts';

export {
  DEEP_TEXT,
  deepPage,
  REFERENCE_TEXT,
  referencePage,
  widePage,
} from '../../scripts/dev/corpora/deepPages.ts';

const SENTENCE =
  'The ferry from Port Eslin reached the northern quay after the storm, and Kordova Vesnik counted the crates. ';

/** Paragraphs of invented prose, each about 1,000 characters, more than `chars` in all. */
export function largeParagraphs(chars: number): string[] {
  const paragraph = SENTENCE.repeat(Math.ceil(1000 / SENTENCE.length)).trim();
  return Array.from({ length: Math.ceil(chars / paragraph.length) + 1 }, () => paragraph);
}

/**
 * One file per format whose article is more than `chars` characters: a saved page, a CSV and a JSONL row (each beside
 * a short row), a Word document, and a PDF whose text layer is one line.
 */
export function largeFiles(chars: number): Record<string, string | Uint8Array> {
  const paragraphs = largeParagraphs(chars);
  const text = paragraphs.join('\n\n');
  const short = 'A short note from the harbour office of Port Eslin, filed on Monday.';
  return {
    'page.html': makeHtml(paragraphs, { title: 'Long ferry log', outlet: 'Eslin Courier' }),
    'rows.csv':
      csvRow(['id', 'title', 'text']) + csvRow(['short', 'Short note', short]) + csvRow(['long', 'Long log', text]),
    'rows.jsonl': `${JSON.stringify({ id: 'short', title: 'Short note', text: short })}\n${JSON.stringify({ id: 'long', title: 'Long log', text })}\n`,
    'report.docx': makeDocx(paragraphs, { title: 'Long ferry report' }),
    'line.pdf': makePdf([paragraphs.join(' ')], {
      width: Number.MAX_SAFE_INTEGER,
      scale: 1e-5,
      title: 'Long ferry line',
    }),
  };
}
