import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatWarnings } from '../../scripts/report/formatSummary.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';

// Invented articles: one in English, one in German (a saved web page), one short English stub page.
const ENGLISH = `---
title: Bridge closes in Port Eslin
date: 2024-04-09
---
The council of Port Eslin voted on Tuesday to close the old river bridge for repairs, Kordova Vesnik said.

Kordova Vesnik, who chairs the transport committee of Port Eslin, said the work would take most of the summer. The Halden Party opposed the closure.
`;
const GERMAN_PARAGRAPHS = [
  'Der Stadtrat von Port Eslin hat am Dienstag beschlossen, die alte Flussbrücke für Reparaturen zu sperren. Das Thema sorgte im Rat für eine lange Debatte.',
  'Kordova Vesnik, die den Verkehrsausschuss leitet, sagte, die Arbeiten würden den größten Teil des Sommers dauern. Bis dahin sollen Fähren jede halbe Stunde über den Fluss fahren.',
  'Die Halden-Partei stimmte gegen die Sperrung. Ihr Sprecher Orrin Delacroix erklärte, die Stadt habe die Brücke jahrelang vernachlässigt und müsse nun die Kosten allein tragen.',
];
const GERMAN = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke in Port Eslin gesperrt</title></head>
<body><article><h1>Brücke in Port Eslin gesperrt</h1>${GERMAN_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
const STUB = `<!doctype html><html><head><title>Port Eslin budget</title></head><body><article>
<p>The council of Port Eslin passed its budget on Monday after a long debate about the river bridge.</p>
<p>Subscribe to continue reading.</p></article></body></html>`;

let dir: string;
let site: BuiltSite;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-language-'));
  await mkdir(path.join(dir, 'articles'));
  await writeFile(path.join(dir, 'articles/bridge.md'), ENGLISH);
  await writeFile(path.join(dir, 'articles/bruecke.html'), GERMAN);
  await writeFile(path.join(dir, 'articles/budget.html'), STUB);
  site = await buildSite(dir, { CACHE_DIR: path.join(dir, 'cache') });
}, 120_000);
afterAll(async () => {
  await site?.cleanup();
  await rm(dir, { recursive: true, force: true });
});

describe('an English and a German article built together', () => {
  const kbArticle = (source: string) => site.kb.articles.find((a) => a.source === source)!;
  const mentionsIn = (id: string) => site.kb.entities.flatMap((e) => e.mentions).filter((m) => m.article === id);

  it('kb.json records each language', () => {
    expect(kbArticle('bridge.md').language).toBe('en');
    expect(kbArticle('bruecke.html').language).toBe('de');
  });

  it('the English article has its entities; the German one has none', () => {
    expect(mentionsIn(kbArticle('bridge.md').id).length).toBeGreaterThan(0);
    expect(site.kb.entities.map((e) => e.name)).toContain('Kordova Vesnik');
    expect(mentionsIn(kbArticle('bruecke.html').id)).toEqual([]);
    expect(site.kb.entities.map((e) => e.name)).not.toContain('Das Thema');
  });

  it('the German page is built with its text, its language shown and marked', async () => {
    const page = await site.html(kbArticle('bruecke.html').url);
    const body = page.querySelector('.body')!;
    expect(body.getAttribute('lang')).toBe('de');
    expect(body.text).toContain('die alte Flussbrücke für Reparaturen zu sperren');
    expect(body.querySelectorAll('a')).toHaveLength(0);
    expect(page.querySelector('h1')!.getAttribute('lang')).toBe('de');
    expect(page.querySelector('.meta .language')!.text).toBe('German');
    expect(page.querySelector('[data-pagefind-filter="language:German"]')).not.toBeNull();
    expect(page.querySelector('.in-article')!.text).toContain('only articles in English are');
  });

  it('the English page: a language filter, no language shown, no lang attribute', async () => {
    const page = await site.html(kbArticle('bridge.md').url);
    expect(page.querySelector('[data-pagefind-filter="language:English"]')).not.toBeNull();
    expect(page.querySelector('.meta .language')).toBeNull();
    expect(page.querySelector('.body')!.getAttribute('lang')).toBeUndefined();
  });

  it('one LANGUAGE_NOT_SUPPORTED warning names the German file, and the build prints it on one line', () => {
    const found = site.summary.warnings.filter((w) => w.code === 'LANGUAGE_NOT_SUPPORTED');
    expect(found).toEqual([
      {
        code: 'LANGUAGE_NOT_SUPPORTED',
        file: 'bruecke.html',
        message: 'is in German (de): extraction is English-only; its page is built without entities',
      },
    ]);
    expect(formatWarnings(site.summary.warnings).filter((l) => l.includes('LANGUAGE_NOT_SUPPORTED'))).toEqual([
      'warning: bruecke.html: is in German (de): extraction is English-only; its page is built without entities [LANGUAGE_NOT_SUPPORTED]',
    ]);
  });

  it('the stub page ending in a subscribe prompt is built, with a THIN_ARTICLE warning naming it', () => {
    expect(kbArticle('budget.html')).toBeDefined();
    expect(site.summary.warnings.filter((w) => w.code === 'THIN_ARTICLE').map((w) => w.file)).toEqual(['budget.html']);
  });

  it('the German article is never written to the extraction cache', async () => {
    // extraction entries only: builds/ holds the state of the last build (scripts/write/buildState.ts)
    const cached = (await readdir(path.join(dir, 'cache'), { recursive: true })).filter(
      (f) => f.endsWith('.json') && !f.split(path.sep).includes('builds'),
    );
    // the two English articles only
    expect(cached).toHaveLength(2);
  });

  it('the search index has a language filter with both languages', async () => {
    const folder = path.join(site.dir, 'pagefind/filter');
    const filters = await Promise.all(
      (await readdir(folder)).map(async (f) => gunzipSync(await readFile(path.join(folder, f))).toString('latin1')),
    );
    const language = filters.find((f) => f.includes('language'));
    expect(language).toContain('German');
    expect(language).toContain('English');
  });
});
