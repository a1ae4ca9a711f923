import { mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/build.ts';
import { readConfig } from '../../scripts/config.ts';
import { DossierError } from '../../scripts/core/errors.ts';
import { resolveEntities } from '../../scripts/resolve/index.ts';
import { entityPath } from '../../scripts/core/urls.ts';
import { hostileContent } from '../helpers/hostile.ts';
import { buildSite, fileFor, ROOT, type BuiltSite } from '../helpers/site.ts';

/**
 * The hostile corpus (tests/fixtures/hostile plus generated files, see helpers/hostile.ts) built once,
 * with search, and checked through its HTML, kb.json and Pagefind index.
 */
let site: BuiltSite;
let content: { dir: string; cleanup: () => Promise<void> };
let pages: string[];
beforeAll(async () => {
  content = await hostileContent();
  site = await buildSite(content.dir);
  pages = (await readdir(site.dir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
});
afterAll(async () => {
  await site?.cleanup();
  await content?.cleanup();
});

const articlePage = (id: string) => site.html(`/articles/${id}/`);
const kbArticle = (id: string) => site.kb.articles.find((a) => a.id === id)!;

const HOSTILE_TITLE = `<script>alert('title')</script> Tom & Jerry's "quoted" </title>`;
const HOSTILE_AUTHOR = `<img src=x onerror=alert('author')> O'Brien & "Sons"`;

describe('escaping', () => {
  it('no page has a script, an on…= attribute, a frame or a dangerous URL that the site did not put there itself', async () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const doc = parse(await readFile(path.join(site.dir, file), 'utf8'));
      for (const script of doc.querySelectorAll('script')) {
        // The site's own scripts: JSON-LD, Pagefind and assets, and inline set-up code with nothing from an article in it.
        const src = script.getAttribute('src');
        const ok =
          script.getAttribute('type') === 'application/ld+json' ||
          (src ? /^\/(pagefind|assets)\//.test(src) : !/alert\(|msgbox|onerror/.test(script.text));
        expect(ok, `${file}: ${script.outerHTML.slice(0, 120)}`).toBe(true);
      }
      expect(
        doc.querySelectorAll('iframe, object, embed, frame, base, .body svg, .body img').map((e) => e.outerHTML),
        file,
      ).toEqual([]);
      for (const el of doc.querySelectorAll('*')) {
        for (const [attr, value] of Object.entries(el.attributes)) {
          expect(attr, `${file}: <${el.rawTagName} ${attr}>`).not.toMatch(/^on/i);
          if (['href', 'xlink:href', 'src', 'action', 'formaction', 'content'].includes(attr))
            expect(value.trim(), `${file}: ${attr}`).not.toMatch(/^(javascript|vbscript|data|file):/i);
        }
      }
    }
  });

  it.each([
    ['xss/script-in-body', "<script>alert('body')</script>"],
    [
      'xss/script-in-body',
      `A picture: <img src=x onerror="alert('img')"> and a frame <iframe src="javascript:alert('iframe')"></iframe> inline.`,
    ],
    [
      'xss/script-in-body',
      `<div onclick="alert('div')" onmouseover="alert('hover')">Raw block of HTML with Ashton Carter inside.</div>`,
    ],
    ['xss/script-in-body', `<svg onload="alert('svg')"><a xlink:href="javascript:alert('svglink')">x</a></svg>`],
    ['xss/script-in-body', "<!-- <script>alert('comment')</script> -->"],
    ['xss/raw-html', "<script>alert('txt')</script>"],
    ['xss/raw-html', `<iframe srcdoc="<script>alert('srcdoc')</script>"></iframe>`],
    [
      'xss/raw-html',
      `"Quotes" & 'apostrophes' & <b>bold</b> & javascript:alert('bare') &amp; &lt;script&gt; stay as typed.`,
    ],
  ])('%s shows raw HTML as text: %s', async (id, shown) => {
    const paragraphs = (await articlePage(id))
      .querySelectorAll('.body [id^="p-"]')
      .map((p) => p.text.replace(/\s+/g, ' '));
    expect(paragraphs.some((p) => p.includes(shown))).toBe(true);
  });

  it.each([
    ['plain js'],
    ['upper'],
    ['spaced'],
    ['encoded'],
    ['vb'],
    ['html data'],
    ['png data'],
    ['file'],
    ['ref link'],
  ])('the Markdown link [%s](dangerous URL) is not a link', async (text) => {
    const body = (await articlePage('xss/script-in-body')).querySelector('.body')!;
    expect(body.querySelectorAll('a').filter((a) => a.text === text)).toEqual([]);
    expect(body.text).toContain(text);
  });

  it('images with javascript: or data: URLs are not images; a safe link stays a link with its title escaped', async () => {
    const body = (await articlePage('xss/script-in-body')).querySelector('.body')!;
    expect(body.querySelectorAll('img')).toEqual([]);
    expect(body.text).toContain('![js image](javascript:alert(');
    const fine = body.querySelectorAll('a').find((a) => a.text === 'fine');
    expect(fine?.getAttribute('href')).toBe('https://example.com/fine');
    expect(fine?.getAttribute('title')).toBe('a "title" <b>');
  });
});

describe('front-matter values are text everywhere', () => {
  let page: HTMLElement;
  beforeAll(async () => {
    page = await articlePage('xss/script-in-body');
  });

  it('in kb.json, exactly as written (and the source URL percent-encoded)', () => {
    expect(kbArticle('xss/script-in-body')).toMatchObject({
      id: 'xss/script-in-body',
      title: HOSTILE_TITLE,
      url: '/articles/xss/script-in-body/',
      source: 'xss/script-in-body.md',
      date: '2016-10-17',
      author: HOSTILE_AUTHOR,
      sourceUrl: 'https://example.com/news?q=%22%3E%3Cscript%3Ealert(%27source%27)%3C/script%3E&a=1',
    });
  });

  it.each([
    ['h1', (p: HTMLElement) => p.querySelector('h1')?.text],
    ['<title>', (p: HTMLElement) => p.querySelector('title')?.text.replace(/ · Dossier$/, '')],
    ['og:title', (p: HTMLElement) => p.querySelector('meta[property="og:title"]')?.getAttribute('content')],
  ])('the title in the %s of its page', (_, read) => {
    expect(read(page)).toBe(HOSTILE_TITLE);
  });

  it('the author, date and source link in the meta line', () => {
    const meta = page.querySelector('.meta')!;
    expect(meta.text).toContain(HOSTILE_AUTHOR);
    expect(meta.querySelector('time')?.getAttribute('datetime')).toBe('2016-10-17');
    expect(meta.querySelector('a')?.getAttribute('href')).toBe(kbArticle('xss/script-in-body').sourceUrl);
    expect(
      meta
        .querySelectorAll('*')
        .map((e) => e.rawTagName)
        .sort(),
    ).toEqual(['a', 'code', 'time']);
  });

  it.each([['/articles/'], ['/people/ashton-carter/'], ['/']])('the title on %s, as text', async (sitePath) => {
    const doc = await site.html(sitePath);
    expect(doc.querySelectorAll('a').map((a) => a.text)).toContain(HOSTILE_TITLE);
  });

  it('a file name that is markup is a title as text, with a safe id', async () => {
    const article = site.kb.articles.find((a) => a.source.startsWith('generated/"><img'))!;
    expect(article).toMatchObject({
      title: `"><img src=x onerror=alert('filename')>`,
      id: 'generated/img-src-x-onerror-alert-filename',
    });
    const doc = await site.html(article.url);
    expect(doc.querySelector('h1')?.text).toBe(article.title);
    expect(doc.querySelector('.meta code')?.text).toBe(article.source);
  });

  it('in the search index: the title is the text as written, the content is text, not markup', async () => {
    // every part of the index (scripts/write/indexSite.ts): pagefind/fragment/, pagefind/part-N/fragment/
    const dir = path.join(site.dir, 'pagefind');
    const files = (await readdir(dir, { recursive: true })).filter((f) => /(?:^|\/)fragment\/[^/]+$/.test(f));
    const fragments = await Promise.all(
      files.map(async (f) => {
        const bytes = await readFile(path.join(dir, f));
        let json: string;
        try {
          json = gunzipSync(bytes).toString('utf8');
        } catch (error) {
          throw new Error(
            `${f} (${bytes.length} bytes, starts ${bytes.subarray(0, 16).toString('hex')}): ${(error as Error).message}`,
          );
        }
        return JSON.parse(json.replace(/^pagefind_dcd/, '')) as {
          url: string;
          content: string;
          meta: { title: string };
        };
      }),
    );
    const fragment = fragments.find((f) => f.url === '/articles/xss/script-in-body/')!;
    expect(fragment.meta.title).toBe(HOSTILE_TITLE);
    // Pagefind keeps the page's text (it escapes it itself when it builds an excerpt): the text of the raw HTML, decoded once.
    expect(fragment.content).toContain("<script>alert('body')</script>");
    expect(fragment.content).not.toContain('&lt;');
    expect(fragments.find((f) => f.url === '/articles/xss/raw-html/')!.content).toContain(
      '&amp; &lt;script&gt; stay as typed',
    );
  });
});

describe('bad files: a warning naming the file, and the rest builds', () => {
  it.each([
    ['empty/empty.md', 'EMPTY', 'the article has no text; skipped'],
    ['empty/only-front-matter.md', 'EMPTY', 'the article has no text; skipped'],
    ['empty/blank.txt', 'EMPTY', 'the article has no text; skipped'],
    ['generated/binary.md', 'NOT_UTF8', 'not UTF-8 text (binary or another encoding); skipped'],
    ['generated/latin1.txt', 'NOT_UTF8', 'not UTF-8 text (binary or another encoding); skipped'],
    ['generated/utf16.md', 'NOT_UTF8', 'not UTF-8 text (binary or another encoding); skipped'],
    ['generated/nul.txt', 'BINARY', 'contains NUL bytes: looks binary; skipped'],
  ])('%s: %s, skipped', (file, code, message) => {
    expect(site.summary.warnings).toContainEqual({ code, file, message });
    expect(site.kb.articles.map((a) => a.source)).not.toContain(file);
  });

  it.each([
    ['xss/bad-front-matter-values.md', 'BAD_TITLE', 2, 'title must be non-empty text; using the file name'],
    [
      'xss/bad-front-matter-values.md',
      'BAD_DATE',
      3,
      'date "<b>yesterday</b>" is not a date (use YYYY-MM-DD); ignored',
    ],
    [
      'xss/bad-front-matter-values.md',
      'BAD_SOURCE',
      4,
      'source must be an http(s) URL or the name of an outlet; ignored',
    ],
    ['xss/bad-front-matter-values.md', 'BAD_AUTHOR', 5, 'author must be text; ignored'],
    ['xss/data-source.md', 'BAD_SOURCE', 3, 'source must be an http(s) URL or the name of an outlet; ignored'],
    [
      'xss/data-source.md',
      'BAD_DATE',
      4,
      `date "2017-02-30<script>alert('date')</script>" is not a date (use YYYY-MM-DD); ignored`,
    ],
    ['generated/yaml-bomb.md', 'BAD_TITLE', 11, 'title must be non-empty text; using the file name'],
    ['generated/yaml-bomb.md', 'BAD_DATE', 12, 'date a list is not a date (use YYYY-MM-DD); ignored'],
  ])('%s: %s on line %i, the field ignored, the article built', (file, code, line, message) => {
    expect(site.summary.warnings).toContainEqual({ code, file, line, message });
    expect(site.kb.articles.map((a) => a.source)).toContain(file);
  });

  it('builds every other article, each with a page', async () => {
    expect(site.kb.articles.map((a) => a.source).sort()).toEqual([
      "generated/\"><img src=x onerror=alert('filename')>.md",
      'generated/Café & Co/Ünïcödé ñame.txt',
      'generated/crlf-bom.md',
      'generated/long-blank-line.txt',
      'generated/yaml-bomb.md',
      'names/unicode-names.md',
      'same-name/a/report.md',
      'same-name/b/report.md',
      'xss/bad-front-matter-values.md',
      'xss/data-source.md',
      'xss/raw-html.txt',
      'xss/script-in-body.md',
    ]);
    for (const a of site.kb.articles) expect(pages).toContain(path.join(a.url.slice(1), 'index.html'));
    expect(kbArticle('generated/crlf-bom')).toMatchObject({ title: 'CRLF & BOM', date: '2020-01-02' });
  });
});

describe('fatal front matter: the build stops, naming the file and line', () => {
  it.each([
    [
      'an unclosed quote',
      '---\ntitle: Fine\nauthor: "unclosed\ndate: 2020-01-01\n---\nText.\n',
      3,
      /front matter is not valid YAML: unexpected end of the stream within a double quoted scalar/,
    ],
    [
      'bad indentation',
      '---\ntitle: Fine\n  date: 2020-01-01\n---\nText.\n',
      3,
      /front matter is not valid YAML: bad indentation of a mapping entry/,
    ],
    [
      'an unclosed list',
      '---\ntitle: Fine\nauthor: [a, b\ndate: x\n---\nText.\n',
      4,
      /front matter is not valid YAML: missed comma between flow collection entries/,
    ],
    [
      'a key twice',
      '---\ntitle: One\ntitle: Two\n---\nText.\n',
      3,
      /front matter is not valid YAML: duplicated mapping key/,
    ],
    ['a list instead of a mapping', '---\n- a\n- b\n---\nText.\n', 2, /front matter must be a mapping/],
    [
      'JavaScript front matter (gray-matter would eval it)',
      '---js\n{ title: (globalThis.dossierPwned = "pwned") }\n---\nText.\n',
      1,
      /front matter must be YAML; "---js" is not supported/,
    ],
    [
      'JavaScript front matter in capitals',
      '---JS\n{ title: (globalThis.dossierPwned = "pwned") }\n---\nText.\n',
      1,
      /front matter must be YAML/,
    ],
    [
      'CoffeeScript front matter',
      '---coffee\ntitle: (globalThis.dossierPwned = "pwned")\n---\nText.\n',
      1,
      /front matter must be YAML/,
    ],
  ])('%s', async (_, text, line, message) => {
    const tmp = await mkdtemp(path.join(tmpdir(), 'dossier-fatal-'));
    try {
      await mkdir(path.join(tmp, 'content/articles'), { recursive: true });
      await writeFile(path.join(tmp, 'content/articles/good.md'), 'Barack Obama spoke in Washington.\n');
      await writeFile(path.join(tmp, 'content/articles/bad.md'), text);
      const config = readConfig({ CONTENT_DIR: path.join(tmp, 'content'), OUTPUT_DIR: path.join(tmp, 'site') }, ROOT);
      const error = await runBuild(config, { log: () => {}, search: false }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DossierError);
      expect(error).toMatchObject({ code: 'FRONT_MATTER_INVALID', file: 'bad.md', line });
      expect((error as Error).message).toMatch(new RegExp(`^bad\\.md:${line}: ${message.source}`));
      expect((globalThis as { dossierPwned?: string }).dossierPwned).toBeUndefined();
      expect(await readdir(tmp)).toEqual(['content']);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});

describe('names and URLs', () => {
  it('two articles with the same file name in different folders get two pages', async () => {
    expect(kbArticle('same-name/a/report').title).toBe('Report from folder A');
    expect(kbArticle('same-name/b/report').title).toBe('Report from folder B');
    expect((await site.html('/articles/same-name/a/report/')).querySelector('h1')?.text).toBe('Report from folder A');
    expect((await site.html('/articles/same-name/b/report/')).querySelector('h1')?.text).toBe('Report from folder B');
  });

  it('every id is a unique, safe slug, and every page is inside the output folder', async () => {
    const SEGMENT = /^[a-z0-9\p{L}\p{N}-]+$/u;
    for (const a of site.kb.articles) for (const segment of a.id.split('/')) expect(segment, a.id).toMatch(SEGMENT);
    for (const e of site.kb.entities) expect(e.id, e.name).toMatch(SEGMENT);
    expect(new Set(site.kb.articles.map((a) => a.url)).size).toBe(site.kb.articles.length);
    expect(new Set(site.kb.entities.map((e) => e.id)).size).toBe(site.kb.entities.length);
    const root = await realpath(site.dir);
    for (const url of [...site.kb.articles, ...site.kb.entities].map((x) => x.url)) {
      const file = await realpath(fileFor(site.dir, url));
      expect(file.startsWith(`${root}${path.sep}`), url).toBe(true);
    }
  });

  it.each([
    ['generated/Café & Co/Ünïcödé ñame.txt', 'generated/cafe-and-co/uenicoede-name'],
    ['names/unicode-names.md', 'names/unicode-names'],
  ])('the article %s has the readable id %s', (source, id) => {
    expect(site.kb.articles.find((a) => a.source === source)?.id).toBe(id);
  });

  // Which names the extractor finds is its own business (tests/extract-*); whatever is found, these names get these URLs.
  it.each([
    ['Recep Tayyip Erdoğan', 'person', '/people/recep-tayyip-erdogan/'],
    ['São Paulo', 'place', '/places/sao-paulo/'],
    ['Procter & Gamble', 'group', '/groups/procter-and-gamble/'],
    ['AT&T', 'group', '/groups/at-and-t/'],
    ['Владимир Путин', 'person', '/people/vladimir-putin/'],
    ['Москва', 'place', '/places/moskva/'],
    ["Seán O'Brien", 'person', '/people/sean-obrien/'],
    ['Zürich', 'place', '/places/zuerich/'],
    ['Kraków', 'place', '/places/krakow/'],
    ['../../etc/passwd', 'group', '/groups/etc-passwd/'],
  ] as const)('the entity %s (%s) is at %s', (name, type, url) => {
    const text = `${name} was named.`;
    const { entities } = resolveEntities([
      {
        article: { id: 'a', source: 'a.txt', format: 'txt', title: 'A', text, prose: text, bodyLine: 1 },
        extraction: {
          entities: [{ name, type, aliases: [], mentions: [{ start: 0, end: name.length, text: name }] }],
          sentences: [],
        },
      },
    ]);
    expect(entityPath(entities[0]!.type, entities[0]!.slug)).toBe(url);
  });

  it('every entity found in the hostile corpus has a path-safe URL of its own', () => {
    const urls = site.kb.entities.map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(url).toMatch(/^\/(people|groups|places)\/[\p{Ll}\p{Lo}\p{N}-]+\/$/u);
  });

  it('adding articles (same stem beside, same name elsewhere, look-alike names) moves no existing URL', async () => {
    const more = await hostileContent({
      'same-name/a/report.txt': 'Barack Obama spoke in Chicago.\n',
      'same-name/c/report.md': 'Ashton Carter spoke in Mosul.\n',
      'names/more-names.md':
        'Flights to Sao Paulo, to Sao-Paulo and to SAO PAULO resumed. Procter and Gamble met AT T. Recep Tayyip Erdogan met Angela Merkel in Berlin. Ashton Carter met Barack Obama.\n',
    });
    try {
      const bigger = await buildSite(more.dir, {}, false);
      try {
        // An entity is the same entity if it has the same first mention (its name may change with the votes of new mentions).
        const urls = (kb: typeof site.kb) =>
          new Map([
            ...kb.articles.map((a) => [a.source, a.url]),
            ...kb.entities.flatMap((e) => e.mentions.map((m) => [`${m.article}@${m.start}`, e.url])),
          ] as [string, string][]);
        const after = urls(bigger.kb);
        for (const a of site.kb.articles) expect(after.get(a.source), a.source).toBe(a.url);
        for (const e of site.kb.entities)
          expect(after.get(`${e.mentions[0]!.article}@${e.mentions[0]!.start}`), e.name).toBe(e.url);
        expect(bigger.kb.articles.length).toBe(site.kb.articles.length + 3);
      } finally {
        await bigger.cleanup();
      }
    } finally {
      await more.cleanup();
    }
  });
});

describe('big input', () => {
  it('a 1 MB article builds, with every paragraph on its page', async () => {
    const paragraphs: string[] = [];
    for (let i = 0, size = 0; size < 1_000_000; i++) {
      const p =
        `Paragraph ${i}: Barack Obama met Ashton Carter in Baghdad on day ${i}, and officials in Mosul said the talks went on for ${i % 7} hours. ` +
        `Later the ministers of Iraq and Syria spoke with reporters about paragraph ${i} of the long report.`;
      paragraphs.push(p);
      size += p.length + 2;
    }
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-big-'));
    try {
      await mkdir(path.join(dir, 'articles'));
      await writeFile(
        path.join(dir, 'articles/big.md'),
        `---\ntitle: A very long article\n---\n${paragraphs.join('\n\n')}\n`,
      );
      const built = await buildSite(dir, {}, false);
      try {
        const shown = (await built.html('/articles/big/')).querySelectorAll('.body [id^="p-"]').map((p) => p.text);
        expect(shown).toHaveLength(paragraphs.length);
        expect(shown).toEqual(paragraphs);
        expect(built.kb.entities.find((e) => e.name === 'Ashton Carter')?.mentions.length).toBe(paragraphs.length);
      } finally {
        await built.cleanup();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
