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

/**
 * A CSV of `rows` numbered rows ("id,text"; row i says "Row i."), with `broken(i)` replacing the lines it names, its
 * lines ended by `eol` ("\r\n" for Windows, a lone "\r" for old Mac files).
 */
export function numberedCsv(rows: number, broken: Record<number, string> = {}, eol = '\n'): string {
  const lines = ['id,text'];
  for (let i = 1; i <= rows; i++) lines.push(broken[i] ?? `${i},Row ${i}.`);
  return `${lines.join(eol)}${eol}`;
}

/**
 * A CSV like numberedCsv whose row `split` is padded so that its "\r\n" falls across the first 64 KiB read chunk
 * (the "\r" its last byte, the "\n" the next chunk's first): one line end, not two.
 */
export function splitEolCsv(rows: number, split: number, broken: Record<number, string>): string {
  const head = numberedCsv(split - 1, broken, '\r\n');
  const row = `${split},Row ${split}.`;
  const pad = 65_535 - head.length - row.length;
  if (pad < 0) throw new Error('split too late: the rows before it pass 64 KiB');
  const whole = numberedCsv(rows, { ...broken, [split]: `${split},Row ${split}.${' '.repeat(pad)}` }, '\r\n');
  if (whole[65_535] !== '\r' || whole[65_536] !== '\n') throw new Error('the split is not at 64 KiB');
  return whole;
}
