import { expect, it } from 'vitest';
import { sampleWebPages } from '../../../../scripts/dev/corpora/webPageSample.ts';

/** The saved-pages sample is a fixed, content-blind order: a later slice (the test set) never overlaps the dev set. */
it('skipping pages of the saved-pages sample gives a later slice of the same order', async () => {
  const all = (await sampleWebPages({ count: 4 })).map((p) => p.article.id);
  const later = (await sampleWebPages({ skip: 2, count: 2 })).map((p) => p.article.id);
  expect(all).toHaveLength(4);
  expect(later).toEqual(all.slice(2));
}, 60_000);
