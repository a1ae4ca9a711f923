import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF, boilerplatePage } from '../helpers/boilerplatePages.ts';
import { encodeSingleByte, encodeUtf16, encodeUtf8 } from '../helpers/encodings.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';

/**
 * Saved pages in the encodings browsers read (UTF-16 with a BOM, windows-1252 with no declaration, Cyrillic
 * declared by <meta>) and pages that are only menus, notices and links, built into one site: every article with its
 * accented text, the warnings naming each file, the boilerplate skipped. Every fixture is generated here.
 */
const page = (title: string, paragraphs: readonly string[], head = '') =>
  `<!doctype html><html><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

const WESTERN = [
  'The café on the harbour at Port Eslin reopened on Monday, said Kordova Vesnik, who has run it since the spring.',
  'Visitors from Zürich called the plan to serve only fish caught in the bay naïve but charming.',
  'The Eslin Harbour Authority said it would review the café’s licence before the summer season.',
];
const CYRILLIC = [
  'Порт Эслин открыл новую пристань в понедельник, сообщила Кордова Весник.',
  'Управление порта заявило, что паромы будут ходить каждый час до конца лета.',
];

const FILES: Record<string, Uint8Array> = {
  'pages/utf16.html': encodeUtf16(page('Harbour café reopens', WESTERN), 'le'),
  'pages/utf16be.html': encodeUtf16(page('Harbour café reopens again', WESTERN), 'be'),
  'pages/cp1252.html': encodeSingleByte(page('Zürich visitors at the café', WESTERN), 'windows-1252'),
  'pages/cyrillic.html': encodeSingleByte(
    page(
      'Пристань Порт Эслина',
      CYRILLIC,
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
    ),
    'windows-1251',
  ),
  'pages/lying.html': encodeSingleByte(page('A café that lies', WESTERN, '<meta charset="utf-8">'), 'windows-1252'),
  'pages/home.html': encodeUtf8(boilerplatePage()),
  'pages/brief.html': encodeUtf8(
    boilerplatePage({ article: BRIEF, title: 'Ferry crews walk out | The Eslin Courier' }),
  ),
};

let site: BuiltSite;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-encodings-'));
  for (const [relative, data] of Object.entries(FILES)) {
    const file = path.join(dir, 'articles', relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data);
  }
  site = await buildSite(dir, {}, false);
}, 120_000);
afterAll(async () => {
  await site?.cleanup();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const bodyOf = async (source: string) => {
  const article = site.kb.articles.find((a) => a.source === source);
  expect(article, source).toBeDefined();
  return (await site.html(article!.url)).querySelector('main')?.text ?? '';
};

describe('saved pages in other encodings', () => {
  it.each([
    ['pages/utf16.html', 'Harbour café reopens', WESTERN, []],
    ['pages/utf16be.html', 'Harbour café reopens again', WESTERN, []],
    ['pages/cp1252.html', 'Zürich visitors at the café', WESTERN, ['ENCODING_GUESSED']],
    ['pages/cyrillic.html', 'Пристань Порт Эслина', CYRILLIC, []],
  ])('%s: "%s", its accented text whole', async (source, title, paragraphs, codes) => {
    expect(site.kb.articles.find((a) => a.source === source)?.title).toBe(title);
    const text = await bodyOf(source);
    for (const p of paragraphs) expect(text).toContain(p);
    expect(text).not.toContain('\uFFFD');
    const encodingWarnings = site.summary.warnings.filter(
      (w) => w.file === source && ['NOT_UTF8', 'ENCODING_GUESSED', 'NO_ARTICLE_BODY'].includes(w.code),
    );
    expect(encodingWarnings.map((w) => w.code)).toEqual(codes);
  });

  it('the guess is named in the warning', () => {
    expect(site.summary.warnings).toContainEqual(
      expect.objectContaining({
        code: 'ENCODING_GUESSED',
        file: 'pages/cp1252.html',
        message: expect.stringMatching(/read as windows-1252/),
      }),
    );
  });

  it('a page that declares UTF-8 but is not: published with "\uFFFD" and a NOT_UTF8 warning naming it', async () => {
    expect(await bodyOf('pages/lying.html')).toContain('Visitors from Z\uFFFDrich');
    expect(site.summary.warnings).toContainEqual(
      expect.objectContaining({ code: 'NOT_UTF8', file: 'pages/lying.html' }),
    );
  });
});

describe('pages that are only menus, notices and links', () => {
  it('menus, a cookie banner, a most-read list and a footer: NO_ARTICLE_BODY, skipped', () => {
    expect(site.summary.warnings).toContainEqual(
      expect.objectContaining({ code: 'NO_ARTICLE_BODY', file: 'pages/home.html' }),
    );
    expect(site.kb.articles.map((a) => a.source)).not.toContain('pages/home.html');
    expect(site.kb.articles.map((a) => a.title)).not.toContain('Home');
  });

  it('a three-sentence article in the same clutter is published', async () => {
    const text = await bodyOf('pages/brief.html');
    for (const p of BRIEF) expect(text).toContain(p);
    expect(text).not.toMatch(/We use cookies|Most read|All rights reserved/);
  });
});
