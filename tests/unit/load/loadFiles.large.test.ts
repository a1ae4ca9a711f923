import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Loaded } from '../../../scripts/load/loadArticles.ts';
import { LARGE_ARTICLE, loadFiles } from '../../../scripts/load/loadArticles.ts';
import { largeFiles, largeParagraphs } from '../../helpers/deepPages.ts';

/** One article over the large-article size in every format, loaded once. */
let dir: string;
let loaded: Loaded;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-large-'));
  const files = {
    ...largeFiles(LARGE_ARTICLE + 1000),
    'long.md': `---\ntitle: Long\n---\n${largeParagraphs(LARGE_ARTICLE + 1000).join('\n\n')}`,
    'long.txt': largeParagraphs(LARGE_ARTICLE + 1000).join('\n\n'),
    'short.md': '---\ntitle: Short\n---\nA short note from the harbour office of Port Eslin.',
  };
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  loaded = await loadFiles(
    Object.keys(files)
      .map((name) => path.join(dir, name))
      .sort(),
    dir,
  );
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('LARGE_ARTICLE: every format, in one place', () => {
  it.each([
    ['a saved page', 'page.html', undefined],
    ['a CSV row (named by its source and line)', 'rows.csv#id-long', 3],
    ['a JSONL row (named by its source and line)', 'rows.jsonl#id-long', 2],
    ['a Word document', 'report.docx', undefined],
    ['a PDF whose text layer is one line', 'line.pdf', undefined],
    ['Markdown', 'long.md', undefined],
    ['plain text', 'long.txt', undefined],
  ])('%s over the size is built in full, with the warning naming it', (_, source, line) => {
    const article = loaded.articles.find((a) => a.source === source);
    expect(article?.text.length).toBeGreaterThan(LARGE_ARTICLE);
    const warnings = loaded.warnings.filter((w) => w.code === 'LARGE_ARTICLE' && w.file === source);
    expect(warnings).toEqual([
      {
        code: 'LARGE_ARTICLE',
        file: source,
        ...(line ? { line } : {}),
        message: expect.stringMatching(/very large \(2\.\d million characters\)/),
      },
    ]);
  });

  it('no warning for the articles under the size', () => {
    const large = new Set(loaded.warnings.filter((w) => w.code === 'LARGE_ARTICLE').map((w) => w.file));
    expect(
      loaded.articles
        .filter((a) => a.text.length <= LARGE_ARTICLE)
        .map((a) => a.source)
        .sort(),
    ).toEqual(['rows.csv#id-short', 'rows.jsonl#id-short', 'short.md']);
    expect([...large].sort()).toEqual(
      ['line.pdf', 'long.md', 'long.txt', 'page.html', 'report.docx', 'rows.csv#id-long', 'rows.jsonl#id-long'].sort(),
    );
  });
});
