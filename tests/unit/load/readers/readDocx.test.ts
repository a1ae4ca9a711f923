import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkZip } from '../../../../scripts/load/readers/checkZip.ts';
import { readDocx } from '../../../../scripts/load/readers/readDocx.ts';
import type { Warning } from '../../../../scripts/core/types/common.ts';
import { makeDocx, makeZip, makeZipBomb } from '../../../helpers/formats.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-docx-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function read(name: string, bytes: Uint8Array) {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  const warnings: Warning[] = [];
  return { articles: await readDocx(file, name, warnings), warnings };
}

describe('readDocx', () => {
  it('one paragraph per Word paragraph; the title and author from the document properties', async () => {
    const { articles, warnings } = await read(
      'report.docx',
      makeDocx(['First   paragraph, in Geneva.', '', 'Second <b>one</b> & more.'], {
        title: 'Tom & Jerry <report>',
        author: 'Sam Writer',
      }),
    );
    expect(warnings).toEqual([]);
    expect(articles).toEqual([
      expect.objectContaining({
        format: 'docx',
        title: 'Tom & Jerry <report>',
        author: 'Sam Writer',
        text: 'First paragraph, in Geneva.\n\nSecond <b>one</b> & more.',
      }),
    ]);
  });

  it.each([
    ['a reference typed into the title', 'Eslin can&#39;t wait', "Eslin can't wait"],
    ['a named one', 'Salt &amp; Pepper', 'Salt & Pepper'],
  ])('the title with %s decoded', async (_, title, expected) => {
    const { articles } = await read('refs.docx', makeDocx(['Text.'], { title }));
    expect(articles[0]).toMatchObject({ title: expected });
  });

  it('without properties, the title is the file name', async () => {
    const { articles } = await read('my_report.docx', makeDocx(['Text.']));
    expect(articles[0]).toMatchObject({ title: 'My report' });
  });

  it.each([
    ['a zip bomb that declares its size', 'ARCHIVE_TOO_LARGE', () => makeZipBomb(80, false), /would inflate to 80 MB/],
    [
      'a zip bomb that lies about its size',
      'ARCHIVE_TOO_LARGE',
      () => makeZipBomb(80, true),
      /does not inflate to the size it declares/,
    ],
    ['not a zip', 'BAD_ARCHIVE', () => Buffer.from('plain text, not a zip'), /not a valid zip archive/],
    [
      'a zip with no Word document in it',
      'BAD_DOCX',
      () => makeZip([{ name: 'hello.txt', data: Buffer.from('hi') }]),
      /not a Word document that can be read/,
    ],
    ['a document with no text', 'EMPTY', () => makeDocx([]), /no text/],
  ])('%s: a %s warning, skipped', async (_, code, bytes, message) => {
    const { articles, warnings } = await read(`${code}.docx`, bytes());
    expect(articles).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({ code, file: `${code}.docx`, message: expect.stringMatching(message) }),
    ]);
  });
});

describe('checkZip', () => {
  const small = (n: number) =>
    makeZip(Array.from({ length: n }, (_, i) => ({ name: `f${i}.txt`, data: Buffer.from(`file ${i}`) })));
  it.each([
    ['too many entries', small(12), { maxEntries: 10 }, /has 12 entries \(at most 10\)/],
    [
      'one entry too large',
      makeZip([{ name: 'big.xml', data: Buffer.alloc(5000) }]),
      { maxEntrySize: 1000 },
      /big\.xml would inflate to/,
    ],
    ['all entries together too large', small(5), { maxTotalSize: 20 }, /would inflate to more than/],
  ])('%s is refused', async (_, zip, options, message) => {
    await expect(checkZip(zip, options)).rejects.toMatchObject({
      code: 'ARCHIVE_TOO_LARGE',
      message: expect.stringMatching(message),
    });
  });

  it('returns the entries asked for', async () => {
    const kept = await checkZip(small(3), { keep: ['f1.txt'] });
    expect([...kept].map(([k, v]) => [k, v.toString()])).toEqual([['f1.txt', 'file 1']]);
  });
});
