import { mkdir, mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../scripts/core/errors.ts';
import { loadArticles, parseArticle, titleFromFileName } from '../../../scripts/load/index.ts';
import type { Warning } from '../../../scripts/core/types/common.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('parseArticle', () => {
  it.each([
    ['a.txt', 'Hello world.\n\nSecond.', { format: 'txt', title: 'A', text: 'Hello world.\n\nSecond.', bodyLine: 1 }],
    ['x/my_first-article.md', 'Plain body.', { format: 'md', title: 'My first article', text: 'Plain body.' }],
    [
      'a.md',
      '---\ntitle: The Title\ndate: 2016-10-31\nauthor: Jane Roe\nsource: https://example.com/a\n---\nBody here.',
      {
        title: 'The Title',
        date: '2016-10-31',
        author: 'Jane Roe',
        sourceUrl: 'https://example.com/a',
        text: 'Body here.',
        bodyLine: 7,
      },
    ],
    ['bom.txt', '\uFEFFText with BOM', { text: 'Text with BOM' }],
    ['crlf.txt', 'One.\r\n\r\nTwo.', { text: 'One.\n\nTwo.' }],
  ])('%s', (source, content, expected) => {
    const warnings: Warning[] = [];
    expect(parseArticle(source, enc(content), warnings)).toMatchObject(expected);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['empty.txt', enc(''), 'EMPTY'],
    ['blank.md', enc('---\ntitle: x\n---\n   \n'), 'EMPTY'],
    ['nul.txt', enc('abc\u0000def'), 'BINARY'],
    ['latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'NOT_UTF8'],
  ])('%s is skipped with a warning %s', (source, bytes, code) => {
    const warnings: Warning[] = [];
    expect(parseArticle(source, bytes, warnings)).toBeUndefined();
    expect(warnings).toEqual([expect.objectContaining({ code, file: source })]);
  });

  it.each([
    ['date: yesterday', 'BAD_DATE', 3],
    ['source: javascript:alert(1)', 'BAD_SOURCE', 3],
    ['author: [1, 2]', 'BAD_AUTHOR', 3],
  ])('a bad field (%s) is a warning with its line', (field, code, line) => {
    const warnings: Warning[] = [];
    const article = parseArticle('a.md', enc(`---\ntitle: T\n${field}\n---\nText.`), warnings);
    expect(article?.text).toBe('Text.');
    expect(warnings).toEqual([expect.objectContaining({ code, file: 'a.md', line })]);
  });

  it.each([
    ['source: Reuters', { outlet: 'Reuters' }],
    ['outlet: "  The   Guardian "', { outlet: 'The Guardian' }],
    [
      'source: https://example.com/a\noutlet: Example News',
      { sourceUrl: 'https://example.com/a', outlet: 'Example News' },
    ],
    ['outlet: AP\nsource: Reuters', { outlet: 'AP' }],
  ])('%j gives the outlet without a warning', (fields, expected) => {
    const warnings: Warning[] = [];
    const article = parseArticle('a.md', enc(`---\n${fields}\n---\nText.`), warnings);
    expect(article).toMatchObject(expected);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['source: "data:text/html,x"', 'BAD_SOURCE'],
    ['source: www.example.com', 'BAD_SOURCE'],
    ['source: "  "', 'BAD_SOURCE'],
    ['outlet: [a, b]', 'BAD_OUTLET'],
    ['outlet: "---"', 'BAD_OUTLET'],
  ])('%s is no outlet: a warning %s', (field, code) => {
    const warnings: Warning[] = [];
    const article = parseArticle('a.md', enc(`---\n${field}\n---\nText.`), warnings);
    expect(article?.outlet).toBeUndefined();
    expect(warnings).toEqual([expect.objectContaining({ code, line: 2 })]);
  });

  it('broken front matter is fatal, naming the file and line', () => {
    const content = enc('---\ntitle: ok\ndate: [unclosed\nauthor: x\n---\nBody');
    let error: unknown;
    try {
      parseArticle('dir/broken.md', content, []);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DossierError);
    expect(error).toMatchObject({ code: 'FRONT_MATTER_INVALID', file: 'dir/broken.md' });
    expect((error as DossierError).line).toBeGreaterThanOrEqual(3);
    expect((error as DossierError).message).toMatch(/^dir\/broken\.md:\d+: /);
  });
});

describe('titleFromFileName', () => {
  it.each([
    ['000_7e88.txt', '000 7e88'],
    ['2016/mosul-offensive.md', 'Mosul offensive'],
    ['a__b--c.md', 'A b c'],
  ])('%s → %s', (source, title) => expect(titleFromFileName(source)).toBe(title));
});

describe('loadArticles', () => {
  it('reads every article at any depth, in path order, with unique ids', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-load-'));
    await mkdir(path.join(dir, 'articles/2016/deep'), { recursive: true });
    await mkdir(path.join(dir, 'articles/2017'), { recursive: true });
    await writeFile(path.join(dir, 'articles/2016/deep/news.md'), 'One.');
    await writeFile(path.join(dir, 'articles/2017/news.md'), 'Two.');
    await writeFile(path.join(dir, 'articles/top.txt'), 'Three.');
    await writeFile(path.join(dir, 'articles/notes.odt'), 'ignored');
    // a saved page's assets folder is not read, even with pages in it
    await mkdir(path.join(dir, 'articles/2017/page_files'), { recursive: true });
    await writeFile(
      path.join(dir, 'articles/2017/page.htm'),
      '<html><body><article><p>Officials in Geneva said on Monday that the talks would resume next week. Both sides agreed.</p></article></body></html>',
    );
    await writeFile(
      path.join(dir, 'articles/2017/page_files/frame.html'),
      '<p>An asset, not an article, though it reads like one.</p>',
    );
    const { articles, warnings } = await loadArticles(dir);
    expect(articles.map((a) => [a.source, a.id])).toEqual([
      ['2016/deep/news.md', '2016/deep/news'],
      ['2017/news.md', '2017/news'],
      ['2017/page.htm', '2017/page'],
      ['top.txt', 'top'],
    ]);
    // the saved page is one sentence: built, and flagged as thin
    expect(warnings.map((w) => [w.code, w.file])).toEqual([['THIN_ARTICLE', '2017/page.htm']]);
  });

  it.each([
    ['huge.html', 51],
    ['huge.pdf', 201],
    ['huge.docx', 201],
  ])('%s (%i MB) is skipped before it is read: FILE_TOO_LARGE', async (name, mb) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-load-'));
    await mkdir(path.join(dir, 'articles'));
    await writeFile(path.join(dir, 'articles', name), '<p>x</p>');
    await truncate(path.join(dir, 'articles', name), mb * 2 ** 20); // sparse: no disk used
    const { articles, warnings } = await loadArticles(dir);
    expect(articles).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({ code: 'FILE_TOO_LARGE', file: name })]);
  });

  it('fails clearly when there is no articles folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-load-'));
    await expect(loadArticles(dir)).rejects.toMatchObject({ code: 'CONTENT_DIR_MISSING' });
  });
});

describe('loadArticles: the language of each article', () => {
  // invented paragraphs
  const EN =
    'The council of Port Eslin voted on Tuesday to close the old river bridge for repairs. Kordova Vesnik, who chairs the transport committee, said the work would take most of the summer.';
  const DE =
    'Der Stadtrat von Port Eslin hat am Dienstag beschlossen, die alte Flussbrücke für Reparaturen zu sperren. Kordova Vesnik sagte, die Arbeiten würden den größten Teil des Sommers dauern.';
  const files: [string, string][] = [
    ['en.md', EN],
    ['de.md', DE],
    ['declared-en.md', `---\nlanguage: en\n---\n${DE}`],
    ['declared-lang.md', `---\nlang: de-AT\n---\n${EN}`],
    ['bad.md', `---\nlanguage: Deutsch\n---\n${DE}`],
    ['short.md', 'Short note.'],
    ['rows.csv', `text,language\n"${EN}",\n"${EN} It opens in May.",fr\n"${DE}",Deutsch\n`],
  ];

  it.each<[string, string | undefined, string[]]>([
    ['en.md', 'en', []],
    ['de.md', 'de', ['LANGUAGE_NOT_SUPPORTED']],
    ['declared-en.md', 'en', []],
    ['declared-lang.md', 'de', ['LANGUAGE_NOT_SUPPORTED']],
    ['bad.md', 'de', ['BAD_LANGUAGE', 'LANGUAGE_NOT_SUPPORTED']],
    ['short.md', undefined, []],
    ['rows.csv#row-1', 'en', []],
    ['rows.csv#row-2', 'fr', ['LANGUAGE_NOT_SUPPORTED']],
    ['rows.csv#row-3', 'de', ['LANGUAGE_NOT_SUPPORTED']],
  ])('%s → %s, warnings %j', async (source, language, codes) => {
    const { articles, warnings } = await loaded;
    expect(articles.find((a) => a.source === source)?.language).toBe(language);
    expect(warnings.filter((w) => w.file === source).map((w) => w.code)).toEqual(codes);
  });

  it('a bad language value says where it is and what to write', async () => {
    const { warnings } = await loaded;
    expect(warnings.find((w) => w.code === 'BAD_LANGUAGE')).toMatchObject({
      file: 'bad.md',
      line: 2,
      message: expect.stringContaining('is not a language code'),
    });
  });

  const loaded = (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-language-'));
    await mkdir(path.join(dir, 'articles'));
    for (const [name, content] of files) await writeFile(path.join(dir, 'articles', name), content);
    return loadArticles(dir);
  })();
});

describe('loadArticles: ids of files named by a hash', () => {
  it('takes the id from the title when the file name is a hash or a UUID, still unique, in its folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-hash-'));
    const sha256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
    const files: [string, string][] = [
      [`articles/${sha256}.md`, '---\ntitle: Harbour reopens\n---\nThe harbour reopened.\n'],
      ['articles/2019/da39a3ee5e6b4b0d3255bfef95601890afd80709.md', '---\ntitle: Harbour reopens\n---\nAgain.\n'],
      ['articles/123e4567-e89b-12d3-a456-426614174000.md', '---\ntitle: Harbour reopens\n---\nA third.\n'],
      ['articles/peace-talks.md', '---\ntitle: Something else\n---\nTalks.\n'],
    ];
    for (const [file, text] of files) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    }
    const { articles } = await loadArticles(dir);
    const ids = new Map(articles.map((a) => [a.source, a.id]));
    expect(ids.get('2019/da39a3ee5e6b4b0d3255bfef95601890afd80709.md')).toBe('2019/harbour-reopens');
    expect(ids.get('peace-talks.md')).toBe('peace-talks');
    const top = [ids.get(`${sha256}.md`)!, ids.get('123e4567-e89b-12d3-a456-426614174000.md')!];
    for (const id of top) expect(id).toMatch(/^harbour-reopens-[0-9a-f]{6,}$/);
    expect(new Set(top).size).toBe(2);
  });
});
