import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf, type Options } from '../../../../scripts/load/readers/readPdf.ts';
import { decodeNames, findPdfScripts } from '../../../../scripts/load/readers/findPdfScripts.ts';
import type { Warning } from '../../../../scripts/core/types/common.ts';
import {
  CONTENT_PDF_TEXTS,
  CORRUPT_CONTENT_PDFS,
  DAMAGED_PDFS,
  FILTERED_SCRIPT_PDFS,
  PDF_TEXTS,
  SCRIPTED_PDFS,
  SOUND_CONTENT_PDFS,
  textPdf,
  URI_LINK_PDF,
} from '../../../helpers/hostilePdf.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-hostile-pdf-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function read(name: string, bytes: Buffer, options: Partial<Options> = {}) {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  const warnings: Warning[] = [];
  return { articles: await readPdf(file, name, warnings, options), warnings };
}

const BOTH_PAGES = PDF_TEXTS.join(' ');

describe('readPdf: scripts wherever a PDF carries them', () => {
  it.each(SCRIPTED_PDFS)('%s: one PDF_SCRIPT warning saying where, the text kept', async (_, bytes, where) => {
    const { articles, warnings } = await read('scripted.pdf', bytes);
    expect(warnings).toEqual([
      {
        code: 'PDF_SCRIPT',
        file: 'scripted.pdf',
        message: expect.stringMatching(new RegExp(`${where.source}.* runs JavaScript, which Dossier never runs`)),
      },
    ]);
    expect(articles.map((a) => a.text)).toEqual([BOTH_PAGES]);
  });

  it.each(FILTERED_SCRIPT_PDFS)('%s: PDF_SCRIPT naming the annotation', async (_, bytes) => {
    expect(bytes.toString('latin1')).not.toMatch(/Java/); // only inside the encoded object stream
    const { articles, warnings } = await read('filtered.pdf', bytes);
    expect(warnings).toEqual([
      {
        code: 'PDF_SCRIPT',
        file: 'filtered.pdf',
        message: 'a link annotation on page 2 runs JavaScript, which Dossier never runs: only the text is read',
      },
    ]);
    expect(articles.map((a) => a.text)).toEqual([BOTH_PAGES]);
  });

  it('a link to a web address: no warning', async () => {
    const { articles, warnings } = await read('uri.pdf', URI_LINK_PDF);
    expect(warnings).toEqual([]);
    expect(articles.map((a) => a.text)).toEqual([BOTH_PAGES]);
  });

  it('scripts in several places: one warning naming each', async () => {
    const bytes = textPdf(PDF_TEXTS, {
      page: (i, first) => (i === 0 ? '/AA << /O << /S /JavaScript /JS (1) >> >>' : `/Annots [${first} 0 R]`),
      catalog: (first) => `/OpenAction ${first + 1} 0 R`,
      extra: () => [
        '<< /Type /Annot /Subtype /Link /Rect [0 0 9 9] /A << /S /JavaScript /JS (2) >> >>',
        '<< /S /JavaScript /JS (3) >>',
      ],
    });
    const { warnings } = await read('many.pdf', bytes);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'PDF_SCRIPT',
        message:
          "the document's open action, page 1's open action and a link annotation on page 2 run JavaScript, which Dossier never runs: only the text is read",
      }),
    ]);
  });
});

describe('readPdf: a page whose content stream is corrupt is named, the other pages kept', () => {
  it.each(CORRUPT_CONTENT_PDFS)('%s: BAD_PDF naming page 2', async (_, bytes) => {
    const { articles, warnings } = await read('corrupt.pdf', bytes);
    expect(warnings).toEqual([
      {
        code: 'BAD_PDF',
        file: 'corrupt.pdf',
        message: expect.stringMatching(
          /^is damaged: (the text of page 2 is lost where its content stream is corrupt|page 2 cannot be read) \(.+\); the text of the other pages is kept$/,
        ),
      },
    ]);
    expect(articles.map((a) => a.text)).toEqual([`${CONTENT_PDF_TEXTS[0]} ${CONTENT_PDF_TEXTS[2]}`]);
  });

  it.each(SOUND_CONTENT_PDFS)('%s: no warning, every page read', async (_, bytes) => {
    const { articles, warnings } = await read('sound.pdf', bytes);
    expect(warnings).toEqual([]);
    expect(articles.map((a) => a.text)).toEqual([CONTENT_PDF_TEXTS.join(' ')]);
  });
});

describe('findPdfScripts', () => {
  it.each([
    ['/S /Java#53cript', '/S /JavaScript'],
    ['/S /#4A#61vaScript /#4a#53 (x)', '/S /JavaScript /JS (x)'],
    ['(a#20string) /Na#6De', '(a#20string) /Name'],
  ])('decodeNames(%j) → %j', (raw, decoded) => expect(decodeNames(raw)).toBe(decoded));

  it('a link annotation inside a compressed object stream is traced by its object name', () => {
    const [, bytes] = SCRIPTED_PDFS.find(([name]) => name.includes('compressed object stream'))!;
    expect(bytes.toString('latin1')).not.toMatch(/Java/); // only in the deflated stream
    expect(findPdfScripts(bytes)).toMatchObject({ annotations: new Set(['8R']), any: true, document: false });
  });

  it('a harmless file: nothing', () => {
    expect(findPdfScripts(URI_LINK_PDF)).toMatchObject({ annotations: new Set(), pages: new Set(), any: false });
  });
});

describe('readPdf: a damaged PDF is a BAD_PDF warning naming it, never a throw', () => {
  it.each([
    [
      'a page tree whose /Kids points back to the root',
      /page 2 cannot be read \(Pages tree contains circular reference/,
    ],
    ['a page tree node that is its own kid', /page 2 cannot be read \(Pages tree contains circular reference/],
    ['a page tree kid that points to a missing object', /page 2 cannot be read \(Page dictionary kid reference/],
  ])('%s: the readable page kept', async (name, message) => {
    const { articles, warnings } = await read('tree.pdf', DAMAGED_PDFS[name]!);
    expect(warnings).toEqual([{ code: 'BAD_PDF', file: 'tree.pdf', message: expect.stringMatching(message) }]);
    expect(warnings[0]!.message).toMatch(/the text of the other pages is kept$/);
    expect(articles.map((a) => a.text)).toEqual([PDF_TEXTS[0]]);
  });

  it.each([
    // pdf.js recovers these: every page read, no warning
    ['a page count that lies (/Count 100000)', [BOTH_PAGES], []],
    ['a cross-reference table with wrong offsets', [BOTH_PAGES], []],
    // not recoverable: skipped
    ['a truncated file', [], ['BAD_PDF']],
    ['garbage after the header', [], ['BAD_PDF']],
    ['no cross-reference table at all', [], ['BAD_PDF']],
  ])('%s: text %j, warnings %j', async (name, texts, codes) => {
    const { articles, warnings } = await read('damaged.pdf', DAMAGED_PDFS[name]!);
    expect(articles.map((a) => a.text)).toEqual(texts);
    expect(warnings).toEqual(codes.map((code) => expect.objectContaining({ code, file: 'damaged.pdf' })));
  });

  it('a document that takes longer than its time budget: the pages read so far, a warning', async () => {
    const { articles, warnings } = await read('slow.pdf', textPdf(PDF_TEXTS), { maxMillis: 0 });
    expect(articles).toEqual([]);
    expect(warnings).toEqual([
      { code: 'BAD_PDF', file: 'slow.pdf', message: expect.stringMatching(/^took more than 0 s to read/) },
    ]);
  });

  it('a looping page tree and a script in one file: both warnings', async () => {
    const bytes = textPdf(PDF_TEXTS, {
      kids: (pages) => `${pages[0]} 0 R 2 0 R`,
      page: (i) => (i === 0 ? '/AA << /C << /S /JavaScript /JS (1) >> >>' : ''),
    });
    const { articles, warnings } = await read('both.pdf', bytes);
    expect(warnings.map((w) => w.code).sort()).toEqual(['BAD_PDF', 'PDF_SCRIPT']);
    expect(articles.map((a) => a.text)).toEqual([PDF_TEXTS[0]]);
  });
});
