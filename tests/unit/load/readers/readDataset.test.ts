import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DossierError } from '../../../../scripts/core/errors.ts';
import { loadFiles } from '../../../../scripts/load/index.ts';
import { detectColumns, readDataset } from '../../../../scripts/load/readers/readDataset.ts';
import { parseDatasetMap } from '../../../../scripts/load/readers/readDatasetMap.ts';
import type { Warning } from '../../../../scripts/core/types/common.ts';
import { csvRow } from '../../../helpers/formats.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-dataset-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function read(name: string, content: string, sidecar?: string) {
  const file = path.join(dir, name);
  await writeFile(file, content);
  if (sidecar !== undefined) await writeFile(`${file}.yaml`, sidecar);
  const warnings: Warning[] = [];
  const articles = await readDataset(file, name, warnings);
  return { articles, warnings };
}

describe('detectColumns', () => {
  it.each([
    [['id', 'Headline', 'Body', 'Published At', 'Publisher'], { id: 0, title: 1, text: 2, date: 3, outlet: 4 }],
    [['title', 'content', 'link', 'author'], { title: 0, text: 1, url: 2, author: 3 }],
    [['Article Text', 'source'], { text: 0, url: 1 }],
    [['Body', 'Lang'], { text: 0, language: 1 }],
    [['x', 'y'], {}],
  ])('%j → %j', (header, columns) => expect(detectColumns(header, undefined, 'f.csv', [])).toEqual(columns));
});

describe('readDataset', () => {
  it('a row per article, with its metadata, a stable id and a source naming the file and row', async () => {
    const { articles, warnings } = await read(
      'news.csv',
      csvRow(['id', 'headline', 'text', 'date', 'url', 'author', 'publisher']) +
        csvRow([
          'A-1',
          'First',
          'One.\n\nTwo.',
          '2020-01-02T10:00:00Z',
          'https://example.com/1',
          'Jane Roe',
          'Example Wire',
        ]) +
        csvRow(['a/2', 'Second', 'Three.', '', 'Reuters', '', '']),
    );
    expect(warnings).toEqual([]);
    expect(articles).toEqual([
      expect.objectContaining({
        source: 'news.csv#id-A-1',
        slugName: 'news/A-1',
        format: 'csv',
        title: 'First',
        text: 'One.\n\nTwo.',
        date: '2020-01-02',
        sourceUrl: 'https://example.com/1',
        author: 'Jane Roe',
        outlet: 'Example Wire',
        bodyLine: 2,
      }),
      expect.objectContaining({
        source: 'news.csv#id-a/2',
        slugName: 'news/a-2',
        title: 'Second',
        outlet: 'Reuters',
        bodyLine: 5,
      }),
    ]);
  });

  it('without an id column, the id is a hash of the text: the same wherever the row moves', async () => {
    const rows = [csvRow(['First text.']), csvRow(['Second text.'])];
    const a = await read('hash-a.csv', csvRow(['body']) + rows.join(''));
    const b = await read('hash-b.csv', csvRow(['body']) + [...rows].reverse().join(''));
    const ids = (r: typeof a) => Object.fromEntries(r.articles.map((x) => [x.text, x.slugName!.split('/')[1]]));
    expect(ids(a)).toEqual(ids(b));
    expect(a.articles[0]!.slugName).toMatch(/^hash-a\/[0-9a-f]{12}$/);
    expect(a.articles.map((x) => x.source)).toEqual(['hash-a.csv#row-1', 'hash-a.csv#row-2']);
  });

  it.each([
    ['a row with no text', csvRow(['id', 'text']) + csvRow(['1', '']), 'BAD_ROW', 2, /row 1 has no text/],
    [
      'an id used twice',
      csvRow(['id', 'text']) + csvRow(['1', 'A.']) + csvRow(['1', 'B.']),
      'DUPLICATE_ROW',
      3,
      /the id "1" is used by an earlier row/,
    ],
    [
      'the same text twice',
      csvRow(['text']) + csvRow(['Same.']) + csvRow(['Same.']),
      'DUPLICATE_ROW',
      3,
      /same text as an earlier row/,
    ],
    [
      'a bad date',
      csvRow(['text', 'date']) + csvRow(['A.', '31/02/2020']),
      'BAD_DATE',
      2,
      /date "31\/02\/2020" is not a date/,
    ],
    [
      'a javascript: URL',
      csvRow(['text', 'url']) + csvRow(['A.', 'javascript:alert(1)']),
      'BAD_SOURCE',
      2,
      /not an http\(s\) URL/,
    ],
    [
      'an unclosed quote',
      `text\nA.\n"never closed\nB.\n`,
      'BAD_ROW',
      3,
      /a quote opened in the row on line 3 is never closed/,
    ],
    [
      'no text column',
      csvRow(['title', 'date']) + csvRow(['T', '2020-01-01']),
      'NO_TEXT_COLUMN',
      1,
      /no column holds the articles' text/,
    ],
  ])('%s: a %s warning with its line', async (_, content, code, line, message) => {
    const { warnings } = await read(`bad-${code}-${line}.csv`, content);
    expect(warnings).toContainEqual(expect.objectContaining({ code, line, message: expect.stringMatching(message) }));
  });

  it('JSON Lines and TSV', async () => {
    const jsonl = await read(
      'a.jsonl',
      `${JSON.stringify({ guid: 'x1', body: 'From JSONL.', title: 'J' })}\n\n${JSON.stringify({ guid: 7, body: 'Seven.' })}\nnot json\n`,
    );
    expect(jsonl.articles.map((a) => [a.source, a.format, a.title, a.text])).toEqual([
      ['a.jsonl#id-x1', 'jsonl', 'J', 'From JSONL.'],
      ['a.jsonl#id-7', 'jsonl', 'A, row 2', 'Seven.'],
    ]);
    expect(jsonl.warnings).toEqual([expect.objectContaining({ code: 'BAD_ROW', line: 4 })]);
    const tsv = await read('b.tsv', 'title\ttext\nT "quoted\tText with a "quote.\n');
    expect(tsv.articles.map((a) => [a.format, a.title, a.text])).toEqual([['tsv', 'T "quoted', 'Text with a "quote.']]);
  });

  it('a sidecar NAME.csv.yaml maps the columns', async () => {
    const { articles, warnings } = await read(
      'mapped.csv',
      csvRow(['hed', 'copy', 'text', 'ref']) + csvRow(['Mapped', 'The real text.', 'Not this.', 'r1']),
      '# which column is which\ntitle: hed\ntext: copy\nid: ref\n',
    );
    expect(warnings).toEqual([]);
    expect(articles).toEqual([
      expect.objectContaining({ title: 'Mapped', text: 'The real text.', source: 'mapped.csv#id-r1' }),
    ]);
  });

  it('a sidecar naming a column the file does not have: a warning with the sidecar line', async () => {
    const { warnings } = await read('unmapped.csv', csvRow(['text']) + csvRow(['A.']), 'text: text\ntitle: nope\n');
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'DATASET_MAP_UNUSED', file: 'unmapped.csv.yaml', line: 2 }),
    ]);
  });

  it('a file that is not UTF-8: its rows load, with one NOT_UTF8 warning', async () => {
    const file = path.join(dir, 'latin1.csv');
    await writeFile(
      file,
      Buffer.concat([
        Buffer.from('text\nS'),
        Buffer.from([0xe3]),
        Buffer.from('o Paulo.\nS'),
        Buffer.from([0xe3]),
        Buffer.from('o Tom\u00e9.\n', 'latin1'),
      ]),
    );
    const warnings: Warning[] = [];
    const articles = await readDataset(file, 'latin1.csv', warnings);
    expect(articles).toHaveLength(2);
    expect(warnings).toEqual([expect.objectContaining({ code: 'NOT_UTF8', line: 2 })]);
  });

  it('CSV injection strings stay the text they are', async () => {
    const { articles } = await read(
      'inject.csv',
      csvRow(['title', 'text']) + csvRow(['=HYPERLINK("http://x","y")', '@SUM(1+1) +cmd -2 =1']),
    );
    expect(articles[0]).toMatchObject({ title: '=HYPERLINK("http://x","y")', text: '@SUM(1+1) +cmd -2 =1' });
  });

  it('a runaway quote costs one warning, not the memory of the whole file', async () => {
    const file = path.join(dir, 'runaway.csv');
    await writeFile(file, `text\n"${'x'.repeat(200_000)}\nA.\n`);
    const warnings: Warning[] = [];
    await readDataset(file, 'runaway.csv', warnings, { maxRecord: 10_000 });
    expect(warnings.map((w) => w.code)).toContain('BAD_ROW');
  });

  it('a 50 MB CSV is streamed: every row read, the reader holding little memory', async () => {
    const file = path.join(dir, 'large.csv');
    const out = createWriteStream(file);
    out.write('id,text\n');
    const body = 'Officials in Geneva said on Monday that talks with the United Nations would resume next week. '
      .repeat(10)
      .trim();
    let size = 0;
    let rows = 0;
    while (size < 50 * 2 ** 20) {
      const line = `${++rows},"${body} (${rows})"\n`;
      size += line.length;
      if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
    await new Promise<void>((r) => out.end(() => r()));
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let count = 0;
    const warnings: Warning[] = [];
    await readDataset(file, 'large.csv', warnings, {
      onArticle: () => {
        if (++count % 5000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
    });
    expect(warnings).toEqual([]);
    expect(count).toBe(rows);
    // the file is 50 MB; what the reader holds at any time is far less (GC timing aside)
    // (measured: 13-17 MB; the articles themselves, if kept, would be over 100 MB)
    expect(peak - before).toBeLessThan(45 * 2 ** 20);
  }, 60_000);
});

describe('parseDatasetMap', () => {
  it.each([
    ['title: [a, b]\n', 1, /title must be the name of a column/],
    [
      'text: body\nheadline: hed\n',
      2,
      /unknown field "headline": use one of text, title, date, author, url, id, outlet/,
    ],
    ['text: "unclosed\n', 2, /not valid YAML/],
    ['- text\n', 1, /must map fields to column names/],
    ['text: a\ntext: b\n', 2, /not valid YAML/],
  ])('%j stops the build with the line (%i)', (text, line, message) => {
    let error: unknown;
    try {
      parseDatasetMap(text, 'news.csv.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DossierError);
    expect(error).toMatchObject({ code: 'DATASET_MAP_INVALID', file: 'news.csv.yaml', line });
    expect((error as Error).message).toMatch(message);
  });

  it('an invalid sidecar stops a load, naming it', async () => {
    const file = path.join(dir, 'broken.csv');
    await writeFile(file, csvRow(['text']) + csvRow(['A.']));
    await writeFile(`${file}.yaml`, 'txet: body\n');
    await expect(loadFiles([file], dir)).rejects.toMatchObject({
      code: 'DATASET_MAP_INVALID',
      file: 'broken.csv.yaml',
      line: 1,
    });
  });
});
