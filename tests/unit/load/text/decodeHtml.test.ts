import { describe, expect, it } from 'vitest';
import type { Warning } from '../../../../scripts/core/types/common.ts';
import { decodeHtml, sniffEncoding } from '../../../../scripts/load/text/decodeHtml.ts';
import { concatBytes, encodeSingleByte, encodeUtf16, encodeUtf8 } from '../../../helpers/encodings.ts';

const WESTERN = 'Le café de Zürich est naïve, dit Kordova Vesnik.';
const CYRILLIC = 'Порт Эслин принял новый закон о рыбной ловле, сообщила Кордова Весник.';
const page = (body: string, head = '') =>
  `<!doctype html><html><head>${head}<title>Port Eslin</title></head><body><p>${body}</p></body></html>`;
const comment = `<!-- ${'x'.repeat(1100)} -->`;

describe('decodeHtml', () => {
  it.each<[string, Uint8Array, string | undefined, string, string, string[]]>([
    ['UTF-8 by default', encodeUtf8(page(WESTERN)), undefined, WESTERN, 'utf-8', []],
    ['UTF-8 with a BOM', encodeUtf8(page(WESTERN), true), undefined, WESTERN, 'utf-8', []],
    ['UTF-16LE with a BOM', encodeUtf16(page(WESTERN), 'le'), undefined, WESTERN, 'utf-16le', []],
    ['UTF-16BE with a BOM', encodeUtf16(page(WESTERN), 'be'), undefined, WESTERN, 'utf-16be', []],
    [
      'a BOM wins over a declaration',
      encodeUtf16(page(CYRILLIC, '<meta charset="windows-1251">'), 'le'),
      undefined,
      CYRILLIC,
      'utf-16le',
      [],
    ],
    [
      'windows-1252 with no declaration: guessed, with a warning',
      encodeSingleByte(page(WESTERN), 'windows-1252'),
      undefined,
      WESTERN,
      'windows-1252',
      ['ENCODING_GUESSED'],
    ],
    [
      'windows-1252 curly quotes and a euro sign, undeclared',
      encodeSingleByte(page('“Naïve” costs 5 € at the café.'), 'windows-1252'),
      undefined,
      '“Naïve” costs 5 € at the café.',
      'windows-1252',
      ['ENCODING_GUESSED'],
    ],
    [
      'windows-1251 with no declaration: guessed Cyrillic',
      encodeSingleByte(page(CYRILLIC), 'windows-1251'),
      undefined,
      CYRILLIC,
      'windows-1251',
      ['ENCODING_GUESSED'],
    ],
    [
      'declared iso-8859-1 (WHATWG: windows-1252)',
      encodeSingleByte(page(WESTERN, '<meta charset="iso-8859-1">'), 'windows-1252'),
      undefined,
      WESTERN,
      'windows-1252',
      [],
    ],
    [
      'declared latin1',
      encodeSingleByte(page(WESTERN, "<meta charset='latin1'>"), 'windows-1252'),
      undefined,
      WESTERN,
      'windows-1252',
      [],
    ],
    [
      'declared ascii with a byte above 127 (WHATWG: windows-1252)',
      encodeSingleByte(page(WESTERN, '<meta charset=us-ascii>'), 'windows-1252'),
      undefined,
      WESTERN,
      'windows-1252',
      [],
    ],
    [
      'declared windows-1251',
      encodeSingleByte(page(CYRILLIC, '<meta charset="windows-1251">'), 'windows-1251'),
      undefined,
      CYRILLIC,
      'windows-1251',
      [],
    ],
    [
      'declared koi8-r',
      encodeSingleByte(page(CYRILLIC, '<meta charset="KOI8-R">'), 'koi8-r'),
      undefined,
      CYRILLIC,
      'koi8-r',
      [],
    ],
    [
      'http-equiv Content-Type',
      encodeSingleByte(
        page(CYRILLIC, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'),
        'windows-1251',
      ),
      undefined,
      CYRILLIC,
      'windows-1251',
      [],
    ],
    [
      'a declaration after 1024 bytes of comment: past the prescan, honoured as a parser would',
      encodeSingleByte(page(CYRILLIC, `${comment}<meta charset="koi8-r">`), 'koi8-r'),
      undefined,
      CYRILLIC,
      'koi8-r',
      [],
    ],
    [
      'a declaration after 1024 bytes of a UTF-8 page: UTF-8 (the bytes are valid)',
      encodeUtf8(page(WESTERN, `${comment}<meta charset="windows-1252">`)),
      undefined,
      WESTERN,
      'utf-8',
      [],
    ],
    [
      'declared utf-8 but latin-1 bytes: replacement characters and a warning',
      encodeSingleByte(page(WESTERN, '<meta charset="utf-8">'), 'windows-1252'),
      undefined,
      'Le caf\uFFFD de Z\uFFFDrich',
      'utf-8',
      ['NOT_UTF8'],
    ],
    [
      'a literal U+FFFD in valid UTF-8: no warning',
      encodeUtf8(page('A broken sign \uFFFD stays, says Port Eslin.', '<meta charset="utf-8">')),
      undefined,
      'A broken sign \uFFFD stays',
      'utf-8',
      [],
    ],
    ['the HTTP charset first', encodeSingleByte(page(WESTERN), 'windows-1252'), 'latin1', WESTERN, 'windows-1252', []],
    ['a BOM over the HTTP charset', encodeUtf8(page(WESTERN), true), 'windows-1251', WESTERN, 'utf-8', []],
    [
      'an unknown charset is read as UTF-8',
      encodeUtf8(page(WESTERN, '<meta charset="klingon">')),
      undefined,
      WESTERN,
      'utf-8',
      [],
    ],
    [
      'UTF-16 without a BOM declared by <meta>: WHATWG reads it as UTF-8',
      encodeUtf8(page(WESTERN, '<meta charset="utf-16">')),
      undefined,
      WESTERN,
      'utf-8',
      [],
    ],
  ])('%s', (_, bytes, charset, contains, encoding, codes) => {
    const warnings: Warning[] = [];
    const text = decodeHtml(bytes, { charset, source: 'articles/port-eslin.html', warnings });
    expect(text).toContain(contains);
    expect(text).not.toMatch(/^\uFEFF/);
    expect(sniffEncoding(bytes, { charset }).encoding.toLowerCase()).toBe(encoding);
    expect(warnings.map((w) => w.code)).toEqual(codes);
    for (const w of warnings) expect(w.file).toBe('articles/port-eslin.html');
  });

  it('names the encoding it guessed', () => {
    const warnings: Warning[] = [];
    decodeHtml(encodeSingleByte(page(WESTERN), 'windows-1252'), { source: 'a.html', warnings });
    expect(warnings[0]?.message).toMatch(/read as windows-1252/);
  });

  it('keeps no warnings when given no array', () => {
    expect(decodeHtml(concatBytes(encodeUtf8('<p>caf'), Uint8Array.of(0xe9), encodeUtf8('</p>')))).toContain('café');
  });
});
