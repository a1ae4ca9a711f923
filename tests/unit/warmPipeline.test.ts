import { describe, expect, it } from 'vitest';
import type { Article } from '../../scripts/core/types/article.ts';
import type { Correction } from '../../scripts/core/types/entity.ts';
import type { Extraction } from '../../scripts/core/types/extraction.ts';
import { extractSafely } from '../../scripts/extract/index.ts';
import { createPipelineMemo, runPipeline } from '../../scripts/pipeline.ts';

/**
 * The warm build of `npm start` keeps resolve's, link's and site's results between saves (pipeline memo). Whatever
 * a save changes, its result must equal a pipeline run from nothing: each step below is one save of a small corpus,
 * run with the memo kept from the steps before, and compared with a run without one. As in the warm build, an
 * article that did not change is the same object, and so is its extraction.
 */
const extractions = new Map<string, Extraction>();
const extractionOf = (a: Article) => {
  let found = extractions.get(a.prose);
  if (!found) {
    found = extractSafely(a.prose, a.source, null).extraction;
    extractions.set(a.prose, found);
  }
  return found;
};
const articles = new Map<string, Article>();
/** The article with this text, the same object as last time when its text is the same. */
const articleOf = (id: string, text: string, date: string): Article => {
  const kept = articles.get(id);
  if (kept?.text === text && kept.date === date) return kept;
  const made: Article = { id, source: `${id}.md`, format: 'txt', title: id, text, prose: text, bodyLine: 1, date };
  articles.set(id, made);
  return made;
};

const QUAY =
  'Tarvo Kessling, the harbour master of Ostrava, opened the new quay on Monday. Tarvo Kessling said the quay would bring trade from Kordova.\n\nThe Ostrava City Council agreed with Tarvo Kessling.';
const TALKS =
  'The quay in Ostrava was busy on Tuesday. Mr. Kessling said that ships would come from Kordova.\n\nMr. Kessling added that the Ostrava City Council had paid for it.';
const TRADE =
  'Acme Holdings Inc opened an office in Ostrava. Lena Marsh of Acme Holdings Inc said the Ostrava City Council had helped.';
const MIRA =
  'Mira Kessling, a trader from Kordova, arrived in Ostrava on Wednesday. Mira Kessling said trade was good.';
const VISIT = 'Lena Marsh visited Kordova on Friday. Acme Holdings said Lena Marsh met the mayor of Kordova.';

type Step = [string, Record<string, string>, Correction[]];
const base = { quay: QUAY, talks: TALKS, trade: TRADE };
const steps: Step[] = [
  ['the first build', base, []],
  ['nothing changed', base, []],
  ['an edit that adds a name joining an existing cluster', { ...base, trade: `${TRADE}\n\n${VISIT}` }, []],
  [
    'an edit that names a second Kessling: the lone "Mr. Kessling" of an unedited article leaves Tarvo (a split)',
    { ...base, trade: `${TRADE}\n\n${MIRA}` },
    [],
  ],
  ['a new article naming the same person as another', { ...base, trade: TRADE, more: `${QUAY} ${VISIT}` }, []],
  [
    'entities.yaml: a rename and a merge',
    { ...base, more: `${QUAY} ${VISIT}` },
    [
      { match: 'Tarvo Kessling', name: 'Tarvo K. Kessling', line: 1 },
      { match: 'Lena Marsh', merge: ['Acme Holdings Inc'], line: 3 },
    ],
  ],
  [
    'entities.yaml: a split',
    { ...base, more: `${QUAY} ${VISIT}` },
    [{ match: 'Ostrava', split: [{ name: 'Ostrava Port', type: 'place', articles: ['talks'], line: 2 }], line: 1 }],
  ],
  ['entities.yaml emptied, an article deleted', { quay: QUAY, talks: TALKS }, []],
  [
    'an edit of one sentence of an article naming an entity of several articles (the others are kept)',
    { quay: QUAY, talks: TALKS.replace('was busy on Tuesday', 'was quiet on Tuesday, said Ostrava'), trade: TRADE },
    [],
  ],
  [
    'the same articles with their dates changed (the date order of every entity page changes)',
    { trade: TRADE, quay: QUAY, talks: TALKS.replace('was busy on Tuesday', 'was quiet on Tuesday, said Ostrava') },
    [],
  ],
  [
    'a mention gone from one article of a hub',
    { quay: QUAY.replace(' from Kordova', ''), talks: TALKS, trade: TRADE },
    [],
  ],
];

describe('the pipeline with a memo kept between builds (npm start)', () => {
  it('gives what a run from nothing gives, save after save', () => {
    const memo = createPipelineMemo();
    const counts: [number, number][] = [];
    for (const [what, texts, corrections] of steps) {
      const list = Object.entries(texts).map(([id, text], i) => articleOf(id, text, `2024-01-0${i + 1}`));
      const input = { extractions: list.map(extractionOf), corrections };
      const warm = runPipeline(list, { ...input, memo });
      const cold = runPipeline(list, input);
      expect(warm.kb, what).toEqual(cold.kb);
      expect(warm.site, what).toEqual(cold.site);
      expect(warm.warnings, what).toEqual(cold.warnings);
      counts.push([memo.resolve.drafts.hits, memo.resolve.drafts.misses]);
    }
    // with nothing changed every cluster's draft is the last build's; an edit makes a few again
    expect(counts[1]![0]).toBeGreaterThan(0);
    expect(counts[1]![1]).toBe(0);
    expect(counts[2]![1]).toBeGreaterThan(0);
    expect(counts[2]![0]).toBeGreaterThan(0);
  });

  it('hands an entity no save reached on as the same object, and makes the ones a save reached again', () => {
    const memo = createPipelineMemo();
    const first = [articleOf('quay', QUAY, '2024-01-01'), articleOf('trade', TRADE, '2024-01-02')];
    const before = runPipeline(first, { extractions: first.map(extractionOf), memo });
    const next = [first[0]!, articleOf('trade', `${TRADE}\n\n${VISIT}`, '2024-01-02')];
    const after = runPipeline(next, { extractions: next.map(extractionOf), memo });
    const named = (r: typeof before, name: string) => r.kb.entities.find((e) => e.name === name)!;
    // Tarvo Kessling is named only in the article not edited: the same mentions, the same list
    expect(named(after, 'Tarvo Kessling').mentions).toBe(named(before, 'Tarvo Kessling').mentions);
    expect(named(after, 'Lena Marsh').mentions).not.toBe(named(before, 'Lena Marsh').mentions);
    expect(named(after, 'Lena Marsh').mentions.length).toBeGreaterThan(named(before, 'Lena Marsh').mentions.length);
  });
});
