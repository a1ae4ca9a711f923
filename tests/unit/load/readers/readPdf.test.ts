import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dropRunningLines,
  joinLines,
  paragraphsOfPages,
  readPdf,
  type Line,
} from '../../../../scripts/load/readers/readPdf.ts';
import type { Warning } from '../../../../scripts/core/types/common.ts';
import { makePdf } from '../../../helpers/formats.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-pdf-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function read(name: string, bytes: Buffer) {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  const warnings: Warning[] = [];
  return { articles: await readPdf(file, name, warnings), warnings };
}

const PARAGRAPHS = Array.from(
  { length: 8 },
  (_, i) =>
    `Paragraph ${i + 1}: officials in Geneva confirmed on Monday that the negotiations would continue throughout the following week, and representatives from neighbouring governments were expected to attend several afternoon sessions.`,
);

describe('readPdf', () => {
  it('paragraphs back from pages with a running header, page numbers and hyphenated line ends', async () => {
    const { articles, warnings } = await read(
      'report.pdf',
      makePdf(PARAGRAPHS, {
        title: 'The report',
        author: 'Sam Writer',
        header: 'Geneva talks: weekly report',
        pageNumbers: true,
        hyphenate: true,
        width: 50,
        linesPerPage: 12,
      }),
    );
    expect(warnings).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ format: 'pdf', title: 'The report', author: 'Sam Writer' });
    expect(articles[0]!.text.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it.each([
    ['encrypted', { encrypted: true }, 'PDF_ENCRYPTED', /encrypted/],
    ['scanned (no text layer)', { noText: true }, 'NO_TEXT_LAYER', /OCR is not supported/],
  ])('%s: a %s warning, skipped', async (_, options, code, message) => {
    const { articles, warnings } = await read(`${code}.pdf`, makePdf(PARAGRAPHS.slice(0, 2), options));
    expect(articles).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({ code, file: `${code}.pdf`, message: expect.stringMatching(message) }),
    ]);
  });

  it('JavaScript in a PDF: a warning, the text read, nothing run', async () => {
    const { articles, warnings } = await read(
      'js.pdf',
      makePdf(PARAGRAPHS.slice(0, 1), { javascript: "globalThis.dossierPwned = 'pdf'" }),
    );
    expect(warnings).toEqual([expect.objectContaining({ code: 'PDF_SCRIPT' })]);
    expect(articles[0]!.text).toBe(PARAGRAPHS[0]);
    expect((globalThis as { dossierPwned?: string }).dossierPwned).toBeUndefined();
  });

  it.each([
    ['not a PDF', Buffer.from('hello')],
    ['a truncated PDF', makePdf(PARAGRAPHS).subarray(0, 200)],
  ])('%s: a BAD_PDF or NO_TEXT_LAYER warning, never a throw', async (_, bytes) => {
    const { articles, warnings } = await read('bad.pdf', bytes);
    expect(articles).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual([expect.stringMatching(/^(BAD_PDF|NO_TEXT_LAYER)$/)]);
  });
});

const line = (text: string, y: number): Line => ({ text, y, size: 10 });

describe('dropRunningLines', () => {
  it('drops page numbers and lines repeated at the same place on most pages, keeps the rest', () => {
    const BODY = ['Officials met in Geneva.', 'Talks went on all day.', 'A spokesman declined to comment.'];
    const pages = [1, 2, 3].map((n) => [
      line('Annual Report 2020', 800),
      line(BODY[n - 1]!, 700),
      line(`And then ${BODY[3 - n]!.toLowerCase()}`, 686),
      line(`Page ${n} of 3`, 40),
    ]);
    expect(dropRunningLines(pages).map((p) => p.map((l) => l.text))).toEqual(
      BODY.map((b, i) => [b, `And then ${BODY[2 - i]!.toLowerCase()}`]),
    );
  });

  it('keeps a line that repeats on only one page in three', () => {
    const pages = [
      [line('Intro', 800), line('Geneva', 700)],
      [line('Other', 800), line('Nairobi', 700)],
      [line('Intro', 760), line('Kabul', 700)],
    ];
    expect(dropRunningLines(pages)).toEqual(pages);
  });
});

describe('joinLines and paragraphsOfPages', () => {
  it.each([
    [['inter-', 'national talks'], 'international talks'],
    [['well-', 'Known'], 'well- Known'],
    [['one', 'two'], 'one two'],
  ])('%j → %j', (lines, text) => expect(joinLines(lines)).toBe(text));

  it('a wider gap between lines starts a paragraph; a page break inside a sentence does not', () => {
    const pages = [
      [
        line('First paragraph line one', 700),
        line('and line two.', 686),
        line('Second paragraph starts', 660),
        line('and goes on', 646),
      ],
      [line('over the page.', 700)],
    ];
    expect(paragraphsOfPages(pages)).toEqual([
      'First paragraph line one and line two.',
      'Second paragraph starts and goes on over the page.',
    ]);
  });

  it.each([
    ['a full last line that ends a sentence: the paragraph goes on', 'and the talks ended at the palace on Monday.', 1],
    ['a short last line that ends a sentence: a new paragraph', 'it ended.', 2],
  ])('across a page break, %s', (_, last, count) => {
    const pages = [
      [line('The delegation arrived in Geneva late on Sunday', 700), line(last, 686)],
      [line('Next page text.', 700)],
    ];
    expect(paragraphsOfPages(pages)).toHaveLength(count);
  });
});
