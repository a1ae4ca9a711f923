import { describe, expect, it } from 'vitest';
import type { Warning } from '../../../../scripts/core/types/common.ts';
import { pageToArticle, paragraphsOf, readPage } from '../../../../scripts/load/readers/readHtml.ts';
import { DEEP_TEXT, deepPage, REFERENCE_TEXT, referencePage, widePage } from '../../../helpers/deepPages.ts';
import { makeHtml } from '../../../helpers/formats.ts';

const LEAD = 'Kordova Vesnik opened the new harbour office in Port Eslin on Monday';

/** A page read as loadFiles reads it: the article (undefined when none) and the warnings. */
function read(source: string, html: string, options: Parameters<typeof readPage>[2] = {}) {
  const warnings: Warning[] = [];
  const article = pageToArticle(source, readPage(html, new Date('2026-06-01'), options), warnings);
  return { article, warnings };
}

describe('readPage: the work on a page is bounded', () => {
  it('a page of 100,000 nested elements: flattened below 256 levels, its text kept, PAGE_TOO_COMPLEX naming it', () => {
    const { article, warnings } = read('deep/notice.html', deepPage(100_000));
    expect(article?.text).toContain(LEAD);
    expect(article?.text).toContain(DEEP_TEXT);
    expect(warnings).toEqual([
      {
        code: 'PAGE_TOO_COMPLEX',
        file: 'deep/notice.html',
        message: 'is nested 100,004 levels deep: what lies deeper than 256 levels is read as plain text',
      },
    ]);
  }, 60_000);

  it('a paragraph of 140,000 character references: read whole, every reference decoded', () => {
    const { article, warnings } = read('tolls.html', referencePage(140_000));
    expect(article?.text).toContain(LEAD);
    expect(article?.text).toContain(REFERENCE_TEXT);
    expect(article?.text.match(/[&<>]/g)?.length).toBe(140_000);
    expect(warnings).toEqual([]);
  }, 60_000);

  it('more elements than Readability is given: read as plain text, with PAGE_TOO_COMPLEX naming the file', () => {
    const { article, warnings } = read('ferries.html', widePage(300), { maxElements: 200 });
    expect(article?.text).toContain('Ferry 0 left Port Eslin at dawn');
    expect(article?.text).toContain('Ferry 299 left Port Eslin at dawn');
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'PAGE_TOO_COMPLEX',
        file: 'ferries.html',
        message: expect.stringMatching(/^has 61\d elements and comments, more than the 200 given to Readability/),
      }),
    ]);
  });

  it.each([
    [
      'an ordinary page',
      makeHtml(
        [
          'A first paragraph of the report, long enough to be prose.',
          'A second one says that the harbour of Port Eslin reopens in the spring.',
        ],
        { title: 'Harbour' },
      ),
    ],
    ['a page 250 levels deep', deepPage(250)],
  ])('%s: no warning', (_, html) => {
    expect(read('page.html', html).warnings).toEqual([]);
  });
});

describe('paragraphsOf: linear in the number of nodes', () => {
  /** A node whose childNodes are counted when read (linkedom builds the list anew on each read). */
  const counted = (reads: { n: number }, children: object[]) => ({
    nodeType: 1,
    nodeName: 'DIV',
    textContent: null,
    get childNodes() {
      reads.n++;
      return children;
    },
  });
  const text = (t: string) => ({ nodeType: 3, nodeName: '#text', textContent: t, childNodes: [] });

  it.each([10, 1000])("an element's %i children: its childNodes read once", (count) => {
    const reads = { n: 0 };
    const root = counted(reads, [
      counted(
        reads,
        Array.from({ length: count }, (_, i) => text(`w${i} `)),
      ),
    ]);
    expect(paragraphsOf(root as Parameters<typeof paragraphsOf>[0])).toHaveLength(1);
    expect(reads.n).toBe(2);
  });
});
