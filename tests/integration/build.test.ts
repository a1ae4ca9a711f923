import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXTS_ON_ENTITY_PAGE } from '../../scripts/core/sitePages.ts';
import { buildSite, fileFor, SEED_CONTENT, type BuiltSite } from '../helpers/site.ts';

/** Integration: the seed content built into a temp folder, checked through its HTML. */
let site: BuiltSite;
beforeAll(async () => {
  site = await buildSite(SEED_CONTENT);
});
afterAll(() => site?.cleanup());

describe('a build of the seed', () => {
  it('no step failed on any article (a STAGE_FAILED warning is a bug)', () => {
    expect(site.summary.warnings.filter((w) => w.code === 'STAGE_FAILED')).toEqual([]);
  });

  it('writes kb.json in the documented shape', () => {
    expect(site.kb.articles).toHaveLength(1);
    const [article] = site.kb.articles;
    expect(article).toMatchObject({
      id: expect.any(String),
      title: expect.any(String),
      url: `/articles/${article!.id}/`,
      source: expect.stringMatching(/\.(md|txt)$/),
    });
    expect(site.kb.entities.length).toBeGreaterThan(5);
    for (const e of site.kb.entities) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'name', 'type', 'aliases', 'url', 'mentions']));
      expect(['person', 'group', 'place']).toContain(e.type);
      expect(e.aliases).not.toContain(e.name);
      expect(e.url).toMatch(
        new RegExp(`^/${{ person: 'people', group: 'groups', place: 'places' }[e.type]}/[a-z0-9-]+/$`),
      );
      expect(e.mentions.length).toBeGreaterThan(0);
    }
    expect(new Set(site.kb.entities.map((e) => e.url)).size).toBe(site.kb.entities.length);
  });

  it("keeps every piece of a relation's evidence in kb.json (the pages, rendered after it, show only the first)", () => {
    expect((site.kb.relations ?? []).some((r) => r.evidence.length > 1)).toBe(true);
    for (const r of site.kb.relations ?? []) expect(r.evidence.length).toBeGreaterThan(0);
  });

  it('every mention offset slices back to its text, inside its sentence', async () => {
    const article = site.kb.articles[0]!;
    const text = matter(await readFile(path.join(SEED_CONTENT, 'articles', article.source), 'utf8'), {}).content;
    for (const e of site.kb.entities) {
      for (const m of e.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.sentence).toContain(m.text);
      }
    }
  });

  it('every mention in kb.json is a link on its article page, in order, with the original text', async () => {
    for (const article of site.kb.articles) {
      const page = await site.html(article.url);
      const anchors = page
        .querySelectorAll('.body a.mention')
        .map((a) => ({ text: a.text, href: a.getAttribute('href') }));
      const expected = site.kb.entities
        .flatMap((e) =>
          e.mentions
            .filter((m) => m.article === article.id)
            .map((m) => ({ start: m.start, text: m.text, href: e.url })),
        )
        .sort((a, b) => a.start - b.start)
        .map(({ text, href }) => ({ text, href }));
      expect(anchors).toEqual(expected);
    }
  });

  it('every paragraph of the article is on its page, each with an id', async () => {
    const article = site.kb.articles[0]!;
    const text = matter(await readFile(path.join(SEED_CONTENT, 'articles', article.source), 'utf8'), {}).content;
    const paragraphs = text
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const page = await site.html(article.url);
    const rendered = page.querySelectorAll('.body [id^="p-"]').map((p) => p.text.replace(/\s+/g, ' ').trim());
    expect(rendered).toEqual(paragraphs);
  });

  it('writes a page for every entity, with its name, aliases and every mention in context', async () => {
    for (const e of site.kb.entities) {
      expect(existsSync(fileFor(site.dir, e.url)), e.url).toBe(true);
      const page = await site.html(e.url);
      expect(page.querySelector('h1')?.text).toBe(e.name);
      for (const alias of e.aliases) expect(page.querySelector('.aka')?.text).toContain(alias);
      // every mention in context, each sentence once with all its mentions marked: on the entity page, or
      // (when there are many) on its mention pages
      const own = page.querySelectorAll('.contexts .sentences li');
      const sentences = new Set(e.mentions.map((m) => `${m.article}\u0000${m.sentence}`)).size;
      expect(own).toHaveLength(Math.min(sentences, CONTEXTS_ON_ENTITY_PAGE));
      const contexts =
        sentences > CONTEXTS_ON_ENTITY_PAGE
          ? (await site.html(`${e.url}mentions/`)).querySelectorAll('.contexts .sentences li')
          : own;
      expect(contexts).toHaveLength(sentences);
      const marks = contexts.flatMap((li) => li.querySelectorAll('mark').map((m) => m.text));
      expect(marks.sort()).toEqual(e.mentions.map((m) => m.text).sort());
      for (const li of contexts)
        expect(li.querySelector('a.source')?.getAttribute('href')).toMatch(
          new RegExp(`^/articles/${site.kb.articles[0]!.id}/#p-\\d+$`),
        );
      expect(page.querySelector('[data-pagefind-filter="type"]')).not.toBeNull();
    }
  });

  it('writes the home page, the index pages sorted by mentions, search and 404', async () => {
    const home = await site.html('/');
    expect(home.querySelector('form[role="search"]')?.getAttribute('action')).toBe('/search/');
    for (const [section, type] of [
      ['people', 'person'],
      ['groups', 'group'],
      ['places', 'place'],
    ] as const) {
      const page = await site.html(`/${section}/`);
      const counts = page.querySelectorAll('tbody tr td.num:nth-child(2)').map((td) => Number(td.text));
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(counts).toHaveLength(site.kb.entities.filter((e) => e.type === type).length);
    }
    expect((await site.html('/search/')).querySelector('#search-results')).not.toBeNull();
    expect(existsSync(path.join(site.dir, '404.html'))).toBe(true);
    expect(existsSync(path.join(site.dir, 'pagefind/pagefind-ui.js'))).toBe(true);
  });

  it('reports a summary with counts and the time of each stage', () => {
    const { summary } = site;
    expect(summary.articles).toBe(1);
    expect(summary.entities.person + summary.entities.group + summary.entities.place).toBe(site.kb.entities.length);
    expect(summary.stages.map(([s]) => s)).toEqual([
      'check',
      'load',
      'extract',
      'resolve',
      'link',
      'site',
      'write',
      'render',
      'index',
      'swap',
    ]);
  });
});

describe('entity pages stay small however often an entity is mentioned', () => {
  it('every entity page of the seed is at most 20 KB of HTML, and the one stylesheet at most 14 KB', async () => {
    // 14 KB since the search filters, previews, graph controls and type badges (December 2026)
    expect((await readFile(path.join(site.dir, 'assets/style.css'))).length).toBeLessThanOrEqual(14 * 1024);
    for (const e of site.kb.entities) {
      const htmlSize = (await readFile(fileFor(site.dir, e.url))).length;
      expect(htmlSize, e.url).toBeLessThanOrEqual(20 * 1024);
    }
  });

  it('an entity mentioned 230 times shows 6 mentions on its page and every one on its mention pages', async () => {
    const { mkdtemp, mkdir, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const content = await mkdtemp(path.join(tmpdir(), 'dossier-many-'));
    await mkdir(path.join(content, 'articles'), { recursive: true });
    const paragraph = (i: number) => `Delegates met in Geneva on day ${i} of the talks, officials said.`;
    await writeFile(
      path.join(content, 'articles/talks.txt'),
      Array.from({ length: 230 }, (_, i) => paragraph(i + 1)).join('\n\n'),
    );
    const many = await buildSite(content, {}, false);
    try {
      const geneva = many.kb.entities.find((e) => e.name === 'Geneva')!;
      expect(geneva.mentions).toHaveLength(230);
      const own = await many.html(geneva.url);
      expect(own.querySelectorAll('.contexts .sentences li')).toHaveLength(6);
      expect(own.querySelector('.more a')?.getAttribute('href')).toBe(`${geneva.url}mentions/`);
      expect((await readFile(fileFor(many.dir, geneva.url))).length).toBeLessThanOrEqual(20 * 1024);
      const pages = [`${geneva.url}mentions/`, `${geneva.url}mentions/2/`, `${geneva.url}mentions/3/`];
      const marks: string[] = [];
      for (const p of pages) {
        const page = await many.html(p);
        expect(page.querySelector('.pager')!.querySelectorAll('a:not([rel])')).toHaveLength(2);
        expect(page.querySelectorAll('nav.pager').map((n) => n.getAttribute('aria-label'))).toEqual([
          'Pages of mentions (top)',
          'Pages of mentions (bottom)',
        ]);
        marks.push(
          ...page.querySelectorAll('.contexts .sentences li').map((li) => li.querySelector('blockquote')!.text),
        );
        expect(page.querySelector('[data-pagefind-body]')).toBeNull();
      }
      expect(marks).toHaveLength(230);
      expect(marks[229]).toContain('day 230 ');
      expect(existsSync(fileFor(many.dir, `${geneva.url}mentions/4/`))).toBe(false);
    } finally {
      await many.cleanup();
      await rm(content, { recursive: true, force: true });
    }
  });
});
