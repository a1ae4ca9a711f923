import { describe, expect, it } from 'vitest';
import { indexParts } from '../../scripts/write/indexSite.ts';

/** Invented article pages, each with a body Pagefind indexes. */
const PAGES = Array.from({ length: 12 }, (_, i) => `articles/story-${i}/index.html`);
const html = (file: string) =>
  `<!doctype html><html lang="en"><head><title>${file}</title></head><body><main data-pagefind-body><h1>Story ${file.length}</h1><p>The harbour council of Velmar met the Orrin guild, story ${file}.</p></main></body></html>`;
const read = async (file: string) => html(file);

describe('the search index made in parts', () => {
  it('gives the same bundle, file for file and in the same order, whatever the number of parts made at once', async () => {
    const options = { pagesPerPart: 3 };
    const one = await indexParts(PAGES, read, { ...options, concurrency: 1 });
    expect(one.parts).toBe(4);
    for (const concurrency of [2, 3]) {
      const many = await indexParts(PAGES, read, { ...options, concurrency });
      expect(many.parts).toBe(one.parts);
      expect(many.indexed).toEqual(one.indexed);
      expect(many.files.map((f) => f.path)).toEqual(one.files.map((f) => f.path));
      many.files.forEach((f, i) => {
        expect(Buffer.compare(f.content, one.files[i]!.content), f.path).toBe(0);
      });
    }
  }, 120_000);

  it('indexes only the parts asked for, in their order', async () => {
    const some = await indexParts(PAGES, read, { pagesPerPart: 3, concurrency: 2, only: new Set([1, 3]) });
    expect(some.indexed).toEqual([1, 3]);
    const folders = new Set(some.files.map((f) => /^part-\d+\//.exec(f.path)?.[0] ?? ''));
    expect([...folders]).toEqual(['part-1/', 'part-3/', '']);
  }, 120_000);
});
