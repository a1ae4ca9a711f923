/**
 * Fixtures in every format, written by us at test time: web pages, datasets, Word documents and PDFs, never
 * downloaded and with no third-party text. The PDFs and archives are built byte by byte, so hostile variants
 * (JavaScript, encryption, a zip bomb, no text layer) are easy to make.
 */
import { zipSync, strToU8 } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface PageOptions {
  title: string;
  date?: string;
  author?: string;
  outlet?: string;
  url?: string;
  /** Extra HTML put before the article body (navigation, scripts…). */
  before?: string;
  /** Extra HTML put inside the article body, after the paragraphs. */
  inside?: string;
  /** How the date is given. */
  dateAs?: 'meta' | 'json-ld' | 'time';
}

/** A news page: navigation, an article with one <p> per paragraph, a footer. */
export function makeHtml(paragraphs: readonly string[], o: PageOptions): string {
  const head = [
    '<meta charset="utf-8">',
    `<title>${xml(o.title)} | ${xml(o.outlet ?? 'Site')}</title>`,
    o.outlet ? `<meta property="og:site_name" content="${xml(o.outlet)}">` : '',
    `<meta property="og:title" content="${xml(o.title)}">`,
    o.author ? `<meta name="author" content="${xml(o.author)}">` : '',
    o.url ? `<link rel="canonical" href="${xml(o.url)}">` : '',
    o.date && (o.dateAs ?? 'meta') === 'meta'
      ? `<meta property="article:published_time" content="${o.date}T08:00:00Z">`
      : '',
    o.date && o.dateAs === 'json-ld'
      ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: o.title, datePublished: `${o.date}T08:00:00+02:00` })}</script>`
      : '',
  ].join('\n');
  const time = o.date && o.dateAs === 'time' ? `<p class="byline"><time datetime="${o.date}">${o.date}</time></p>` : '';
  const body = paragraphs.map((p) => `<p>${xml(p)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head>${head}</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
${o.before ?? ''}
<main><article>
<h1>${xml(o.title)}</h1>
${time}
${body}
${o.inside ?? ''}
</article></main>
<footer><p>Copyright notice of the test site.</p></footer>
</body></html>`;
}

/** A CSV field, quoted when needed. */
export const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
export const csvRow = (cells: readonly string[]) => `${cells.map(csvField).join(',')}\n`;

export interface DocxOptions {
  title?: string;
  author?: string;
}

/** A minimal Word document: one <w:p> per paragraph, with core properties. */
export function makeDocx(paragraphs: readonly string[], o: DocxOptions = {}): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xml(p)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`),
    'docProps/core.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${o.title ? `<dc:title>${xml(o.title)}</dc:title>` : ''}${o.author ? `<dc:creator>${xml(o.author)}</dc:creator>` : ''}</cp:coreProperties>`),
  };
  return zipSync(files);
}

/** A zip archive written by hand, so that an entry may declare a size it does not have. */
export function makeZip(entries: readonly { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const compressed = deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data) >>> 0;
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A .docx whose document.xml inflates to `mb` megabytes of zeros: declaring it, or lying (1 KB). */
export function makeZipBomb(mb: number, lie: boolean): Buffer {
  const bomb = Buffer.alloc(mb * 2 ** 20);
  return makeZip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
    },
    { name: 'word/document.xml', data: bomb, ...(lie ? { declaredSize: 1024 } : {}) },
  ]);
}

export interface PdfOptions {
  title?: string;
  author?: string;
  /** A running header on every page. */
  header?: string;
  /** "Page N" at the foot of every page. */
  pageNumbers?: boolean;
  /** Break long words at line ends with a hyphen. */
  hyphenate?: boolean;
  /** Characters per line. */
  width?: number;
  /** Lines per page. */
  linesPerPage?: number;
  /** An /OpenAction that runs this JavaScript. */
  javascript?: string;
  /** An /Encrypt dictionary with a user password (that we do not know). */
  encrypted?: boolean;
  /** Pages with only drawings, no text (a scan). */
  noText?: boolean;
  /** The text's horizontal scale (a tiny one keeps a very long line on the page, where pdf.js reads it). */
  scale?: number;
}

/** Lines of at most `width` characters; long words broken with a hyphen when `hyphenate`. */
function wrap(paragraph: string, width: number, hyphenate: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= width) {
      line = candidate;
      continue;
    }
    const room = width - line.length - 2;
    if (hyphenate && line && word.length >= 8 && room >= 4 && /^\p{L}+[,.]?$/u.test(word)) {
      const cut = Math.min(room, word.length - 4);
      lines.push(`${line} ${word.slice(0, cut)}-`);
      line = word.slice(cut);
    } else {
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const pdfString = (s: string) =>
  `(${Buffer.from(s, 'latin1')
    .toString('latin1')
    .replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** A PDF with one text line per Tj, paragraphs separated by extra space, over as many pages as needed. */
export function makePdf(paragraphs: readonly string[], o: PdfOptions = {}): Buffer {
  const width = o.width ?? 70;
  const perPage = o.linesPerPage ?? 40;
  // lay out: each page a list of [text, y]
  const pages: [string, number][][] = [];
  let page: [string, number][] = [];
  let y = 740;
  let count = 0;
  const newPage = () => {
    pages.push(page);
    page = [];
    y = 740;
    count = 0;
  };
  for (const paragraph of paragraphs) {
    if (count > 0) y -= 10; // paragraph space
    for (const line of wrap(paragraph, width, o.hyphenate ?? false)) {
      if (count >= perPage) newPage();
      page.push([line, y]);
      y -= 14;
      count++;
    }
  }
  if (page.length) pages.push(page);
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) + 2; // object numbers from 3 (1 catalog, 2 pages)
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  pages.forEach((lines, i) => {
    const ops: string[] = [];
    if (o.noText) ops.push('0.5 g 72 300 450 400 re f');
    else {
      const text = (s: string, x: number, yy: number) =>
        ops.push(`BT /F1 11 Tf ${o.scale ?? 1} 0 0 1 ${x} ${yy} Tm ${pdfString(s)} Tj ET`);
      if (o.header) text(o.header, 72, 790);
      for (const [line, yy] of lines) text(line, 72, yy);
      if (o.pageNumbers) text(`Page ${i + 1}`, 290, 40);
    }
    const stream = ops.join('\n');
    const contents = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`,
      ),
    );
  });
  const info = add(
    `<< ${o.title ? `/Title ${pdfString(o.title)} ` : ''}${o.author ? `/Author ${pdfString(o.author)} ` : ''}/Producer (Dossier tests) >>`,
  );
  const js = o.javascript ? add(`<< /Type /Action /S /JavaScript /JS ${pdfString(o.javascript)} >>`) : undefined;
  const hex = (n: number, seed: number) =>
    Array.from({ length: n }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
  const encrypt = o.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${hex(32, 11)}> /U <${hex(32, 99)}> /P -44 >>`)
    : undefined;
  const all = [
    `<< /Type /Catalog /Pages 2 0 R${js ? ` /OpenAction ${js} 0 R` : ''} >>`,
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
    ...objects,
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  all.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R /Info ${info} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${hex(16, 5)}> <${hex(16, 5)}>]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
