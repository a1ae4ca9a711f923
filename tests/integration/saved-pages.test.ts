import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGE_FAILED } from '../../scripts/core/guard.ts';
import { formatWarnings } from '../../scripts/report/formatSummary.ts';
import { type SavedPage, writeSavedPages } from '../helpers/savedPages.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';

/**
 * A folder of saved web pages as they really are (invented, tests/helpers/savedPages.ts): placeholder dates,
 * clutter around the article, a page in German, a paywall stub, a title encoded twice with the site's name after it.
 * The whole folder builds, every page is there, and the warnings are grouped and name the files.
 */

let dir: string;
let pages: SavedPage[];
let site: BuiltSite;
const byKind = (kind: SavedPage['kind']) => pages.filter((p) => p.kind === kind);
const articleOf = (p: SavedPage) => site.kb.articles.find((a) => a.source === p.file)!;
const warned = (code: string) => site.summary.warnings.filter((w) => w.code === code).map((w) => w.file);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-saved-pages-'));
  await mkdir(path.join(dir, 'articles'));
  pages = await writeSavedPages(path.join(dir, 'articles'), { plain: 4, placeholderDates: 5 });
  site = await buildSite(dir, {}, false);
}, 180_000);
afterAll(async () => {
  await site?.cleanup();
  await rm(dir, { recursive: true, force: true });
});

describe('a folder of saved web pages', () => {
  it('builds completely: every page present, nothing failed', () => {
    expect(site.summary.warnings.filter((w) => w.code === STAGE_FAILED)).toEqual([]);
    expect(site.kb.articles.map((a) => a.source).sort()).toEqual(pages.map((p) => p.file).sort());
  });

  it('placeholder dates are not dates: DATE_IMPLAUSIBLE names each file, and no date is before 1800', () => {
    const placeholders = byKind('placeholder-date');
    expect(placeholders.length).toBe(5);
    expect(new Set(warned('DATE_IMPLAUSIBLE'))).toEqual(new Set(placeholders.map((p) => p.file)));
    for (const p of placeholders) expect(articleOf(p).date, p.file).toBeUndefined();
    for (const a of site.kb.articles) if (a.date) expect(a.date >= '1800-01-01', a.source).toBe(true);
    for (const p of byKind('plain')) expect(articleOf(p).date).toBe(p.published.slice(0, 10));
  });

  it('titles are decoded and lose the site name; the outlet is the site name', () => {
    for (const p of pages) {
      const a = articleOf(p);
      expect(a.title, p.file).toBe(p.title);
      expect(a.title).not.toMatch(/&[#a-z0-9]+;|\|/i);
      expect(a.outlet, p.file).toBe(p.outlet);
    }
  });

  it('the German page keeps its page and language, gets no entities, and one grouped warning names it', async () => {
    const [german] = byKind('german');
    const a = articleOf(german!);
    expect(a.language).toBe('de');
    expect(warned('LANGUAGE_NOT_SUPPORTED')).toEqual([german!.file]);
    expect(site.kb.entities.some((e) => e.mentions.some((m) => m.article === a.id))).toBe(false);
    const page = await site.html(a.url);
    expect(page.querySelector('article')!.text.replace(/\s+/g, ' ')).toContain(german!.sentence.slice(0, 40));
    const lines = formatWarnings(site.summary.warnings).filter((l) => l.includes('LANGUAGE_NOT_SUPPORTED'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(german!.file);
    // the English pages still have their people, groups and places
    for (const p of byKind('plain'))
      expect(site.kb.entities.some((e) => e.mentions.some((m) => m.article === articleOf(p).id))).toBe(true);
  });

  it('the paywall stub is built, with THIN_ARTICLE naming it', async () => {
    const [stub] = byKind('paywall');
    expect(warned('THIN_ARTICLE')).toEqual([stub!.file]);
    const page = await site.html(articleOf(stub!).url);
    expect(page.querySelector('article')!.text).toContain(stub!.sentence.slice(0, 40));
  });

  it('the main text is the article: no photo credit, byline line, menu or related links', async () => {
    for (const p of pages) {
      const text = (await site.html(articleOf(p).url)).querySelector('article')!.text.replace(/\s+/g, ' ');
      expect(text, p.file).toContain(p.sentence.slice(0, 40));
      expect(text, p.file).not.toContain('Photo: Jane Doe');
      expect(text, p.file).not.toContain('All rights reserved');
      expect(text, p.file).not.toMatch(/\bRead more\b/);
    }
    // no one from a photo credit becomes a person
    expect(site.kb.entities.map((e) => e.name)).not.toContain('Jane Doe');
  });
});
