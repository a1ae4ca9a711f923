import { describe, expect, it } from 'vitest';
import { csvField, render, renderParts } from '../../../../layouts/files/relations-csv.11ty.ts';
import type { PageData } from '../../../../layouts/parts/data.ts';

describe('relations CSV', () => {
  it.each<[string | number, string]>([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=SUM(A1)', "'=SUM(A1)"],
    [1.25, '1.25'],
  ])('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

/** A site of `n` invented pairs of people, each pair named together once (the sentence holds an ellipsis past Latin-1). */
function siteOf(n: number): PageData {
  const entities = Array.from({ length: 2 * n }, (_, i) => ({
    id: `p${i}`,
    name: `Orla Venn${i}`,
    type: 'person',
    url: `/people/orla-venn${i}/`,
  }));
  const relations = Array.from({ length: n }, (_, i) => ({
    source: `p${2 * i}`,
    target: `p${2 * i + 1}`,
    weight: 1,
    sentences: 1,
    paragraphs: 0,
    articles: 1,
    evidence: [{ article: `a${i}`, sentence: `Venn${2 * i} met Venn${2 * i + 1}, "briefly"…` }],
  }));
  return {
    site: { entities, articles: [], relations },
    build: { id: `csv-${n}`, pathPrefix: '/', offline: false },
    page: { url: '/graph/relations.csv' },
  } as unknown as PageData;
}

describe('relations CSV in parts', () => {
  it.each([
    [0, 1],
    [3, 1],
    [3_999, 1],
    [4_000, 2],
    [9_001, 3],
  ])('%i relations: %i part(s), joined the text render gives', (n, parts) => {
    const d = siteOf(n);
    const made = [...renderParts(d)];
    expect(made).toHaveLength(parts);
    expect(made.join('')).toBe(render(d));
    expect(render(d).split('\r\n')).toHaveLength(n + 2);
  });
});
