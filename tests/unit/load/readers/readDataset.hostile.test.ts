import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '../../../../scripts/load/index.ts';
import { listFiles } from '../../../../scripts/load/loadArticles.ts';
import { readDataset, type Options } from '../../../../scripts/load/readers/readDataset.ts';
import type { Warning } from '../../../../scripts/core/types/common.ts';
import { ONE_ARTICLE, numberedCsv, splitEolCsv } from '../../../helpers/hostileData.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-dataset-hostile-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let count = 0;
async function read(ext: string, content: string, options: Partial<Options> = {}) {
  const name = `file-${++count}${ext}`;
  await writeFile(path.join(dir, name), content);
  const warnings: Warning[] = [];
  const articles = await readDataset(path.join(dir, name), name, warnings, options);
  return { name, articles, warnings };
}

const jsonl = (...objects: object[]) => objects.map((o) => `${JSON.stringify(o)}\n`).join('');

describe('JSON Lines: the columns are the keys of a sample of objects, not of the first one', () => {
  it.each<[string, string, Partial<Options>, [string, string][], string[]]>([
    [
      'the first object has no title: the later titles are kept',
      jsonl({ text: 'Alpha.' }, { title: 'Beta talks', text: 'Beta.' }, { title: 'Gamma talks', text: 'Gamma.' }),
      {},
      [
        ['F, row 1', 'Alpha.'],
        ['Beta talks', 'Beta.'],
        ['Gamma talks', 'Gamma.'],
      ],
      [],
    ],
    [
      'the first object has no text: it is a bad row, the others load',
      jsonl({ title: 'Only a title' }, { title: 'Beta talks', body: 'Beta.' }),
      {},
      [['Beta talks', 'Beta.']],
      ['BAD_ROW'],
    ],
    [
      'a headline key first seen in the third object',
      jsonl({ text: 'Alpha.' }, { text: 'Beta.' }, { headline: 'Gamma talks', text: 'Gamma.' }),
      {},
      [
        ['F, row 1', 'Alpha.'],
        ['F, row 2', 'Beta.'],
        ['Gamma talks', 'Gamma.'],
      ],
      [],
    ],
    [
      'a key first seen after the sample is not a column (the sample is bounded)',
      jsonl({ text: 'Alpha.' }, { text: 'Beta.' }, { title: 'Gamma talks', text: 'Gamma.' }),
      { sampleRows: 2 },
      [
        ['F, row 1', 'Alpha.'],
        ['F, row 2', 'Beta.'],
        ['F, row 3', 'Gamma.'],
      ],
      [],
    ],
  ])('%s', async (_, content, options, expected, codes) => {
    const { name, articles, warnings } = await read('.jsonl', content, options);
    const shown = (t: string) => t.replace(/^File \d+/, 'F');
    expect(articles.map((a) => [shown(a.title), a.text])).toEqual(expected);
    expect(warnings.map((w) => w.code)).toEqual(codes);
    expect(name).toMatch(/\.jsonl$/);
  });
});

describe('CSV: a broken quote costs only its own row', () => {
  const rowsOf = (articles: { text: string }[]) => articles.map((a) => Number(/Row (\d+)/.exec(a.text)?.[1] ?? 0));
  const range = (from: number, to: number, skip: number[] = []) =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((n) => !skip.includes(n));
  it.each<[string, string, number[], [number, RegExp][]]>([
    [
      'a quote never closed, mid-file: the rows after it load',
      numberedCsv(6, { 3: '3,"Row 3 never closed.' }),
      range(1, 6, [3]),
      [[4, /a quote opened in the row on line 4 is never closed; skipped/]],
    ],
    [
      'a quote that closes lines later with text after it: only its row is lost',
      numberedCsv(8, { 2: '2,"Row 2 broken.', 5: '5,"Row 5" and more.' }),
      range(1, 8, [2, 5]),
      [
        [3, /a quote opened in the row on line 3 is never closed/],
        [6, /a quoted field in the row on line 6 has text after its closing quote/],
      ],
    ],
    [
      'two unclosed quotes: each its own warning with its line',
      numberedCsv(9, { 2: '2,"Row 2 open.', 7: '7,"Row 7 open.' }),
      range(1, 9, [2, 7]),
      [
        [3, /line 3 is never closed/],
        [8, /line 8 is never closed/],
      ],
    ],
    [
      'an unclosed quote far into the file (past the remembered line offsets)',
      numberedCsv(1200, { 700: '700,"Row 700 open.' }),
      range(1, 1200, [700]),
      [[701, /line 701 is never closed/]],
    ],
    [
      'a quote in the middle of an unquoted field',
      numberedCsv(4, { 2: '2,Row 2 said "hi".' }),
      range(1, 4, [2]),
      [[3, /a quote in the middle of a field that is not quoted, in the row on line 3/]],
    ],
    [
      'old Mac line ends (a lone "\\r"): the rows after an unclosed quote load',
      numberedCsv(6, { 3: '3,"Row 3 never closed.' }, '\r'),
      range(1, 6, [3]),
      [[4, /a quote opened in the row on line 4 is never closed; skipped/]],
    ],
    [
      'old Mac line ends, two unclosed quotes far into the file (past the remembered line offsets)',
      numberedCsv(1200, { 300: '300,"Row 300 open.', 900: '900,"Row 900 open.' }, '\r'),
      range(1, 1200, [300, 900]),
      [
        [301, /line 301 is never closed/],
        [901, /line 901 is never closed/],
      ],
    ],
    [
      'Windows line ends ("\\r\\n"): the rows after an unclosed quote load',
      numberedCsv(1200, { 700: '700,"Row 700 open.' }, '\r\n'),
      range(1, 1200, [700]),
      [[701, /line 701 is never closed/]],
    ],
    [
      'a "\\r\\n" split between two read chunks is one line end',
      splitEolCsv(8000, 3000, { 7000: '7000,"Row 7000 open.' }),
      range(1, 8000, [7000]),
      [[7001, /line 7001 is never closed/]],
    ],
  ])('%s', async (_, content, rows, expected) => {
    const { articles, warnings } = await read('.csv', content);
    expect(rowsOf(articles)).toEqual(rows);
    expect(warnings.map((w) => [w.code, w.line])).toEqual(expected.map(([line]) => ['BAD_ROW', line]));
    for (const [i, [, message]] of expected.entries()) expect(warnings[i]!.message).toMatch(message);
  });

  it.each<[string, string, string[]]>([
    [
      'a quoted cell over several lines',
      'id,text\n1,"Row 1,\nsecond line.\n\nThird."\n2,Row 2.\n',
      ['Row 1,', 'second line.', 'Third.'],
    ],
    [
      'a multi-line cell after a broken row',
      'id,text\n1,"Row 1 open.\n2,"Row 2\nover lines."\n3,Row 3.\n',
      ['Row 2', 'over lines.'],
    ],
    [
      'an escaped quote "" inside a quoted cell',
      'id,text\n1,"Row 1 ""quoted"" twice."\n2,Row 2.\n',
      ['Row 1 "quoted" twice.'],
    ],
  ])('%s is still a cell: its row and the next load', async (_, content, parts) => {
    const { articles } = await read('.csv', content);
    expect(articles).toHaveLength(2);
    expect(articles[1]!.text).toMatch(/^Row \d\.$/);
    // the cell's lines all in the row's text (its paragraphs are made of them)
    for (const part of parts) expect(articles[0]!.text).toContain(part);
  });

  it('more broken rows than maxBrokenRows: the file stops there with BAD_DATASET, the rows before kept', async () => {
    const broken = Object.fromEntries([3, 5, 7, 9].map((i) => [i, `${i},"Row ${i} open.`]));
    const { articles, warnings } = await read('.csv', numberedCsv(12, broken), { maxBrokenRows: 2 });
    expect(rowsOf(articles)).toEqual([1, 2, 4, 6]);
    expect(warnings.at(-1)).toMatchObject({
      code: 'BAD_DATASET',
      message: expect.stringMatching(/more than 2 broken rows/),
    });
  });
});

describe('a row cap per file (maxRows): bounded memory, one DATASET_TOO_LARGE naming the file and the rows read', () => {
  it.each<[string, string, number, number | undefined]>([
    ['a CSV over the cap', numberedCsv(8), 5, 7],
    ['a CSV at the cap: no warning', numberedCsv(5), 5, undefined],
    [
      'a JSON Lines file over the cap',
      jsonl(...Array.from({ length: 8 }, (_, i) => ({ text: `Row ${i + 1}.` }))),
      3,
      4,
    ],
  ])('%s', async (_, content, maxRows, line) => {
    const ext = content.startsWith('{') ? '.jsonl' : '.csv';
    const { name, articles, warnings } = await read(ext, content, { maxRows });
    expect(articles).toHaveLength(Math.min(maxRows, 8));
    const cap = warnings.filter((w) => w.code === 'DATASET_TOO_LARGE');
    if (line === undefined) expect(cap).toEqual([]);
    else
      expect(cap).toEqual([
        {
          code: 'DATASET_TOO_LARGE',
          file: name,
          line,
          message: `has more than ${maxRows} rows: the first ${maxRows} are read, the rest (from line ${line}) are skipped; split the file to load them all`,
        },
      ]);
  });

  it('a million bad rows hold 20 warnings and a count, not a million', async () => {
    const { warnings } = await read('.csv', `id,text\n${'1,\n'.repeat(50_000)}`);
    expect(warnings).toHaveLength(21);
    expect(warnings.at(-1)!.message).toBe('and 49980 more problem(s) in this file');
  });
});

describe('a file that cannot be read: a warning naming it, never a crash', () => {
  const EXTENSIONS = Object.keys(ONE_ARTICLE);
  it.each(EXTENSIONS)('%s gone between listing and reading (ENOENT)', async (ext) => {
    const file = path.join(dir, `gone-${ext.slice(1)}${ext}`);
    const { articles, warnings } = await loadFiles([file], dir);
    expect(articles).toEqual([]);
    expect(warnings).toEqual([
      {
        code: 'UNREADABLE',
        file: path.basename(file),
        message: 'cannot read the file (ENOENT: it was moved or deleted while the build read it); skipped',
      },
    ]);
  });

  it.each(EXTENSIONS)('%s replaced by a folder (EISDIR)', async (ext) => {
    const file = path.join(dir, `folder-${ext.slice(1)}${ext}`);
    await mkdir(file);
    const { articles, warnings } = await loadFiles([file], dir);
    expect(articles).toEqual([]);
    expect(warnings).toEqual([
      {
        code: 'UNREADABLE',
        file: path.basename(file),
        message: 'cannot read the file (EISDIR: it is a folder now); skipped',
      },
    ]);
  });

  it('a sidecar NAME.csv.yaml replaced by a folder (EISDIR): a warning naming it, the dataset skipped', async () => {
    const file = path.join(dir, 'mapped.csv');
    await writeFile(file, numberedCsv(2));
    await mkdir(`${file}.yaml`);
    const { articles, warnings } = await loadFiles([file], dir);
    expect(articles).toEqual([]);
    expect(warnings).toEqual([
      {
        code: 'UNREADABLE',
        file: 'mapped.csv.yaml',
        message:
          'cannot read the file (EISDIR: it is a folder now); mapped.csv is skipped, as its columns are named there',
      },
    ]);
  });

  it('the files beside it load', async () => {
    const files = await Promise.all(
      EXTENSIONS.map(async (ext) => {
        const file = path.join(dir, `fine-${ext.slice(1)}${ext}`);
        await writeFile(file, ONE_ARTICLE[ext]!);
        return file;
      }),
    );
    const { articles, warnings } = await loadFiles([...files, path.join(dir, 'gone.csv')], dir);
    expect(articles).toHaveLength(EXTENSIONS.length);
    expect(warnings.filter((w) => w.code === 'UNREADABLE').map((w) => w.file)).toEqual(['gone.csv']);
  });
});

describe('a file that changed kind between listing and reading: a warning naming it, never read', () => {
  const EXTENSIONS = Object.keys(ONE_ARTICLE);
  /** content/articles with one file per extension, listed; then `change` applied to each before they are read. */
  async function listThenChange(name: string, change: (file: string) => Promise<void>) {
    const root = path.join(dir, name, 'content/articles');
    await mkdir(root, { recursive: true });
    for (const ext of EXTENSIONS) await writeFile(path.join(root, `item${ext}`), ONE_ARTICLE[ext]!);
    const listed = await listFiles(root);
    expect(listed.files).toHaveLength(EXTENSIONS.length);
    for (const file of listed.files) await change(file);
    return loadFiles(listed.files, root);
  }
  const expected = (reason: string) =>
    EXTENSIONS.map((ext) => ({
      code: 'UNREADABLE',
      file: `item${ext}`,
      message: `cannot read the file (${reason}); skipped`,
    })).sort((a, b) => (a.file < b.file ? -1 : 1));

  it('each format become a named pipe: skipped at once (reading one would wait for a writer forever)', async () => {
    const { articles, warnings } = await listThenChange('fifo', async (file) => {
      await rm(file);
      execFileSync('mkfifo', [file]);
    });
    expect(articles).toEqual([]);
    expect(warnings).toEqual(expected('it is a named pipe now, not a file'));
  });

  it('each format become a symbolic link to a file outside the content folder: its text is never read', async () => {
    const outside = path.join(dir, 'outside');
    await mkdir(outside, { recursive: true });
    const { articles, warnings } = await listThenChange('link-out', async (file) => {
      const secret = path.join(outside, path.basename(file));
      await writeFile(secret, ONE_ARTICLE[path.extname(file)]!);
      await rm(file);
      await symlink(secret, file);
    });
    expect(articles).toEqual([]);
    expect(warnings).toEqual(expected('it is now a symbolic link leading outside the content folder'));
  });

  it('a symbolic link to a file inside the content folder is read, as listing would follow it', async () => {
    const { articles, warnings } = await listThenChange('link-in', async (file) => {
      const moved = path.join(path.dirname(file), '..', path.basename(file));
      await rename(file, moved);
      await symlink(moved, file);
    });
    expect(articles).toHaveLength(EXTENSIONS.length);
    expect(warnings.filter((w) => w.code === 'UNREADABLE')).toEqual([]);
  });

  it('a sidecar NAME.csv.yaml that is a named pipe: a warning naming it, the dataset skipped, no wait', async () => {
    const file = path.join(dir, 'piped.csv');
    await writeFile(file, numberedCsv(2));
    execFileSync('mkfifo', [`${file}.yaml`]);
    const { articles, warnings } = await loadFiles([file], dir);
    expect(articles).toEqual([]);
    expect(warnings).toEqual([
      {
        code: 'UNREADABLE',
        file: 'piped.csv.yaml',
        message:
          'cannot read the file (it is a named pipe now, not a file); piped.csv is skipped, as its columns are named there',
      },
    ]);
  });
});
