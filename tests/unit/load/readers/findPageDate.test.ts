import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findPageDate } from '../../../../scripts/load/readers/findPageDate.ts';
import { pageToArticle, readPage } from '../../../../scripts/load/readers/readHtml.ts';
import type { Warning } from '../../../../scripts/core/types/common.ts';

const NOW = new Date('2026-06-01T12:00:00Z');
const BODY = [
  'Officials in Port Eslin said on Monday that talks with the harbour board would resume next week, after a pause.',
  'The delegation, led by Mayor Kordova Vesnik, arrived on Sunday evening and met the mediators at once, a clerk said.',
];
const page = (head: string, top = '') =>
  `<html><head>${head}</head><body>${top}<article>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const ld = (value: object) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const dateOf = (html: string) => readPage(html, NOW).date;

describe('readPage: each date source', () => {
  it.each([
    [
      'JSON-LD datePublished, ISO',
      page(ld({ '@type': 'NewsArticle', datePublished: '2019-11-19T07:09:00Z' })),
      '2019-11-19',
    ],
    [
      'JSON-LD datePublished, GMT text',
      page(ld({ '@type': 'NewsArticle', datePublished: '19 Nov 2019 07:09 GMT' })),
      '2019-11-19',
    ],
    [
      'JSON-LD datePublished, date and time',
      page(ld({ '@type': 'Article', datePublished: '2019-11-19 07:09:00' })),
      '2019-11-19',
    ],
    [
      'JSON-LD datePublished, month day year',
      page(ld({ '@type': 'BlogPosting', datePublished: 'November 19, 2019' })),
      '2019-11-19',
    ],
    [
      'JSON-LD datePublished, RFC 2822',
      page(ld({ '@type': 'NewsArticle', datePublished: 'Tue, 19 Nov 2019 23:30:00 -0500' })),
      '2019-11-19',
    ],
    [
      'JSON-LD dateCreated when no datePublished',
      page(ld({ '@type': 'NewsArticle', dateCreated: '2019-11-18' })),
      '2019-11-18',
    ],
    [
      'article:published_time',
      page('<meta property="article:published_time" content="2019-11-19T23:30:00-05:00">'),
      '2019-11-19',
    ],
    [
      'article:published_time given as a name',
      page('<meta name="article:published_time" content="2019-11-19T07:00:00.000Z">'),
      '2019-11-19',
    ],
    [
      'og:article:published_time, Java date text',
      page('<meta property="og:article:published_time" content="Mon Oct 11 14:57:21 CEST 2021">'),
      '2021-10-11',
    ],
    [
      'JSON-LD with "type" for "@type"',
      page(ld({ type: 'Article', datePublished: 'Thu, 08 May 2014 14:04:53 -0400' })),
      '2014-05-08',
    ],
    [
      'itemprop title',
      page('', '<abbr itemprop="datePublished" title="2019-10-16T14:33:00-07:00">2:33 PM</abbr>'),
      '2019-10-16',
    ],
    ['itemprop content', page('<meta itemprop="datePublished" content="2019-11-17">'), '2019-11-17'],
    [
      'itemprop datetime',
      page('', '<time itemprop="datePublished" datetime="2019-11-16T10:00">Saturday</time>'),
      '2019-11-16',
    ],
    ['itemprop text', page('', '<span itemprop="datePublished">15 November 2019</span>'), '2019-11-15'],
    ['meta name=pubdate', page('<meta name="pubdate" content="20191114">'), '2019-11-14'],
    ['meta name=PublishDate (any case)', page('<meta name="PublishDate" content="2019-11-13">'), '2019-11-13'],
    ['meta name=DC.date.issued', page('<meta name="DC.date.issued" content="2019-11-12">'), '2019-11-12'],
    ['meta name=dcterms.date', page('<meta name="dcterms.date" content="2019-11-11">'), '2019-11-11'],
    ['meta name=sailthru.date', page('<meta name="sailthru.date" content="2019-11-10 08:00:00">'), '2019-11-10'],
    ['meta name=parsely-pub-date', page('<meta name="parsely-pub-date" content="2019-11-09T08:00:00Z">'), '2019-11-09'],
    ['meta name=article.published', page('<meta name="article.published" content="2019-11-08">'), '2019-11-08'],
    ['meta property=og:published_time', page('<meta property="og:published_time" content="2019-11-07">'), '2019-11-07'],
    ['meta name=date', page('<meta name="date" content="Nov 6, 2019">'), '2019-11-06'],
    ['<time datetime>', page('', '<time datetime="2019-11-05">5 Nov</time>'), '2019-11-05'],
    [
      'canonical URL /YYYY/MM/DD/',
      page('<link rel="canonical" href="https://eslin.example/2019/11/04/talks">'),
      '2019-11-04',
    ],
    [
      'canonical URL /YYYY-MM-DD/',
      page('<link rel="canonical" href="https://eslin.example/news/2019-11-03/talks">'),
      '2019-11-03',
    ],
    [
      'canonical URL /YYYYMMDD/',
      page('<link rel="canonical" href="https://eslin.example/news/20191102/talks">'),
      '2019-11-02',
    ],
    ['a "Published" line', page('', '<p class="byline">Published November 1, 2019</p>'), '2019-11-01'],
    ['a "Posted on" line', page('', '<div><span>Posted on 31 Oct 2019</span></div>'), '2019-10-31'],
    ['an "Updated:" line', page('', '<small>Updated: 30.10.2019, 11:00</small>'), '2019-10-30'],
    [
      'a "Written … / Updated …" line',
      page('', '<p class="date">Written: 2023-11-07 15:03:30<span> / </span>Updated: 2023-11-07 15:30:46</p>'),
      '2023-11-07',
    ],
    ['a German line', page('', '<p><strong>Veröffentlicht am:</strong> 06.10.2023</p>'), '2023-10-06'],
    ['nothing', page('<title>Undated</title>'), undefined],
    ['a "Published" line with no date', page('', '<p>Published by the harbour board</p>'), undefined],
  ])('%s', (_, html, expected) => {
    expect(dateOf(html)).toBe(expected);
  });
});

describe('readPage: the order of the date sources', () => {
  const all = [
    ld({ '@type': 'NewsArticle', datePublished: '2011-01-01', dateCreated: '2012-01-01' }),
    '<meta property="article:published_time" content="2013-01-01">',
    '<meta itemprop="datePublished" content="2014-01-01">',
    '<meta name="pubdate" content="2015-01-01">',
    '<link rel="canonical" href="https://eslin.example/2017/01/01/talks">',
  ];
  const time = '<time datetime="2016-01-01">then</time>';
  const line = '<p>Published January 1, 2018</p>';
  it.each([
    ['JSON-LD first', all, '2011-01-01'],
    ['then article:published_time', all.slice(2).concat(all[1]!), '2013-01-01'],
    ['then itemprop', all.slice(2), '2014-01-01'],
    ['then a meta name', all.slice(3), '2015-01-01'],
    ['then <time>', all.slice(4), '2016-01-01'],
  ])('%s', (_, head, expected) => {
    expect(dateOf(page(head.join(''), time + line))).toBe(expected);
  });
  it('then the URL, then a "Published" line', () => {
    expect(dateOf(page(all[4]!, line))).toBe('2017-01-01');
    expect(dateOf(page('', line))).toBe('2018-01-01');
  });
  it('a <time> inside the article before one elsewhere', () => {
    const html = `<html><body><aside><time datetime="2001-01-01">x</time></aside><article><time datetime="2019-11-19">y</time>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(dateOf(html)).toBe('2019-11-19');
  });
});

describe('readPage: implausible dates fall back to the next source', () => {
  it.each([
    ['year 1 in JSON-LD', ld({ '@type': 'NewsArticle', datePublished: '0001-01-01T00:00:00' }), '2019-11-19'],
    ['1799 in article:published_time', '<meta property="article:published_time" content="1799-07-04">', '2019-11-19'],
    ['next year + 2 in a meta name', '<meta name="pubdate" content="2028-05-05">', '2019-11-19'],
    [
      'datePublished implausible, dateCreated taken',
      ld({ '@type': 'NewsArticle', datePublished: '0001-01-01', dateCreated: '2018-02-02' }),
      '2018-02-02',
    ],
  ])('%s', (_, head, expected) => {
    const html = page(`${head}<meta name="date" content="2019-11-19">`);
    const read = readPage(html, NOW);
    expect(read.date).toBe(expected);
    expect(read.implausibleDates).toHaveLength(1);
  });

  it('DATE_IMPLAUSIBLE names the file, and without another source the page is undated', () => {
    const read = readPage(page('<meta property="article:published_time" content="0001-01-01T00:00:00Z">'), NOW);
    const warnings: Warning[] = [];
    const article = pageToArticle('saved/talks.html', read, warnings);
    expect(article?.date).toBeUndefined();
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'DATE_IMPLAUSIBLE',
        file: 'saved/talks.html',
        message: expect.stringContaining('0001-01-01'),
      }),
    ]);
  });
});

describe('findPageDate', () => {
  it('reads later sources only when the earlier give nothing', () => {
    const { document } = parseHTML(page('<meta name="pubdate" content="2015-01-01">'));
    expect(findPageDate(document as never, { ldDates: [{ key: 'datePublished', value: '2010-10-10' }] }, NOW)).toEqual({
      date: '2010-10-10',
      implausible: [],
    });
    expect(findPageDate(document as never, { ldDates: [] }, NOW).date).toBe('2015-01-01');
  });

  it('looks for "Published" lines only when the raw page has one after a tag', () => {
    const html = page('', '<p>Published November 1, 2019</p>');
    const { document } = parseHTML(html);
    expect(findPageDate(document as never, { ldDates: [], html }, NOW).date).toBe('2019-11-01');
    expect(findPageDate(document as never, { ldDates: [], html: '<p>no such line</p>' }, NOW).date).toBeUndefined();
  });
});
