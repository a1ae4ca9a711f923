import { afterEach, describe, expect, it } from 'vitest';
import { checkCorpus } from '../../../../scripts/dev/check/checkCorpus.ts';
import { corpusDocs, sharedAvailable } from '../../../../scripts/dev/corpora/sources.ts';

/**
 * A fixed sample of real news (every 20th document of ../shared/data/open-news and CoNLL-2003 dev: 315 documents)
 * through the whole pipeline. `npm run check:corpus` runs the same on all of them.
 */
const available = sharedAvailable();
if (!available && process.env.CI === 'true') throw new Error('CI=true but ../shared/data is missing');

afterEach(() => {
  delete process.env.DOSSIER_FAILPOINT;
});

describe.skipIf(!available)('real news: the pipeline over a fixed sample', () => {
  it('no step fails, mentions slice back and never overlap, every paragraph is on its page', async () => {
    const docs = corpusDocs(20);
    expect(docs.length).toBeGreaterThanOrEqual(300);
    const report = await checkCorpus(docs, { renderSample: 40 });
    expect(report.problems).toEqual([]);
    expect(report.documents).toBe(docs.length);
    expect(report.mentions).toBeGreaterThan(docs.length);
    expect(report.rendered).toBe(40);
  }, 300_000);

  it('reports a failing step as a problem naming the file', async () => {
    const docs = corpusDocs(400);
    process.env.DOSSIER_FAILPOINT = `find quotes@${docs[1]!.id}`;
    const report = await checkCorpus(docs, { renderSample: 2, workers: 1 });
    expect(report.problems).toEqual([
      { file: `${docs[1]!.id}.txt`, problem: expect.stringContaining('could not find quotes') },
    ]);
  }, 120_000);
});
