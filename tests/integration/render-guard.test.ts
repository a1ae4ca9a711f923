import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { STAGE_FAILED } from '../../scripts/core/guard.ts';
import { formatSummary, formatWarnings } from '../../scripts/report/formatSummary.ts';
import { buildSite, type BuiltSite, fileFor } from '../helpers/site.ts';
import { writeSavedPages } from '../helpers/savedPages.ts';

/** One page never takes the site down: extreme dates build, and a page that fails to render is written minimal. */

const temps: string[] = [];
const sites: BuiltSite[] = [];
afterAll(async () => {
  await Promise.all(sites.map((s) => s.cleanup()));
  await Promise.all(temps.map((t) => rm(t, { recursive: true, force: true })));
});
afterEach(() => {
  delete process.env.DOSSIER_FAILPOINT;
});

/** A content folder with these files in its articles folder. */
async function content(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-render-guard-'));
  temps.push(dir);
  await mkdir(path.join(dir, 'articles'), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, 'articles', name), text);
  return dir;
}

const story = (title: string, date: string | undefined, n: number, more = '') =>
  `---\ntitle: ${title}\n${date ? `date: ${date}\n` : ''}---\n` +
  `Kordova Vesnik, a spokeswoman for the Eslin Harbour Authority, said the ferries of Port Eslin would run again, note ${n}.\n\n` +
  `Idris Mallow of the Varrow Farmers Union said in Port Eslin that the talks had failed, note ${n}.\n${more}`;

/** Named only in the articles of year 1: the entity whose timeline never ended. */
const YEAR_ONE = '\nSenna Orlath, the mayor of Marrowgate, said nothing.\n';

/** Every article page of a built site exists. */
function expectEveryArticlePage(site: BuiltSite, count: number): void {
  expect(site.kb.articles).toHaveLength(count);
  for (const a of site.kb.articles) expect(existsSync(fileFor(site.dir, a.url)), a.url).toBe(true);
  for (const e of site.kb.entities) expect(existsSync(fileFor(site.dir, e.url)), e.url).toBe(true);
}

describe('the render stage', () => {
  it('builds articles dated 0001-01-01 and 9999-12-31, the same entities named in all, with every page', async () => {
    const dir = await content({
      // quoted, the date stays a string of year 1 (YAML reads the bare 0001-01-01 as a Date of 1901)
      'first.md': story('The first ferry', '"0001-01-01"', 1, YEAR_ONE),
      'first-again.md': story('The first ferry again', '"0001-01-01"', 5, YEAR_ONE),
      'first-bare.md': story('The first ferry, bare', '0001-01-01', 7),
      'last-again.md': story('The last ferry again', '9999-12-31', 6),
      'last.md': story('The last ferry', '9999-12-31', 2),
      'now.md': story('Ferries today', '2023-05-04', 3),
      'undated.md': story('Ferries someday', undefined, 4),
    });
    const site = await buildSite(dir, {}, false);
    sites.push(site);
    expect(site.summary.warnings.filter((w) => w.code === STAGE_FAILED)).toEqual([]);
    expectEveryArticlePage(site, 7);
    const orlath = site.kb.entities.find((e) => e.name === 'Senna Orlath');
    expect(orlath).toBeDefined();
    expect((await site.html(orlath!.url)).querySelector('h1')!.text).toBe('Senna Orlath');
    const vesnik = site.kb.entities.find((e) => e.name === 'Kordova Vesnik');
    expect(vesnik).toBeDefined();
    expect((await site.html(vesnik!.url)).querySelector('h1')!.text).toBe('Kordova Vesnik');
  }, 120_000);

  it('a page that fails to render: one STAGE_FAILED warning naming its file, its page with its text, every other page', async () => {
    const dir = await content({
      'harbour-1.md': story('Harbour one', '2023-05-01', 1),
      'harbour-2.md': story('Harbour two', '2023-05-02', 2),
      'harbour-3.md': story('Harbour three', '2023-05-03', 3),
    });
    process.env.DOSSIER_FAILPOINT = 'render the page@harbour-2';
    const site = await buildSite(dir, {}, false);
    sites.push(site);
    const failed = site.summary.warnings.filter((w) => w.code === STAGE_FAILED);
    expect(failed).toEqual([
      {
        code: STAGE_FAILED,
        file: 'harbour-2.md',
        message:
          'could not render the page (Error: failpoint: render the page on harbour-2.md); the page is written as a minimal page with its text',
      },
    ]);
    expect(formatSummary(site.summary)).toContain('1 STAGE_FAILED warning');
    expect(formatWarnings(site.summary.warnings).join('\n')).toContain(
      'warning: harbour-2.md: could not render the page',
    );
    expectEveryArticlePage(site, 3);
    const two = site.kb.articles.find((a) => a.source === 'harbour-2.md')!;
    const page = await site.html(two.url);
    expect(page.querySelector('h1')!.text).toBe('Harbour two');
    expect(page.querySelector('.render-failed .note')).not.toBeNull();
    expect(page.text).toContain('the talks had failed, note 2.');
    // the others are the normal pages
    const one = site.kb.articles.find((a) => a.source === 'harbour-1.md')!;
    expect((await site.html(one.url)).querySelector('.render-failed')).toBeNull();
    expect((await site.html(one.url)).querySelector('aside.in-article')).not.toBeNull();
    expect(site.summary.pages).toBeGreaterThan(3 + site.kb.entities.length);
  }, 120_000);

  it('builds a folder of saved web pages: one article page each, no STAGE_FAILED', async () => {
    const dir = await content({});
    const pages = await writeSavedPages(path.join(dir, 'articles'));
    expect(pages.filter((p) => p.kind === 'placeholder-date').length).toBeGreaterThanOrEqual(5);
    const site = await buildSite(dir, {}, false);
    sites.push(site);
    expect(site.summary.warnings.filter((w) => w.code === STAGE_FAILED)).toEqual([]);
    expect(site.kb.articles.map((a) => a.source).sort()).toEqual(pages.map((p) => p.file).sort());
    expectEveryArticlePage(site, pages.length);
    // one folder per article under articles/ (beside the list's own year, outlet and page folders)
    const folders = (await readdir(path.join(site.dir, 'articles'), { withFileTypes: true })).filter(
      (e) => e.isDirectory() && !['years', 'outlets'].includes(e.name) && !/^\d+$/.test(e.name),
    );
    expect(folders).toHaveLength(pages.length);
    for (const p of pages) {
      const a = site.kb.articles.find((x) => x.source === p.file)!;
      const text = (await site.html(a.url)).querySelector('article')!.text.replace(/\s+/g, ' ');
      expect(text, p.file).toContain(p.sentence.slice(0, 40));
    }
  }, 180_000);
});
