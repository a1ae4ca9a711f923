import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSite,
  chromiumAvailable,
  launchChromium,
  serveSite,
  type BuiltSite,
  type Served,
} from '../helpers/site.ts';

// Invented articles: one in English, one in German.
const ENGLISH =
  'The council of Port Eslin voted on Tuesday to close the old river bridge for repairs, Kordova Vesnik said.\n';
const GERMAN =
  'Der Stadtrat von Port Eslin hat am Dienstag beschlossen, die alte Flussbrücke für Reparaturen zu sperren. Kordova Vesnik sagte, die Arbeiten würden den größten Teil des Sommers dauern.\n';

describe.runIf(chromiumAvailable())('the language search filter, in Chromium', () => {
  let dir: string;
  let site: BuiltSite;
  let server: Served;
  let browser: Browser;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dossier-language-'));
    await mkdir(path.join(dir, 'articles'));
    await writeFile(path.join(dir, 'articles/bridge.txt'), ENGLISH);
    await writeFile(path.join(dir, 'articles/bruecke.txt'), GERMAN);
    site = await buildSite(dir);
    server = await serveSite(site.dir);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  it('Pagefind lists both languages, and filtering on German finds only the German article', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    // a string, so that the test runner does not rewrite the page's dynamic import
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import(new URL('../pagefind/pagefind.js', location.href).href);
      const filters = await pagefind.filters();
      const german = await pagefind.search('Port Eslin', { filters: { language: 'German' } });
      const urls = await Promise.all(german.results.map(async (r) => (await r.data()).url));
      return { languages: filters.language, urls };
    })()`)) as { languages: Record<string, number>; urls: string[] };
    expect(found.languages).toEqual({ English: 1, German: 1 });
    expect(found.urls).toHaveLength(1);
    expect(found.urls[0]).toContain('/articles/bruecke/');
  }, 60_000);

  it('the search page labels the German article with its language, and not the English one', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('Port Eslin')}`);
    const links = page.locator('.search-results .result-link');
    await links.first().waitFor({ timeout: 15_000 });
    const labels = await links.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    const german = labels.find(([href]) => href?.includes('/articles/bruecke/'));
    const english = labels.find(([href]) => href?.includes('/articles/bridge/'));
    expect(german?.[1]).toContain('· German');
    expect(english?.[1]).not.toContain('English');
  }, 60_000);
});
