import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAMAGED_PDFS, PDF_TEXTS, SCRIPTED_PDFS } from '../helpers/hostilePdf.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';

/** A looping PDF and a scripted PDF beside a normal article, built without search. */
let site: BuiltSite;
let content: string;
beforeAll(async () => {
  content = await mkdtemp(path.join(tmpdir(), 'dossier-hostile-pdf-'));
  const articles = path.join(content, 'articles');
  await mkdir(articles, { recursive: true });
  await writeFile(
    path.join(articles, 'harbour.md'),
    '# Harbour news\n\nKordova Vesnik met the ferry crews of Port Eslin on Monday.\n',
  );
  await writeFile(path.join(articles, 'loop.pdf'), DAMAGED_PDFS['a page tree whose /Kids points back to the root']!);
  await writeFile(path.join(articles, 'script.pdf'), SCRIPTED_PDFS.find(([name]) => name.includes('#53'))![1]);
  site = await buildSite(content, {}, false);
}, 120_000);
afterAll(async () => {
  await site?.cleanup();
  await rm(content, { recursive: true, force: true });
});

describe('a looping PDF and a scripted PDF in the content', () => {
  it('the build completes: BAD_PDF and PDF_SCRIPT name the files, no STAGE_FAILED', () => {
    const codes = site.summary.warnings.map((w) => `${w.code} ${w.file}`);
    expect(codes).toContain('BAD_PDF loop.pdf');
    expect(codes).toContain('PDF_SCRIPT script.pdf');
    expect(codes.filter((c) => c.startsWith('STAGE_FAILED'))).toEqual([]);
  });

  it('every article is built: the looping PDF with the text of its readable page, the scripted one whole', async () => {
    expect(site.kb.articles.map((a) => a.source).sort()).toEqual(['harbour.md', 'loop.pdf', 'script.pdf']);
    const loop = (await site.html('/articles/loop/')).text;
    expect(loop).toContain(PDF_TEXTS[0]);
    expect(loop).not.toContain(PDF_TEXTS[1]);
    const script = (await site.html('/articles/script/')).text;
    for (const text of PDF_TEXTS) expect(script).toContain(text);
  });
});
