import { describe, expect, it } from 'vitest';
import { relationWords } from '../../../../layouts/parts/format.ts';

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
