/**
 * Hostile PDFs written byte by byte at test time: scripts in every place a PDF can carry them (escaped names,
 * compressed object streams), and damaged structures (a looping page tree, a broken cross-reference table).
 */
import { deflateSync } from 'node:zlib';

export interface Options {
  /** Extra entries in page i's dictionary (0-based); `first` is the number of the first extra object. */
  page?: (i: number, first: number) => string;
  /** Extra entries in the catalog. */
  catalog?: (first: number) => string;
  /** Extra objects, numbered from `first`. */
  extra?: (first: number) => string[];
  /** The page tree's /Kids, instead of the pages. */
  kids?: (pages: number[]) => string;
  /** Objects (by number) put into a compressed object stream, with a cross-reference stream. */
  compress?: (first: number) => number[];
  /** The object stream's filters (default Flate): ASCIIHex, ASCII85, or ASCII85 over Flate. */
  objStm?: 'hex' | 'a85' | 'a85+flate';
  /** Page i's content stream object (given its text operators), instead of the plain one. */
  contents?: (i: number, operators: string) => string | undefined;
}

/** A PDF with one line of text on each page, with a correct cross-reference table (or stream). */
export function textPdf(texts: readonly string[], o: Options = {}): Buffer {
  const first = 4 + 2 * texts.length;
  const pages = texts.map((_, i) => 5 + 2 * i);
  const objects = new Map<number, string>();
  objects.set(1, `<< /Type /Catalog /Pages 2 0 R ${o.catalog?.(first) ?? ''} >>`);
  const kids = o.kids?.(pages) ?? pages.map((n) => `${n} 0 R`).join(' ');
  objects.set(2, `<< /Type /Pages /Kids [${kids}] /Count ${texts.length} >>`);
  objects.set(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  texts.forEach((text, i) => {
    const stream = `BT /F1 12 Tf 72 700 Td (${text}) Tj ET`;
    objects.set(4 + 2 * i, o.contents?.(i, stream) ?? `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    objects.set(
      5 + 2 * i,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${4 + 2 * i} 0 R ${o.page?.(i, first) ?? ''} >>`,
    );
  });
  for (const [k, body] of (o.extra?.(first) ?? []).entries()) objects.set(first + k, body);
  return writePdf(objects, new Set(o.compress?.(first) ?? []), o.objStm);
}

/** The file: objects in order, the compressed ones in one object stream, and the cross-reference section. */
function writePdf(objects: Map<number, string>, compressed: Set<number>, objStm?: Options['objStm']): Buffer {
  const size = Math.max(...objects.keys()) + 1 + (compressed.size ? 2 : 0);
  const entries: [type: number, a: number, b: number][] = Array.from({ length: size }, () => [0, 0, 65535]);
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const put = (n: number, body: Buffer) => {
    entries[n] = [1, offset, 0];
    const bytes = Buffer.concat([Buffer.from(`${n} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(bytes);
    offset += bytes.length;
  };
  for (const [n, body] of objects) if (!compressed.has(n)) put(n, Buffer.from(body, 'latin1'));
  const stmNumber = size - 2;
  if (compressed.size) {
    const inside = [...compressed].map((n) => [n, `${objects.get(n)!}\n`] as const);
    let at = 0;
    const header = inside
      .map(([n, body], i) => {
        entries[n] = [2, stmNumber, i];
        const pair = `${n} ${at}`;
        at += body.length;
        return pair;
      })
      .join(' ');
    const plain = Buffer.from(`${header}\n${inside.map(([, b]) => b).join('')}`, 'latin1');
    const [data, filter] =
      objStm === 'hex'
        ? [Buffer.from(`${plain.toString('hex')}>`), '/ASCIIHexDecode']
        : objStm === 'a85'
          ? [ascii85(plain), '/ASCII85Decode']
          : objStm === 'a85+flate'
            ? [ascii85(deflateSync(plain)), '[/ASCII85Decode /FlateDecode]']
            : [deflateSync(plain), '/FlateDecode'];
    put(
      stmNumber,
      Buffer.concat([
        Buffer.from(
          `<< /Type /ObjStm /N ${inside.length} /First ${header.length + 1} /Filter ${filter} /Length ${data.length} >>\nstream\n`,
        ),
        data,
        Buffer.from('\nendstream'),
      ]),
    );
    // a cross-reference stream (a table cannot point into an object stream)
    entries[size - 1] = [1, offset, 0];
    const rows = Buffer.alloc(size * 7);
    entries.forEach(([type, a, b], i) => {
      rows.writeUInt8(type, i * 7);
      rows.writeUInt32BE(a, i * 7 + 1);
      rows.writeUInt16BE(type === 0 ? 0 : b, i * 7 + 5);
    });
    const xref = offset;
    parts.push(
      Buffer.from(
        `${size - 1} 0 obj\n<< /Type /XRef /Size ${size} /W [1 4 2] /Root 1 0 R /Length ${rows.length} >>\nstream\n`,
      ),
      rows,
      Buffer.from(`\nendstream\nendobj\nstartxref\n${xref}\n%%EOF\n`),
    );
    return Buffer.concat(parts);
  }
  const table = entries
    .map(([type, a, b]) =>
      type === 1 ? `${String(a).padStart(10, '0')} 00000 n \n` : `0000000000 ${String(b).padStart(5, '0')} f \n`,
    )
    .join('');
  parts.push(
    Buffer.from(`xref\n0 ${size}\n${table}trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`),
  );
  return Buffer.concat(parts);
}

/** ASCII85 of some bytes, with its "~>" end. */
function ascii85(bytes: Buffer): Buffer {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const chunk = bytes.subarray(i, i + 4);
    const padded = Buffer.concat([chunk, Buffer.alloc(4 - chunk.length)]);
    let value = padded.readUInt32BE(0);
    if (value === 0 && chunk.length === 4) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode(33 + (value % 85)));
      value = Math.floor(value / 85);
    }
    out += digits.slice(0, chunk.length + 1).join('');
  }
  return Buffer.from(`${out}~>`, 'latin1');
}

/** A content stream object, Flate-compressed, its compressed bytes passed through `damage` first. */
const flateContents = (operators: string, damage: (data: Buffer) => Buffer = (d) => d): string => {
  const data = damage(deflateSync(Buffer.from(operators, 'latin1')));
  return `<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n${data.toString('latin1')}\nendstream`;
};

const TEXTS = ['Kordova Vesnik opened the harbour.', 'Port Eslin welcomed the ferry.'];

/** A link annotation on page 2 whose action is `action` (a separate object). */
const linkOnPage2 = (action: string): Options => ({
  page: (i, first) => (i === 1 ? `/Annots [${first} 0 R]` : ''),
  extra: () => [`<< /Type /Annot /Subtype /Link /Rect [72 690 300 712] /Border [0 0 0] /A ${action} >>`],
});

/** Scripted PDFs: [case, bytes, where the warning says the script is]; the text of both pages is readable. */
export const SCRIPTED_PDFS: [string, Buffer, RegExp][] = [
  [
    'a link annotation with /S /JavaScript',
    textPdf(TEXTS, linkOnPage2('<< /S /JavaScript /JS (app.alert\\(1\\)) >>')),
    /link annotation on page 2/,
  ],
  [
    'a link annotation with /S /Java#53cript',
    textPdf(TEXTS, linkOnPage2('<< /S /Java#53cript /JS (app.alert\\(1\\)) >>')),
    /link annotation on page 2/,
  ],
  [
    'a link annotation with /S /#4A#61vaScript and /#4A#53',
    textPdf(TEXTS, linkOnPage2('<< /S /#4A#61vaScript /#4A#53 (app.alert\\(1\\)) >>')),
    /link annotation on page 2/,
  ],
  [
    'a page /AA open action',
    textPdf(TEXTS, { page: (i) => (i === 0 ? '/AA << /O << /S /JavaScript /JS (app.alert\\(2\\)) >> >>' : '') }),
    /page 1/,
  ],
  [
    'a document /OpenAction',
    textPdf(TEXTS, {
      catalog: (first) => `/OpenAction ${first} 0 R`,
      extra: () => ['<< /Type /Action /S /JavaScript /JS (app.alert\\(3\\)) >>'],
    }),
    /document/,
  ],
  [
    'a form field (widget) with a keystroke action',
    textPdf(TEXTS, {
      page: (i, first) => (i === 0 ? `/Annots [${first} 0 R]` : ''),
      catalog: (first) => `/AcroForm << /Fields [${first} 0 R] >>`,
      extra: () => [
        '<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /Rect [72 600 300 620] /P 5 0 R /AA << /K << /S /JavaScript /JS (event.rc = true) >> >> >>',
      ],
    }),
    /form field on page 1/,
  ],
  [
    'a link annotation in a compressed object stream, its action escaped',
    textPdf(TEXTS, {
      ...linkOnPage2('<< /S /Java#53cript /JS (app.alert\\(4\\)) >>'),
      compress: (first) => [first],
    }),
    /link annotation on page 2/,
  ],
  [
    'a page action chained from a compressed action (/Next)',
    textPdf(TEXTS, {
      page: (i, first) => (i === 1 ? `/AA << /C ${first} 0 R >>` : ''),
      extra: (first) => [
        `<< /S /URI /URI (https://example.org/) /Next ${first + 1} 0 R >>`,
        '<< /S /JavaScript /JS (app.alert\\(5\\)) >>',
      ],
      compress: (first) => [first, first + 1],
    }),
    /page 2/,
  ],
];

/** Scripts in object streams under other filters than Flate: [case, bytes]; the byte scan reads these three. */
export const FILTERED_SCRIPT_PDFS: [string, Buffer][] = (['hex', 'a85', 'a85+flate'] as const).map((objStm) => [
  `a link annotation in an object stream under ${objStm === 'hex' ? 'ASCIIHexDecode' : objStm === 'a85' ? 'ASCII85Decode' : '[/ASCII85Decode /FlateDecode]'}, its action escaped`,
  textPdf(TEXTS, {
    ...linkOnPage2('<< /S /Java#53cript /JS (app.alert\\(6\\)) >>'),
    compress: (first) => [first],
    objStm,
  }),
]);

/** Three pages, the middle one's content stream Flate-compressed and passed through `damage`. */
const CONTENT_TEXTS = ['Kordova Vesnik opened the harbour.', 'Port Eslin welcomed the ferry.', 'The fares stayed low.'];
const middlePage = (damage: (data: Buffer) => Buffer) =>
  textPdf(CONTENT_TEXTS, { contents: (i, ops) => (i === 1 ? flateContents(ops, damage) : undefined) });

/** Pages whose content stream is corrupt: [case, bytes]; page 2 loses its text, pages 1 and 3 are read. */
export const CORRUPT_CONTENT_PDFS: [string, Buffer][] = [
  [
    'a content stream whose compressed data has no valid header',
    middlePage((d) => Buffer.from('xx' + d.subarray(2).toString('latin1'), 'latin1')),
  ],
  [
    'a content stream whose compressed data is garbage after its header',
    middlePage((d) => Buffer.concat([d.subarray(0, 2), Buffer.from([0xff, 0xff, 0xff, 0xff]), d.subarray(6)])),
  ],
];

/** A sound Flate-compressed content stream: no warning. */
export const SOUND_CONTENT_PDFS: [string, Buffer][] = [['a Flate-compressed content stream', middlePage((d) => d)]];

/** The page texts of the PDFs with a corrupt page. */
export const CONTENT_PDF_TEXTS = CONTENT_TEXTS;

/** A harmless PDF: a link to a web address. */
export const URI_LINK_PDF = textPdf(TEXTS, linkOnPage2('<< /S /URI /URI (https://example.org/port-eslin) >>'));

/** The page texts of the PDFs above. */
export const PDF_TEXTS = TEXTS;

/** A page tree whose /Kids points back to the root. */
export const LOOPING_PDF = textPdf(TEXTS, { kids: (pages) => `${pages[0]} 0 R 2 0 R` });

const GOOD = textPdf(TEXTS);

/** Damaged PDFs: [case, bytes]. */
export const DAMAGED_PDFS: Record<string, Buffer> = {
  'a page tree whose /Kids points back to the root': LOOPING_PDF,
  'a page tree node that is its own kid': textPdf(TEXTS, {
    kids: (pages) => `${pages[0]} 0 R ${pages.at(-1)! + 1} 0 R`,
    extra: (first) => [`<< /Type /Pages /Parent 2 0 R /Kids [${first} 0 R] /Count 1 >>`],
  }),
  'a page tree kid that points to a missing object': textPdf(TEXTS, { kids: (pages) => `${pages[0]} 0 R 99 0 R` }),
  'a page count that lies (/Count 100000)': Buffer.from(
    GOOD.toString('latin1').replace('/Count 2', '/Count 100000'),
    'latin1',
  ),
  'a truncated file': GOOD.subarray(0, Math.floor(GOOD.length * 0.55)),
  'garbage after the header': Buffer.concat([
    Buffer.from('%PDF-1.7\n', 'latin1'),
    Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 131 + 7) % 256)),
  ]),
  'a cross-reference table with wrong offsets': Buffer.from(
    GOOD.toString('latin1').replace(
      /^(\d{10}) 00000 n /gm,
      (_, n: string) => `${String(Number(n) + 37).padStart(10, '0')} 00000 n `,
    ),
    'latin1',
  ),
  'no cross-reference table at all': Buffer.from(GOOD.toString('latin1').replace(/xref\n[\s\S]*$/, ''), 'latin1'),
};
