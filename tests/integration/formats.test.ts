import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/site.ts';
import { csvRow, makeDocx, makeHtml, makePdf, makeZipBomb } from '../helpers/formats.ts';

/**
 * Integration: one content folder with every format (the same article in each, metadata variants, and hostile
 * files), built into one site. Every fixture is generated here (tests/helpers/formats.ts), with text of our own.
 */
const SAME = [
  'Turkish President Recep Tayyip Erdogan said on Monday that Turkey would take part in the offensive on Mosul, despite objections from the government in Baghdad and warnings from militia leaders.',
  'Secretary of Defense Ashton Carter met military commanders at the Pentagon to discuss the campaign against ISIS in Iraq and Syria, according to a statement released by his office in Washington.',
  'The United Nations warned that as many as one million civilians could be displaced by the fighting, and aid agencies in Erbil prepared camps for families fleeing the city.',
  'Hillary Clinton and Donald Trump both spoke about the offensive during the campaign, while Barack Obama called the operation a decisive moment for Iraq.',
  'Officials in Ankara said that Turkish troops stationed at a base near Bashiqa had trained local fighters for the operation over several months.',
];

const FILES: Record<string, string | Uint8Array> = {
  'same/a.md': `---\ntitle: Offensive\n---\n${SAME.join('\n\n')}\n`,
  'same/b.txt': `${SAME.join('\n\n')}\n`,
  'same/c.html': makeHtml(SAME, {
    title: 'Offensive on the city begins',
    date: '2016-10-17',
    author: 'Jane Roe',
    outlet: 'Example News',
    url: 'https://example.com/news/offensive',
  }),
  'same/d.docx': makeDocx(SAME, { title: 'Offensive (Word)', author: 'Jane Roe' }),
  'same/e.pdf': makePdf(SAME, {
    title: 'Offensive (PDF)',
    header: 'Dossier test report',
    pageNumbers: true,
    hyphenate: true,
    width: 60,
    linesPerPage: 9,
  }),
  'same/f.csv':
    csvRow(['id', 'headline', 'body', 'published', 'publisher']) +
    csvRow(['story-1', 'Offensive (CSV)', SAME.join('\n\n'), '2016-10-17', 'Example Wire']),
  'same/g.jsonl': `${JSON.stringify({ title: 'Offensive (JSONL)', text: SAME.join('\n\n'), url: 'https://example.com/g' })}\n`,
  'same/h.tsv': `title\ttext\nOffensive (TSV)\t${SAME.join(' ')}\n`,
  'meta/json-ld.html': makeHtml(SAME.slice(0, 3), { title: 'From JSON-LD', date: '2017-03-04', dateAs: 'json-ld' }),
  'meta/time.html': makeHtml(SAME.slice(0, 3), { title: 'From a time element', date: '2018-05-06', dateAs: 'time' }),
  'meta/saved.html': makeHtml(SAME.slice(1, 4), { title: 'Saved page', outlet: 'Saved Outlet' }),
  'meta/saved_files/frame.html': makeHtml(SAME, { title: 'An asset, not an article' }),
  'meta/saved_files/data.csv': csvRow(['text']) + csvRow(['An asset, not an article.']),
  'hostile/scripts.html': makeHtml(SAME.slice(0, 2), {
    title: `<script>alert('title')</script> Hostile page`,
    before: `<script>globalThis.dossierPwned = 'html'</script><iframe src="javascript:alert('frame')"></iframe>`,
    inside: [
      `<p onclick="alert('click')">A paragraph with a handler and a <a href="javascript:alert('link')">javascript link</a> in Baghdad.</p>`,
      `<p>Typed as text: &lt;script&gt;alert('typed')&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt;.</p>`,
      `<script>alert('inline')</script><iframe srcdoc="<script>alert('srcdoc')</script>"></iframe><img src=x onerror="alert('img')"><svg onload="alert('svg')"></svg>`,
      `<p>An image <img src="x" onerror="globalThis.dossierPwned = 'img'"> between words.</p>`,
    ].join('\n'),
  }),
  'hostile/no-body.html': `<!DOCTYPE html><html><head><title>Empty</title><script>alert(1)</script></head><body><nav><a href="/">Home</a></nav></body></html>`,
  'hostile/injection.csv':
    csvRow(['title', 'text']) +
    csvRow([
      '=HYPERLINK("http://evil.example/","click me")',
      'The cell =HYPERLINK("http://evil.example/","click") stays text, as do +cmd|\' /C calc\'!A0 and @SUM(1+1) in Baghdad.',
    ]) +
    csvRow(['-2+3', '=1+2']) +
    csvRow(['no text', '']) +
    'x,"unclosed\n',
  'hostile/bad.jsonl': `${JSON.stringify({ text: 'A good line about Baghdad.' })}\n{not json\n[1,2]\n${JSON.stringify({ text: { nested: true } })}\n`,
  'hostile/bomb.docx': makeZipBomb(80, false),
  'hostile/liar.docx': makeZipBomb(80, true),
  'hostile/not-a-zip.docx': 'this is not a zip archive',
  'hostile/script.pdf': makePdf(SAME.slice(0, 2), { javascript: "app.alert('pdf'); globalThis.dossierPwned = 'pdf';" }),
  'hostile/encrypted.pdf': makePdf(SAME.slice(0, 2), { encrypted: true }),
  'hostile/scanned.pdf': makePdf(SAME.slice(0, 2), { noText: true }),
  'hostile/broken.pdf': '%PDF-1.4\nnot really a PDF\n',
};

let site: BuiltSite;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-formats-'));
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

const article = (source: string) => site.kb.articles.find((a) => a.source === source);
/** The entities of one article with their mentions in it: name, type and offsets. */
const entitiesOf = (id: string) =>
  site.kb.entities
    .flatMap((e) =>
      e.mentions
        .filter((m) => m.article === id)
        .map((m) => `${e.type} ${e.name}: ${m.text} ${m.start}-${m.end} in "${m.sentence}"`),
    )
    .sort();

describe('the same article in every format', () => {
  it.each([
    ['same/b.txt'],
    ['same/c.html'],
    ['same/d.docx'],
    ['same/e.pdf'],
    ['same/f.csv#id-story-1'],
    ['same/g.jsonl#row-1'],
  ])('%s gives the same entities, at the same offsets, as the Markdown file', (source) => {
    const md = article('same/a.md')!;
    const other = article(source);
    expect(other, source).toBeDefined();
    const expected = entitiesOf(md.id);
    expect(expected.length).toBeGreaterThan(10);
    expect(entitiesOf(other!.id)).toEqual(expected);
    expect(other!.about).toEqual(md.about);
  });

  it('a text on one line (the TSV row) is cut into paragraphs at sentence ends, and gives the same entities', async () => {
    const tsv = article('same/h.tsv#row-1')!;
    const paragraphs = (await site.html(tsv.url)).querySelectorAll('.body p').map((p) => p.text.trim());
    expect(paragraphs.length).toBeGreaterThan(1);
    expect(paragraphs.join(' ')).toBe(SAME.join(' '));
    for (const p of paragraphs) expect(p).toMatch(/\.$/);
    const names = (id: string) => [...new Set(entitiesOf(id).map((e) => e.split(':')[0]))];
    expect(names(tsv.id)).toEqual(names(article('same/a.md')!.id));
  });

  it('a second build of the folder gives the same kb.json, byte for byte', async () => {
    const again = await buildSite(dir, {}, false);
    try {
      expect(await readFile(path.join(again.dir, 'kb.json'), 'utf8')).toBe(
        await readFile(path.join(site.dir, 'kb.json'), 'utf8'),
      );
    } finally {
      await again.cleanup();
    }
  }, 60_000);

  it('no step failed, and the asset folder of a saved page was not read', () => {
    expect(site.summary.warnings.filter((w) => w.code === 'STAGE_FAILED')).toEqual([]);
    expect(site.kb.articles.filter((a) => a.source.includes('saved_files'))).toEqual([]);
  });

  it.each([
    [
      'same/c.html',
      {
        title: 'Offensive on the city begins',
        date: '2016-10-17',
        author: 'Jane Roe',
        outlet: 'Example News',
        sourceUrl: 'https://example.com/news/offensive',
      },
    ],
    ['same/d.docx', { title: 'Offensive (Word)', author: 'Jane Roe' }],
    ['same/e.pdf', { title: 'Offensive (PDF)' }],
    [
      'same/f.csv#id-story-1',
      { id: 'same/f/story-1', title: 'Offensive (CSV)', date: '2016-10-17', outlet: 'Example Wire' },
    ],
    ['same/g.jsonl#row-1', { title: 'Offensive (JSONL)', sourceUrl: 'https://example.com/g' }],
    ['meta/json-ld.html', { title: 'From JSON-LD', date: '2017-03-04' }],
    ['meta/time.html', { title: 'From a time element', date: '2018-05-06' }],
    ['meta/saved.html', { title: 'Saved page', outlet: 'Saved Outlet' }],
  ])('%s: metadata in kb.json', (source, expected) => {
    expect(article(source)).toMatchObject(expected);
  });

  it('each article page shows the paragraphs as text, one <p> each', async () => {
    for (const source of ['same/c.html', 'same/d.docx', 'same/e.pdf', 'same/f.csv#id-story-1']) {
      const page = await site.html(article(source)!.url);
      expect(
        page.querySelectorAll('.body p').map((p) => p.text.replace(/\s+/g, ' ').trim()),
        source,
      ).toEqual(SAME);
    }
  });
});

describe('hostile files: warnings, never a crash or an executed script', () => {
  it.each([
    ['hostile/no-body.html', 'NO_ARTICLE_BODY'],
    ['hostile/bomb.docx', 'ARCHIVE_TOO_LARGE'],
    ['hostile/liar.docx', 'ARCHIVE_TOO_LARGE'],
    ['hostile/not-a-zip.docx', 'BAD_ARCHIVE'],
    ['hostile/encrypted.pdf', 'PDF_ENCRYPTED'],
    ['hostile/scanned.pdf', 'NO_TEXT_LAYER'],
    ['hostile/broken.pdf', 'BAD_PDF'],
  ])('%s: %s, skipped', (file, code) => {
    expect(site.summary.warnings).toContainEqual(expect.objectContaining({ code, file }));
    expect(site.kb.articles.map((a) => a.source)).not.toContain(file);
  });

  it('the warnings say what to do: OCR is not supported, the archive was refused', () => {
    const message = (file: string) => site.summary.warnings.find((w) => w.file === file)?.message;
    expect(message('hostile/scanned.pdf')).toMatch(/no text layer.*OCR is not supported/);
    expect(message('hostile/bomb.docx')).toMatch(/refused/);
  });

  it('a PDF with JavaScript: a warning, its text read, the script never run', () => {
    expect(site.summary.warnings).toContainEqual(
      expect.objectContaining({ code: 'PDF_SCRIPT', file: 'hostile/script.pdf' }),
    );
    expect(article('hostile/script.pdf')).toBeDefined();
    expect((globalThis as { dossierPwned?: string }).dossierPwned).toBeUndefined();
  });

  it.each([
    [3, 'BAD_ROW', 'hostile/bad.jsonl', /line 2 is not valid JSON/],
    [4, 'BAD_ROW', 'hostile/bad.jsonl', /line 3 is not a JSON object/],
    [5, 'BAD_ROW', 'hostile/bad.jsonl', /row 2: the text is not text/],
    [5, 'BAD_ROW', 'hostile/injection.csv', /row 3 has no text/],
    [6, 'BAD_ROW', 'hostile/injection.csv', /a quote opened in the row on line 5 is never closed/],
  ])('a bad row is a warning with its line (%i): %s in %s', (_, code, file, message) => {
    const found = site.summary.warnings.filter((w) => w.code === code && w.file === file);
    expect(
      found.some((w) => message.test(w.message) && typeof w.line === 'number'),
      JSON.stringify(found),
    ).toBe(true);
  });

  it('CSV injection strings are inert text: in kb.json as written, on the page as text, never a link', async () => {
    const row = article('hostile/injection.csv#row-1')!;
    expect(row.title).toBe('=HYPERLINK("http://evil.example/","click me")');
    const page = await site.html(row.url);
    expect(page.querySelector('h1')?.text).toBe(row.title);
    expect(page.querySelector('.body')!.text).toContain('=HYPERLINK("http://evil.example/","click") stays text');
    expect(page.querySelectorAll('a').filter((a) => /evil/.test(a.getAttribute('href') ?? ''))).toEqual([]);
    expect(article('hostile/injection.csv#row-2')).toMatchObject({ title: '-2+3' });
  });

  it('the hostile page: its text as text, none of its HTML', async () => {
    const hostile = article('hostile/scripts.html')!;
    const page = await site.html(hostile.url);
    const body = page.querySelector('.body')!;
    expect(body.text).toContain("Typed as text: <script>alert('typed')</script>");
    expect(body.text).toContain('A paragraph with a handler and a javascript link in Baghdad.');
    expect(body.text).not.toContain("alert('inline')");
    expect(body.querySelectorAll('script, iframe, img, svg, [onclick]')).toEqual([]);
    expect(page.querySelector('h1')?.text).toBe(`<script>alert('title')</script> Hostile page`);
  });

  it('no page has a script, handler, frame or javascript: URL from an article', async () => {
    const pages = (await readdir(site.dir, { recursive: true })).filter((f) => f.endsWith('.html'));
    for (const file of pages) {
      const doc = parse(await readFile(path.join(site.dir, file), 'utf8'));
      for (const script of doc.querySelectorAll('script:not([type="application/ld+json"])'))
        expect(script.text, file).not.toMatch(/alert\(|dossierPwned|onerror/);
      expect(doc.querySelectorAll('iframe, object, embed, .body img, .body svg').length, file).toBe(0);
      for (const el of doc.querySelectorAll('*')) {
        for (const [attr, value] of Object.entries(el.attributes)) {
          expect(attr, file).not.toMatch(/^on/i);
          if (attr === 'href' || attr === 'src')
            expect(value.trim(), file).not.toMatch(/^(javascript|vbscript|data):/i);
        }
      }
    }
    expect((globalThis as { dossierPwned?: string }).dossierPwned).toBeUndefined();
  });
});
