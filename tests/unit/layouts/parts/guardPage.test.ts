import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guardPage, isGuarded, textOfHtml } from '../../../../layouts/parts/guardPage.ts';
import { render as renderArticle } from '../../../../layouts/pages/article.11ty.ts';
import { render as renderEntity } from '../../../../layouts/pages/entity.11ty.ts';
import { render as renderMentions } from '../../../../layouts/pages/mentions.11ty.ts';
import { STAGE_FAILED } from '../../../../scripts/core/guard.ts';
import { beginRenderWarnings, endRenderWarnings, renderWarningList } from '../../../../scripts/core/renderWarnings.ts';
import type { PageData } from '../../../../layouts/parts/data.ts';
import { pageData, siteData } from '../../../helpers/siteData.ts';

const PAGES = path.resolve(import.meta.dirname, '../../../../layouts/pages');

const site = siteData(
  [
    { title: 'Tolls rise at Port Eslin', date: '2021-03-04', paragraphs: ['Kordova Vesnik spoke <loudly>.', 'B & C.'] },
    { title: 'Ferry strike', date: '0001-01-01', paragraphs: ['The ferries of Port Eslin stopped.'] },
  ],
  [
    {
      name: 'Kordova Vesnik',
      type: 'person',
      articles: [
        { index: 0, sentences: 9 },
        { index: 1, sentences: 1 },
      ],
    },
  ],
);
const [tolls] = site.articles;
const vesnik = site.entities[0]!;

beforeEach(beginRenderWarnings);
afterEach(() => {
  delete process.env.DOSSIER_FAILPOINT;
  endRenderWarnings();
});

describe('guardPage', () => {
  it.each(readdirSync(PAGES).filter((f) => f.endsWith('.11ty.ts')))('%s renders under the guard', async (file) => {
    const template = (await import(path.join(PAGES, file))) as { render: unknown };
    expect(isGuarded(template.render)).toBe(true);
  });

  it('changes nothing on a page that does not throw', () => {
    const d = pageData(site, tolls!.url, { article: tolls! });
    const unguarded = guardPage((x: typeof d) => `page of ${x.article.title}`);
    expect(unguarded(d)).toBe('page of Tolls rise at Port Eslin');
    expect(renderArticle(d)).toContain('<h1 data-pagefind-weight="10" data-pagefind-meta="date:2021-03-04">');
    expect(endRenderWarnings()).toEqual([]);
  });

  it('an article page that throws: a warning naming its file, and a minimal page with its text', () => {
    process.env.DOSSIER_FAILPOINT = 'render the page@a0.md';
    const out = renderArticle(pageData(site, tolls!.url, { article: tolls! }));
    expect(endRenderWarnings()).toEqual([
      {
        code: STAGE_FAILED,
        file: 'a0.md',
        message:
          'could not render the page (Error: failpoint: render the page on a0.md); the page is written as a minimal page with its text',
      },
    ]);
    const doc = parse(out);
    expect(doc.querySelector('title')!.text).toBe('Tolls rise at Port Eslin · Dossier');
    expect(doc.querySelector('header.site')).not.toBeNull();
    expect(doc.querySelector('h1')!.text).toBe('Tolls rise at Port Eslin');
    expect(doc.querySelector('.note')!.text).toContain('could not be built');
    expect(doc.querySelectorAll('article p:not(.note)').map((p) => p.text)).toEqual([
      'Kordova Vesnik spoke <loudly>.',
      'B & C.',
    ]);
    expect(out).toContain('Kordova Vesnik spoke &lt;loudly&gt;.');
  });

  it('an entity page that throws: a warning with its name, URL and an article file, and a page listing its articles', () => {
    process.env.DOSSIER_FAILPOINT = `render the page@${vesnik.url}`;
    const out = renderEntity(pageData(site, vesnik.url, { entity: vesnik }));
    expect(endRenderWarnings()).toEqual([
      {
        code: STAGE_FAILED,
        file: '/people/e0/',
        message:
          'could not render the page (Error: failpoint: render the page on /people/e0/); the page of Kordova Vesnik (/people/e0/) is written as a minimal page with its articles; it is named in a0.md and 1 more',
      },
    ]);
    const doc = parse(out);
    expect(doc.querySelector('h1')!.text).toBe('Kordova Vesnik');
    expect(doc.querySelectorAll('article li a').map((a) => [a.text, a.getAttribute('href')])).toEqual([
      ['Tolls rise at Port Eslin', '/articles/a0/'],
      ['Ferry strike', '/articles/a1/'],
    ]);
    // its mention pages match the failpoint too (their URL starts with the entity's)
    const mp = site.mentionPages[0]!;
    expect(parse(renderMentions(pageData(site, mp.url, { mentionPage: mp }))).querySelector('h1')!.text).toBe(
      'Mentions of Kordova Vesnik',
    );
  });

  it('a failpoint on an article fails no entity page', () => {
    process.env.DOSSIER_FAILPOINT = 'render the page@a0.md';
    expect(renderEntity(pageData(site, vesnik.url, { entity: vesnik }))).toContain('Mentions in context');
    expect(endRenderWarnings()).toEqual([]);
  });

  it('when the page shell fails too, the page is bare escaped HTML', () => {
    const broken = { page: { url: '/x/' } } as unknown as PageData;
    const render = guardPage(
      (): string => {
        throw new TypeError('no site');
      },
      () => ({
        file: 'x.md',
        without: 'the page is written as a minimal page with its text',
        title: 'A <b>title</b>',
        content: () => ({ paragraphs: ['One & two.'], links: [] }),
      }),
    );
    const out = render(broken);
    expect(out).toMatch(/^<!doctype html>/);
    expect(out).toContain('<title>A &lt;b&gt;title&lt;/b&gt; · Dossier</title>');
    expect(out).toContain('<p>One &amp; two.</p>');
    expect(endRenderWarnings().map((w) => [w.code, w.file])).toEqual([[STAGE_FAILED, 'x.md']]);
  });
});

describe('textOfHtml', () => {
  it.each<[string, string[]]>([
    ['<p id="p-1">One <a class="mention" href="/x/">Kordova</a>.</p>\n<p id="p-2">Two</p>', ['One Kordova.', 'Two']],
    ['<p>A &amp; B &lt;c&gt; &#39;d&#39; &#x263A; &nbsp;e</p>', ["A & B <c> 'd' ☺ e"]],
    ['<h2>Head</h2><ul><li>one</li><li>two</li></ul>', ['Head', 'one', 'two']],
    ['<p>&bogus; &#0; &#xD800;</p>', ['&bogus; &#0; &#xD800;']],
    ['', []],
  ])('%j', (body, expected) => {
    expect(textOfHtml(body)).toEqual(expected);
  });
});

describe('render warnings', () => {
  it('are taken once, each once, and the slot is emptied', () => {
    const w = { code: STAGE_FAILED, file: 'a.md', message: 'could not render the page (x); y' };
    beginRenderWarnings();
    renderWarningList().push(w, { ...w }, { ...w, file: 'b.md' });
    expect(endRenderWarnings().map((x) => x.file)).toEqual(['a.md', 'b.md']);
    expect(endRenderWarnings()).toEqual([]);
  });
});
