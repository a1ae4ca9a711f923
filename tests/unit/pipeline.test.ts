import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGE_FAILED } from '../../scripts/core/guard.ts';
import { runPipeline } from '../../scripts/pipeline.ts';
import { extractEntities } from '../../scripts/extract/index.ts';
import type { Article } from '../../scripts/core/types/article.ts';
import { shipped } from '../helpers/model.ts';

/**
 * Wire-style sentences built from attribution patterns (speaker, apposition, relative clause, parenthesis, verb,
 * quotation), with nested, unbalanced and curly quotes and odd punctuation. The whole pipeline must hold its
 * invariants on every one: no step fails, mentions slice back and never overlap, every paragraph is on the page.
 */
const name = fc.constantFrom(
  'Jane Roe',
  'John Doe Jr.',
  'Ama Osei',
  'the minister',
  'A spokesman',
  'Halden Party',
  'U.N.',
  'Kim Jong-un',
  'Ras al-Khaimah',
  'Lunford',
);
const insert = fc.constantFrom(
  ', a spokeswoman for the ministry,',
  ', who asked not to be named,',
  ' (a former mayor)',
  ' — the party leader —',
  ',',
  ', 54,',
  '',
  ' ,,',
  ' (',
  ')',
);
const verb = fc.constantFrom('said', 'told reporters', 'added', 'said:', 'warned on Monday', 'according to');
const quote = fc.constantFrom(
  '"We will not comment."',
  '“We will not leave,”',
  '"He said \'no\' twice."',
  '“Unbalanced',
  'end.”',
  '"',
  '‘Fine,’',
  '"" ',
  '“Nested “quotes” here.”',
  '«Ja»',
);
const punct = fc.constantFrom('.', ',', ';', ':', '!', '?', '...', ' - ', '—', '(', ')', '"', "'", '', ' ');
const sentence = fc
  .tuple(fc.boolean(), name, insert, verb, quote, punct, name)
  .map(([quoteFirst, speaker, ins, v, q, p, other]) =>
    quoteFirst ? `${q} ${speaker}${ins} ${v}${p} ${other}` : `${speaker}${ins} ${v} ${q}${p} ${other}.`,
  );
const article = fc
  .array(
    fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')),
    { minLength: 1, maxLength: 5 },
  )
  .map((ps) => ps.join('\n\n'));

const toArticle = (text: string, i: number, format: 'txt' | 'md'): Article => ({
  id: `a${i}`,
  source: `a${i}.${format}`,
  format,
  title: `A ${i}`,
  text,
  prose: text,
  bodyLine: 1,
});

describe('the pipeline on generated wire copy', () => {
  it.each(['txt', 'md'] as const)(
    'holds its invariants (%s)',
    (format) => {
      fc.assert(
        fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), (texts) => {
          const articles = texts.map((t, i) => toArticle(t, i, format));
          const linked = runPipeline(articles, { model: shipped });
          expect(linked.warnings.filter((w) => w.code === STAGE_FAILED)).toEqual([]);
          const byId = new Map(articles.map((a) => [a.id, a]));
          const spans = new Map<string, { start: number; end: number }[]>();
          for (const e of linked.kb.entities) {
            for (const m of e.mentions) {
              expect(byId.get(m.article)!.text.slice(m.start, m.end)).toBe(m.text);
              spans.set(m.article, [...(spans.get(m.article) ?? []), m]);
            }
          }
          for (const list of spans.values()) {
            list.sort((a, b) => a.start - b.start);
            for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
          }
          for (const a of linked.site.articles) {
            const paragraphs = byId
              .get(a.id)!
              .text.split(/\n\s*\n/)
              .filter((p) => p.trim()).length;
            if (format === 'txt') expect(a.paragraphCount).toBe(paragraphs);
            else expect(a.paragraphCount).toBeGreaterThan(0);
          }
        }),
        { numRuns: 150 },
      );
    },
    120_000,
  );
});

describe('articles in a language extraction does not read', () => {
  const text = 'Officials in Geneva met envoys of the United Nations on Monday, said Jane Roe.';
  const make = (id: string, language?: string): Article => ({
    id,
    source: `${id}.txt`,
    format: 'txt',
    title: id,
    text,
    prose: text,
    bodyLine: 1,
    ...(language ? { language } : {}),
  });
  const mentioned = (result: ReturnType<typeof runPipeline>) =>
    new Set(result.kb.entities.flatMap((e) => e.mentions.map((m) => m.article)));

  it.each<[string, string | undefined, boolean]>([
    ['English', 'en', true],
    ['undetermined (treated as English)', undefined, true],
    ['German', 'de', false],
    ['Korean', 'ko', false],
  ])('%s (%s): extracted %s', (_, language, extracted) => {
    const articles = [make('a', language)];
    const here = runPipeline(articles, { model: shipped });
    expect(mentioned(here).has('a')).toBe(extracted);
    expect(here.kb.articles[0]!.language).toBe(language);
    expect(here.site.articles[0]!.paragraphCount).toBe(1);
  });

  it.each<[string | undefined, boolean]>([
    ['en', true],
    ['de', false],
  ])('extractions handed in (from the cache or workers) are used for %s: %s', (language, used) => {
    const extraction = extractEntities(text, { model: shipped });
    expect(extraction.entities.length).toBeGreaterThan(0);
    const result = runPipeline([make('a', language)], { model: shipped, extractions: [extraction] });
    expect(mentioned(result).has('a')).toBe(used);
  });
});
