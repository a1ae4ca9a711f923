/**
 * Fixtures for hostile datasets and unreadable files, written at test time (invented words only): one readable
 * article in every format, and CSV files of many numbered rows with a broken one among them.
 */
import { csvRow, makeDocx, makeHtml, makePdf } from './formats.ts';

const SENTENCE = 'Kordova Vesnik spoke in Port Eslin on Monday.';

/** One small, valid article per extension the loader reads. */
export const ONE_ARTICLE: Record<string, Uint8Array | string> = {
  '.md': `---\ntitle: Talks in Port Eslin\n---\n${SENTENCE}\n`,
  '.txt': `${SENTENCE}\n`,
  // a saved page needs a little prose to be an article (scripts/load/text/judgeBody.ts)
  '.html': makeHtml(
    [SENTENCE, 'The talks about the harbour, the ferries and the fares went on late into the evening.'],
    {
      title: 'Talks in Port Eslin',
    },
  ),
  '.csv': csvRow(['title', 'text']) + csvRow(['Talks', SENTENCE]),
  '.tsv': `title\ttext\nTalks\t${SENTENCE}\n`,
  '.jsonl': `${JSON.stringify({ title: 'Talks', text: SENTENCE })}\n`,
  '.docx': makeDocx([SENTENCE]),
  '.pdf': makePdf([SENTENCE]),
};

/** A CSV of `rows` numbered rows ("id,text"; row i says "Row i."), with `broken(i)` replacing the lines it names. */
export function numberedCsv(rows: number, broken: Record<number, string> = {}): string {
  const lines = ['id,text'];
  for (let i = 1; i <= rows; i++) lines.push(broken[i] ?? `${i},Row ${i}.`);
  return `${lines.join('\n')}\n`;
}
