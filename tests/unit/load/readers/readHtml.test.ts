import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { pageToArticle, paragraphsOf, readPage } from '../../../../scripts/load/readers/readHtml.ts';
import { BRIEF, boilerplatePage, MOST_READ } from '../../../helpers/boilerplatePages.ts';
import type { Warning } from '../../../../scripts/core/types/common.ts';
import { makeHtml } from '../../../helpers/formats.ts';

const BODY = [
  'Officials in Geneva said on Monday that talks with the United Nations would resume next week, after a pause of several months.',
  'The delegation, led by Foreign Minister Jane Roe, arrived on Sunday evening and met the mediators at once, a spokesman said.',
  'Neither side would say what had changed, but both called the new round of talks a serious attempt to end the dispute.',
];
const page = (head: string, body = `<article>${BODY.map((p) => `<p>${p}</p>`).join('')}</article>`) =>
  `<html><head>${head}</head><body>${body}</body></html>`;

describe('readPage: metadata', () => {
  it.each([
    [
      'og:title',
      page('<title>Site | T</title><meta property="og:title" content="The OG title">'),
      { title: 'The OG title' },
    ],
    ['<title> alone', page('<title>Only the title</title>'), { title: 'Only the title' }],
    [
      'article:published_time',
      page('<meta property="article:published_time" content="2016-10-17T05:00:00+03:00">'),
      { date: '2016-10-17' },
    ],
    [
      'JSON-LD NewsArticle',
      page(
        `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'LD headline', datePublished: '2019-04-05', author: [{ '@type': 'Person', name: 'Ann Lee' }], publisher: { name: 'LD Times' } })}</script>`,
      ),
      { title: 'LD headline', date: '2019-04-05', author: 'Ann Lee', outlet: 'LD Times' },
    ],
    [
      'JSON-LD in an @graph',
      page(
        `<script type="application/ld+json">${JSON.stringify({
          '@graph': [
            { '@type': 'WebSite', name: 'Site' },
            { '@type': ['NewsArticle'], headline: 'In graph', datePublished: '2018-01-02T00:00:00Z' },
          ],
        })}</script>`,
      ),
      { title: 'In graph', date: '2018-01-02' },
    ],
    [
      'a <time> element',
      page(
        '',
        `<article><time datetime="2015-03-04T10:00">4 March</time>${BODY.map((p) => `<p>${p}</p>`).join('')}</article>`,
      ),
      { date: '2015-03-04' },
    ],
    [
      'author and site name',
      page('<meta name="author" content="Sam Writer"><meta property="og:site_name" content="Example News">'),
      { author: 'Sam Writer', outlet: 'Example News' },
    ],
    [
      'canonical URL',
      page('<link rel="canonical" href="https://example.com/a?b=1">'),
      { url: 'https://example.com/a?b=1' },
    ],
  ])('%s', (_, html, expected) => {
    expect(readPage(html)).toMatchObject(expected);
  });

  it.each([
    ['invalid JSON-LD', page('<script type="application/ld+json">{not json</script>')],
    ['a javascript: canonical URL', page('<link rel="canonical" href="javascript:alert(1)">')],
    ['a date that is not one', page('<meta property="article:published_time" content="yesterday">')],
  ])('%s is ignored', (_, html) => {
    const read = readPage(html);
    expect(read.url).toBeUndefined();
    expect(read.date).toBeUndefined();
    expect(read.paragraphs).toEqual(BODY);
  });
});

describe('readPage: the body', () => {
  it('keeps the paragraphs, drops navigation and footer', () => {
    expect(readPage(makeHtml(BODY, { title: 'T' })).paragraphs).toEqual(BODY);
  });

  it('a page with no article body gets a NO_ARTICLE_BODY warning naming it', () => {
    const warnings: Warning[] = [];
    const read = readPage(
      '<html><head><title>x</title></head><body><nav><a href="/">Home</a> <a href="/b">About</a></nav></body></html>',
    );
    expect(pageToArticle('saved/empty.html', read, warnings)).toBeUndefined();
    expect(warnings).toEqual([
      { code: 'NO_ARTICLE_BODY', file: 'saved/empty.html', message: expect.stringMatching(/no article text/) },
    ]);
  });
});

describe('pageToArticle: boilerplate-only pages', () => {
  it.each<[string, string, boolean]>([
    ['menus, a cookie banner, a most-read list and a footer', boilerplatePage(), false],
    ['a three-sentence article in the same clutter', boilerplatePage({ article: BRIEF }), true],
  ])('%s', (_, html, kept) => {
    const warnings: Warning[] = [];
    const article = pageToArticle('saved/eslin-home.html', readPage(html), warnings);
    expect(article !== undefined).toBe(kept);
    if (kept) expect(article?.text).toContain(BRIEF.join('\n\n'));
    expect(warnings).toEqual(
      kept
        ? []
        : [
            {
              code: 'NO_ARTICLE_BODY',
              file: 'saved/eslin-home.html',
              message: expect.stringMatching(/no article text.*only menus, links, notices/),
            },
          ],
    );
  });

  it.each<[string, string[], boolean]>([
    ['a body of most-read headlines that are links', MOST_READ, false],
    ['the same headlines, not links, are prose', [], true],
  ])('%s', (_, links, kept) => {
    const warnings: Warning[] = [];
    const page = { title: 'Home', paragraphs: ['Most read', ...MOST_READ], ...(links.length ? { links } : {}) };
    expect(pageToArticle('saved/most-read.html', page, warnings) !== undefined).toBe(kept);
    expect(warnings.map((w) => w.code)).toEqual(kept ? [] : ['NO_ARTICLE_BODY']);
  });

  it('readPage keeps the texts of the body’s links', () => {
    const html = `<html><head><title>T</title></head><body><article>${BODY.map((p) => `<p>${p}</p>`).join('')}<p>${BODY[0]} See <a href="/x">the harbour   report</a>.</p></article></body></html>`;
    expect(readPage(html).links).toEqual(['the harbour report']);
  });
});

describe('paragraphsOf', () => {
  const of = (html: string) =>
    paragraphsOf(
      parseHTML(`<html><body><div id="r">${html}</div></body></html>`).document.getElementById('r') as never,
    );
  it.each([
    ['<p>One <b>bold</b> two.</p><p>Three.</p>', ['One bold two.', 'Three.']],
    ['Line one<br>Line two', ['Line one', 'Line two']],
    ['<ul><li>A</li><li>B</li></ul>', ['A', 'B']],
    ['<p>Text<script>alert(1)</script><style>p{}</style> more</p>', ['Text more']],
    ['<table><tr><td>a</td><td>b</td></tr></table>', ['a b']],
    ['<h2>Heading</h2>Loose text', ['Heading', 'Loose text']],
  ])('%j → %j', (html, expected) => expect(of(html)).toEqual(expected));

  it('deep nesting does not overflow the stack', () => {
    const deep = `${'<span>'.repeat(20_000)}deep${'</span>'.repeat(20_000)}`;
    expect(of(`<p>${deep}</p>`)).toEqual(['deep']);
  });
});
