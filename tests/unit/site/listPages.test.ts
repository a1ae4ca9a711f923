import { describe, expect, it } from 'vitest';
import { articleListPages, letterOf } from '../../../scripts/site/listPages.ts';
import type { SiteRole } from '../../../scripts/core/types/site.ts';
import { placeLabels } from '../../../layouts/parts/graph.ts';
import { relationWords } from '../../../layouts/parts/format.ts';
import { labelBox, localGraph, WIDTH } from '../../../scripts/site/layoutLocalGraph.ts';
import { dedupeRoles, office } from '../../../scripts/site/dedupeRoles.ts';
import { timeline } from '../../../layouts/parts/timeline.ts';
import { csvField } from '../../../layouts/files/relations-csv.11ty.ts';

const overlaps = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('local graph', () => {
  it.each([1, 2, 8, 12, 15])('%i neighbours: labelled, inside the drawing, no two labels overlap', (n) => {
    const neighbours = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, name: `A rather long name number ${i}`, type: 'person' as const, weight: n - i }));
    const g = localGraph({ id: 'c', name: 'The entity in the middle', type: 'group' }, neighbours, () => true);
    const nodes = [g.centre, ...g.neighbours];
    expect(g.neighbours).toHaveLength(Math.min(n, 12));
    for (const node of nodes) {
      const box = labelBox(node);
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(WIDTH);
      expect(box.y0).toBeGreaterThanOrEqual(0);
      expect(box.y1).toBeLessThanOrEqual(g.height);
    }
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) expect(overlaps(labelBox(nodes[i]!), labelBox(nodes[j]!))).toBe(false);
  });
});

describe('network labels', () => {
  it('never overlap, and the most mentioned are labelled first', () => {
    const nodes = Array.from({ length: 80 }, (_, i) => ({ id: `n${i}`, name: `Entity ${i}`, type: 'place' as const, weight: 80 - i, x: 100 + (i % 10) * 30, y: 100 + Math.floor(i / 10) * 20 }));
    const labels = placeLabels(nodes, () => 4, 960, 720);
    expect(labels[0]!.id).toBe('n0');
    const boxes = labels.map((l) => ({ x0: l.x - l.text.length * 3.3, x1: l.x + l.text.length * 3.3, y0: l.y - 10, y1: l.y + 3 }));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });
});

describe('roles: one per office', () => {
  it.each<[string, string]>([
    ['President', 'president'],
    ['U.S. President', 'president'],
    ['Republican President', 'president'],
    ['Vice President', 'vice president'],
    ['Turkish Foreign Minister', 'foreign minister'],
    ['Secretary of Defense', 'secretary of defense'],
  ])('%s → %s', (title, expected) => {
    expect(office(title)).toBe(expected);
  });

  it('keeps the wording used most, with its proof', () => {
    const role = (title: string, paragraph: string): SiteRole => ({ title, article: 'a', sentence: `${title} Lane spoke.`, paragraph });
    const roles = dedupeRoles([role('President', 'p-1'), role('Republican President', 'p-2'), role('U.S. President', 'p-3'), role('President', 'p-4'), role('Vice President', 'p-5')]);
    expect(roles.map((r) => [r.wording, r.count, r.role.paragraph])).toEqual([['President', 4, 'p-1'], ['Vice President', 1, 'p-5']]);
  });
});

describe('relation strength in words', () => {
  it.each<[{ sentences: number; paragraphs: number; articles: number }, string]>([
    [{ sentences: 3, paragraphs: 0, articles: 2 }, 'named together in 3 sentences, 2 articles'],
    [{ sentences: 1, paragraphs: 0, articles: 1 }, 'named together in 1 sentence, 1 article'],
    [{ sentences: 2, paragraphs: 1, articles: 1 }, 'named together in 2 sentences and 1 paragraph, 1 article'],
    [{ sentences: 0, paragraphs: 1, articles: 1 }, 'named together in the same paragraph, 1 article'],
    [{ sentences: 0, paragraphs: 3, articles: 2 }, 'named together in the same 3 paragraphs, 2 articles'],
  ])('%j', (r, expected) => {
    expect(relationWords(r)).toBe(expected);
  });
});

describe('indexes', () => {
  it('articles newest first, undated last, with year and outlet pages', () => {
    const a = (id: string, date?: string, outlet?: string) => ({ id, title: id, url: `/articles/${id}/`, source: `${id}.md`, ...(date ? { date } : {}), ...(outlet ? { outlet } : {}) });
    const pages = articleListPages([a('x'), a('old', '2019-05-01', 'Reuters'), a('new', '2021-02-03', 'Voice of America'), a('mid', '2021-01-01', 'Reuters')]);
    expect(pages.map((p) => [p.url, p.ids])).toEqual([
      ['/articles/', ['new', 'mid', 'old', 'x']],
      ['/articles/years/2021/', ['new', 'mid']],
      ['/articles/years/2019/', ['old']],
      ['/articles/outlets/reuters/', ['mid', 'old']],
      ['/articles/outlets/voice-of-america/', ['new']],
    ]);
  });

  it.each([['Ángela', 'A'], ['al-Sadr', 'A'], ['"Quoted"', 'Q'], ['42nd Street', '#'], ['Łódź', '#'], ['zed', 'Z']])('%s is filed under %s', (name, letter) => {
    expect(letterOf(name)).toBe(letter);
  });

  it('a timeline counts mentions per month from first to last, undated apart', () => {
    const article = new Map([['a', { date: '2021-01-15' }], ['b', { date: '2021-03-02' }], ['c', {}]]) as never;
    const t = timeline({ articles: [{ id: 'a', count: 2 }, { id: 'b', count: 1 }, { id: 'c', count: 5 }] }, { article });
    expect(t).toEqual({ bars: [{ period: '2021-01', mentions: 2 }, { period: '2021-02', mentions: 0 }, { period: '2021-03', mentions: 1 }], first: '2021-01-15', last: '2021-03-02', undatedArticles: 1 });
  });
});

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
