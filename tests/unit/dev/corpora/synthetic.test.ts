import { describe, expect, it } from 'vitest';
import { generateCorpus, mulberry32 } from '../../../../scripts/dev/corpora/synthetic.ts';

/** Full names with a title in front, as the corpus introduces people: "Defence Minister Maria Lopez". */
function peopleIn(content: string): Set<string> {
  const re =
    /\b(?:Minister|President|General|Colonel|Senator|Governor|Mayor|Judge|Ambassador|Dr|Commander|leader|chief|spokeswoman|spokesman|Archbishop|Professor|Speaker|executive|governor) (\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)/gu;
  return new Set([...content.matchAll(re)].map((m) => m[1]!));
}

describe('generateCorpus', () => {
  const corpus = generateCorpus({ articles: 300, seed: 7 });

  it('is deterministic: the same seed gives the same files, another seed different ones', () => {
    expect(generateCorpus({ articles: 300, seed: 7 })).toEqual(corpus);
    const other = generateCorpus({ articles: 300, seed: 8 });
    expect(other.map((f) => f.path)).toEqual(corpus.map((f) => f.path));
    expect(other.map((f) => f.content)).not.toEqual(corpus.map((f) => f.content));
  });

  it('mulberry32 is a seeded stream in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('makes N news-like articles of about 4 KB, in folders of 100, with front matter', () => {
    expect(corpus).toHaveLength(300);
    expect(new Set(corpus.map((f) => f.path)).size).toBe(300);
    expect(corpus[0]!.path).toBe('articles/000/bench-00000.md');
    expect(corpus[299]!.path).toBe('articles/002/bench-00299.md');
    const sizes = corpus.map((f) => Buffer.byteLength(f.content));
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(3_000);
    expect(mean).toBeLessThan(5_500);
    for (const f of corpus) {
      expect(f.content).toMatch(/^---\ntitle: ".+"\ndate: \d{4}-\d{2}-\d{2}\n---\n/);
      expect(f.content.split('\n\n').length).toBeGreaterThanOrEqual(4); // several paragraphs
    }
    expect(corpus.some((f) => /"[^"]+," \p{Lu}/u.test(f.content))).toBe(true); // quotes
    expect(corpus.some((f) => / (Party|Ministry of|Council|Forces|Bank|University)\b/.test(f.content))).toBe(true);
  });

  it('makes entities recur with a skew: one name in many articles, most names in few', () => {
    const df = new Map<string, number>();
    for (const f of corpus) for (const name of peopleIn(f.content)) df.set(name, (df.get(name) ?? 0) + 1);
    const counts = [...df.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThanOrEqual(0.2 * corpus.length);
    const rare = counts.filter((c) => c <= 2).length;
    expect(rare / counts.length).toBeGreaterThan(0.5);
  });

  it('handles zero articles', () => {
    expect(generateCorpus({ articles: 0, seed: 1 })).toEqual([]);
  });
});
