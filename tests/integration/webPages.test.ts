import { describe, expect, it } from 'vitest';
import { figures, scorePage } from '../../scripts/dev/corpora/scoreMainText.ts';
import { readabilityParagraphs, readWebPages, webPagesAvailable } from '../../scripts/dev/corpora/webPages.ts';
import { readPage } from '../../scripts/load/readers/readHtml.ts';

// CI has ../shared: there the test never skips (reading the pages fails loudly when they are missing)
const run = webPagesAvailable() || Boolean(process.env.CI);

describe.skipIf(!run)('saved web pages of ../shared/data/web-pages: a fixed sample', () => {
  it('the cleaned body is more precise than Readability alone, and at least as good by F1', () => {
    // every 14th page by file name: 20 pages
    const pages = readWebPages().filter((_, i) => i % 14 === 0);
    expect(pages).toHaveLength(20);
    const alone = figures(pages.map((p) => scorePage(readabilityParagraphs(p.html).join('\n\n'), p)));
    const dossier = figures(pages.map((p) => scorePage(readPage(p.html).paragraphs.join('\n\n'), p)));
    expect(dossier.precision).toBeGreaterThan(alone.precision);
    expect(dossier.f1).toBeGreaterThanOrEqual(alone.f1);
  });
});
