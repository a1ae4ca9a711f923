import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  emptyTally,
  isSportHeading,
  parseConll,
  predictedSpans,
  prf,
  scoreDocument,
  toArticle,
  total,
  type TypedSpan,
} from '../../../../scripts/dev/corpora/conll.ts';

const raw = readFileSync(new URL('../../../fixtures/ner/mini.conll', import.meta.url), 'utf8');
const docs = parseConll(raw);
const [first, second] = docs.map(toArticle);

describe('CoNLL parsing', () => {
  it('splits documents and sentences', () => {
    expect(docs).toHaveLength(2);
    expect(docs[0]!.sentences).toHaveLength(2);
  });

  it('joins tokens by spaces and sentences by newlines', () => {
    expect(first!.text).toBe('Zorblat hires Ivan Quorvel in Paris .\nThe Qyrian firm said so .');
    expect(first!.firstLine).toBe('Zorblat hires Ivan Quorvel in Paris .');
  });

  it.each([
    ['Zorblat', 'ORG'],
    ['Ivan Quorvel', 'PER'],
    ['Paris', 'LOC'],
    ['Qyrian', 'MISC'],
  ])('reads gold span %s as %s', (surface, type) => {
    const g = first!.gold.find((s) => first!.text.slice(s.start, s.end) === surface);
    expect(g?.type).toBe(type);
  });

  it('reads IOB1-style I- tags that start an entity', () => {
    const a = toArticle({
      sentences: [
        [
          { token: 'Bob', tag: 'I-PER' },
          { token: 'Lee', tag: 'I-PER' },
          { token: 'ran', tag: 'O' },
        ],
      ],
    });
    expect(a.gold).toEqual([{ start: 0, end: 7, type: 'PER' }]);
  });
});

describe('sport headings', () => {
  it.each([
    ['SOCCER - LYONNE WIN .', true],
    ['CRICKET - ENGLAND V PAKISTAN ONE-DAY SCOREBOARD .', true],
    ['BASKETBALLSOCCER - TROFEJ BEOGRAD TOURNAMENT RESULTS .', true],
    ['Soccer - McCarthy names team to play Liechtenstein .', true],
    ['PRESS DIGEST - Tunisia - Aug 31 .', false],
    ['Polish Foreign Minister to visit Yugoslavia .', false],
    ['ROMANIA COMELF H1 PROFIT RISE BELOW TARGET .', false],
  ])('%s → %s', (line, expected) => {
    expect(isSportHeading(line)).toBe(expected);
  });
  it('detects the fixture sport document', () => {
    expect(isSportHeading(second!.firstLine)).toBe(true);
    expect(isSportHeading(first!.firstLine)).toBe(false);
  });
});

describe('scoring', () => {
  const span = (text: string, surface: string, type: string): TypedSpan => {
    const start = text.indexOf(surface);
    return { start, end: start + surface.length, type };
  };
  const t = first!.text;

  it.each<[string, TypedSpan[], { tp: number; fp: number; fn: number }]>([
    [
      'perfect',
      [span(t, 'Zorblat', 'ORG'), span(t, 'Ivan Quorvel', 'PER'), span(t, 'Paris', 'LOC')],
      { tp: 3, fp: 0, fn: 0 },
    ],
    [
      'wrong type is a FP and a FN',
      [span(t, 'Zorblat', 'PER'), span(t, 'Ivan Quorvel', 'PER'), span(t, 'Paris', 'LOC')],
      { tp: 2, fp: 1, fn: 1 },
    ],
    [
      'partial span is a FP and a FN',
      [span(t, 'Zorblat', 'ORG'), span(t, 'Quorvel', 'PER'), span(t, 'Paris', 'LOC')],
      { tp: 2, fp: 1, fn: 1 },
    ],
    [
      'prediction on MISC only counts neither way',
      [span(t, 'Zorblat', 'ORG'), span(t, 'Ivan Quorvel', 'PER'), span(t, 'Paris', 'LOC'), span(t, 'Qyrian', 'ORG')],
      { tp: 3, fp: 0, fn: 0 },
    ],
    [
      'spurious prediction is a FP',
      [span(t, 'Zorblat', 'ORG'), span(t, 'Ivan Quorvel', 'PER'), span(t, 'Paris', 'LOC'), span(t, 'firm', 'ORG')],
      { tp: 3, fp: 1, fn: 0 },
    ],
    ['nothing predicted', [], { tp: 0, fp: 0, fn: 3 }],
  ])('%s', (_label, predicted, expected) => {
    const tally = emptyTally();
    scoreDocument(first!.gold, predicted, tally);
    expect(total(tally)).toEqual(expected);
  });

  it('scores per type', () => {
    const tally = emptyTally();
    scoreDocument(first!.gold, [span(t, 'Zorblat', 'PER')], tally);
    expect(tally.PER).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(tally.ORG).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it.each([
    [{ tp: 3, fp: 1, fn: 1 }, 0.75, 0.75, 0.75],
    [{ tp: 0, fp: 0, fn: 0 }, 0, 0, 0],
    [{ tp: 1, fp: 0, fn: 3 }, 1, 0.25, 0.4],
  ])('prf(%o)', (counts, p, r, f) => {
    const out = prf(counts);
    expect(out.precision).toBeCloseTo(p);
    expect(out.recall).toBeCloseTo(r);
    expect(out.f1).toBeCloseTo(f);
  });

  it('maps entity types to CoNLL types', () => {
    const spans = predictedSpans({
      sentences: [],
      entities: [
        { name: 'A', type: 'person', aliases: [], mentions: [{ start: 0, end: 1, text: 'A' }] },
        { name: 'B', type: 'group', aliases: [], mentions: [{ start: 2, end: 3, text: 'B' }] },
        { name: 'C', type: 'place', aliases: [], mentions: [{ start: 4, end: 5, text: 'C' }] },
      ],
    });
    expect(spans.map((s) => s.type)).toEqual(['PER', 'ORG', 'LOC']);
  });
});
