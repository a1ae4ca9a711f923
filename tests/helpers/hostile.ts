import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyContent, FIXTURES } from './site.ts';

export const HOSTILE = path.join(FIXTURES, 'hostile');

/** Files that are awkward to keep in git (bytes that are not UTF-8, odd file names): written at test time. */
export const GENERATED: Record<string, Uint8Array | string> = {
  // PNG signature and header: NUL bytes, and 0x89 is not valid UTF-8.
  'generated/binary.md': Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]),
  // Valid UTF-8 but with NUL bytes.
  'generated/nul.txt': 'Barack Obama\u0000\u0000 spoke.\n',
  // "São Paulo" in Latin-1: 0xE3 is not valid UTF-8.
  'generated/latin1.txt': Uint8Array.from([
    ...Buffer.from('S'),
    0xe3,
    ...Buffer.from('o Paulo is a city in Brazil.\n'),
  ]),
  // UTF-16LE with its byte-order mark.
  'generated/utf16.md': Uint8Array.from([0xff, 0xfe, ...Buffer.from('Hello from Ankara.\n', 'utf16le')]),
  // A file name that is itself markup.
  "generated/\"><img src=x onerror=alert('filename')>.md": 'Barack Obama spoke in Washington.\n',
  // Accents, ampersand and spaces in folder and file names.
  'generated/Café & Co/Ünïcödé ñame.txt': 'Ashton Carter spoke in Baghdad.\n',
  // A byte-order mark and Windows line endings.
  'generated/crlf-bom.md':
    '\uFEFF---\r\ntitle: CRLF & BOM\r\ndate: 2020-01-02\r\n---\r\nBarack Obama spoke in Washington.\r\n\r\nAshton Carter spoke in Baghdad.\r\n',
  // A "billion laughs" of YAML aliases in a field that is not text: must not be expanded into a message.
  'generated/yaml-bomb.md': [
    '---',
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
    'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
    'title: *i',
    'date: *i',
    'author: *i',
    'source: *i',
    '---',
    'Barack Obama spoke in Washington.',
    '',
  ].join('\n'),
  // A line of 200 000 spaces after the text.
  'generated/long-blank-line.txt': `Barack Obama spoke.\n${' '.repeat(200_000)}\n`,
};

/** A temp copy of the hostile corpus with the generated files added. */
export async function hostileContent(extra: Record<string, Uint8Array | string> = {}) {
  const content = await copyContent(HOSTILE);
  for (const [relative, data] of Object.entries({ ...GENERATED, ...extra })) {
    const file = path.join(content.dir, 'articles', relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data);
  }
  return content;
}
