import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render as renderArticle } from '../../../../layouts/pages/article.11ty.ts';
import { render as renderArticles } from '../../../../layouts/pages/articles.11ty.ts';
import { render as renderEntity } from '../../../../layouts/pages/entity.11ty.ts';
import { render as renderMentions } from '../../../../layouts/pages/mentions.11ty.ts';
import { beginRenderWarnings, endRenderWarnings } from '../../../../scripts/core/renderWarnings.ts';
import { ENTITY_TYPES } from '../../../../scripts/core/types/common.ts';
import { type ArticleSpec, type EntitySpec, pageData, siteData } from '../../../helpers/siteData.ts';

/** Property tests: whatever the dates, titles and list sizes, every page renders, in bounded size, without a throw. */

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Any date from year 1 to 9999, the two ends often. */
const date = fc.oneof(
  fc.constantFrom('0001-01-01', '9999-12-31', '0001-12-31', '9999-01-01', '2021-02-28'),
  fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
);
const odd = fc.constantFrom(
  '',
  ' ',
  '<script>alert(1)</script>',
  '&amp;#39;',
  'Kordova Vesnik | The Eslin Courier',
  '\u202eevil',
  'Port Eslin’s “harbour”',
  '東京',
  '😀',
  'a'.repeat(300),
);
const title = fc.oneof(odd, fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }));
const article: fc.Arbitrary<ArticleSpec> = fc.record(
  {
    title,
    date,
    outlet: fc.oneof(odd, fc.string({ maxLength: 20 })),
    paragraphs: fc.array(fc.oneof(odd, fc.string({ maxLength: 200 })), { maxLength: 8 }),
  },
  { requiredKeys: ['title', 'paragraphs'] },
);
const entity = (articles: number): fc.Arbitrary<EntitySpec> =>
  fc.record({
    name: fc.oneof(odd, fc.string({ minLength: 1, maxLength: 60 })),
    type: fc.constantFrom(...ENTITY_TYPES),
    articles: fc.oneof(
      fc.constant<EntitySpec['articles']>([]),
      fc.array(fc.record({ index: fc.nat(articles - 1), sentences: fc.integer({ min: 1, max: 3 }) }), {
        maxLength: 40,
      }),
      // a huge list: every article, many sentences in each
      fc.constant(Array.from({ length: articles }, (_, index) => ({ index, sentences: 60 }))),
    ),
  });
const site = fc
  .array(article, { minLength: 1, maxLength: 40 })
  .chain((articles) =>
    fc.tuple(fc.constant(articles), fc.array(entity(articles.length), { minLength: 1, maxLength: 4 })),
  )
  .map(([articles, entities]) => siteData(articles, entities));

/** Pages stay small whatever they show: an entity page shows at most 15 articles, 6 sentences and 100 bars. */
const MAX_ENTITY_PAGE = 120_000;

beforeEach(beginRenderWarnings);
afterEach(() => {
  endRenderWarnings();
});

describe('page templates on generated data', () => {
  it('render every article and entity page, in bounded size, without a failure', () => {
    fc.assert(
      fc.property(site, (s) => {
        for (const a of s.articles) {
          const out = renderArticle(pageData(s, a.url, { article: a }));
          expect(typeof out).toBe('string');
          expect(out).toContain('<!doctype html>');
          const input = a.html.length + a.title.length * 4 + (a.outlet?.length ?? 0);
          expect(out.length).toBeLessThan(20_000 + 8 * input);
        }
        for (const e of s.entities) {
          const out = renderEntity(pageData(s, e.url, { entity: e }));
          expect(typeof out).toBe('string');
          expect(out.length).toBeLessThan(MAX_ENTITY_PAGE);
        }
        for (const mp of s.mentionPages.slice(0, 3)) {
          const out = renderMentions(pageData(s, mp.url, { mentionPage: mp }));
          expect(out.length).toBeLessThan(MAX_ENTITY_PAGE * 4);
        }
        for (const list of s.articleLists.slice(0, 3)) {
          const out = renderArticles(pageData(s, list.url, { list }));
          expect(typeof out).toBe('string');
        }
        // no page threw: the guard wrote no minimal page
        expect(endRenderWarnings()).toEqual([]);
        beginRenderWarnings();
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
