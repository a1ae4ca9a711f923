import { describe, expect, it } from 'vitest';
import { type PairEvidence, sumPairs } from '../../../scripts/link/relateEntities.ts';
import { createRelationMemo, updateRelations } from '../../../scripts/link/updateRelations.ts';
import { mulberry32 } from '../../../scripts/core/random.ts';

/** An article's pairs among a few entities, some named in sentences, some in paragraphs only. */
function pairsOfArticle(article: string, random: () => number): PairEvidence[] {
  const ids = ['ada', 'bo', 'cy', 'dee', 'eli', 'fay'];
  return Array.from({ length: Math.floor(random() * 6) }, (_, k) => {
    const a = ids[Math.floor(random() * ids.length)]!;
    let b = ids[Math.floor(random() * ids.length)]!;
    if (b === a) b = a === 'ada' ? 'bo' : 'ada';
    return {
      a,
      b,
      kind: random() < 0.7 ? 'sentences' : 'paragraphs',
      evidence: { article, sentence: `sentence ${k % 3} of ${article}` },
    };
  });
}

describe('updateRelations (the warm build adds up again only the pairs of changed articles)', () => {
  it.each([1, 2, 3, 4, 5])('gives what sumPairs gives, save after save (seed %i)', (seed) => {
    const random = mulberry32(seed);
    const ids = Array.from({ length: 12 }, (_, i) => `a${i}`);
    let lists = ids.map((id) => pairsOfArticle(id, random));
    const memo = createRelationMemo();
    const steps: string[][] = [[], [], ['a3'], ['a0', 'a11'], [], ids.filter((_, i) => i % 2 === 0), ['a5']];
    let last = updateRelations(ids, lists, memo);
    expect(last).toEqual(sumPairs(lists));
    for (const changed of steps) {
      lists = lists.map((list, i) => (changed.includes(ids[i]!) ? pairsOfArticle(ids[i]!, random) : list));
      const now = updateRelations(ids, lists, memo);
      expect(now).toEqual(sumPairs(lists));
      // a relation whose pair no changed article names is the last build's object
      const touched = new Set(memo.change?.entities ?? []);
      for (const r of now)
        if (!touched.has(r.source) || !touched.has(r.target))
          expect(last.find((x) => x.source === r.source && x.target === r.target)).toBe(r);
      last = now;
    }
  });

  it('adds everything up again when the articles are not the same ones in the same order', () => {
    const random = mulberry32(7);
    const memo = createRelationMemo();
    const lists = ['a', 'b', 'c'].map((id) => pairsOfArticle(id, random));
    updateRelations(['a', 'b', 'c'], lists, memo);
    const fewer = [lists[0]!, lists[2]!];
    expect(updateRelations(['a', 'c'], fewer, memo)).toEqual(sumPairs(fewer));
    expect(memo.change).toBeUndefined();
  });
});
