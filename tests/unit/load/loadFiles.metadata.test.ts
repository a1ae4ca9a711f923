import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../../scripts/load/loadArticles.ts';

const BODY =
  '<article><p>Officials in Port Eslin said on Monday that talks with the harbour board would resume next week, after a pause of several months.</p>' +
  '<p>The delegation, led by Mayor Kordova Vesnik, arrived on Sunday evening and met the mediators at once, a clerk said.</p>' +
  '<p>Both sides agreed to publish the minutes of every session, and the harbour board promised a first draft of the new fares before the end of the month, the clerk added. The mediators will report to the council in the spring, when the first ferries of the season sail again.</p></article>';
const pageHtml = (head: string) => `<html><head>${head}</head><body>${BODY}</body></html>`;
const nextYearPlus2 = new Date().getUTCFullYear() + 3;

/** Files in a fresh temporary folder, loaded. */
async function load(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-meta-'));
  const paths = [];
  for (const [name, content] of Object.entries(files)) {
    await writeFile(path.join(dir, name), content);
    paths.push(path.join(dir, name));
  }
  return loadFiles(paths.sort(), dir);
}

describe('loadFiles: dates, titles and outlets', () => {
  it.each([
    ['year 1', '0001-01-01'],
    ['1799', '1799-12-31'],
    ['next year + 2', `${nextYearPlus2}-01-01`],
  ])('front matter date: %s leaves the article undated, with DATE_IMPLAUSIBLE and its line', async (_, date) => {
    const { articles, warnings } = await load({ 'a.md': `---\ntitle: Harbour\ndate: ${date}\n---\nBody.` });
    expect(articles[0]?.date).toBeUndefined();
    expect(warnings).toEqual([expect.objectContaining({ code: 'DATE_IMPLAUSIBLE', file: 'a.md', line: 3 })]);
  });

  it.each([
    ['a YAML timestamp keeps the day written in its zone', '2019-11-19T23:30:00-05:00', '2019-11-19'],
    ['a quoted date', '"2019-11-19"', '2019-11-19'],
    ['a date with a comment', '2019-11-19 # from the print edition', '2019-11-19'],
  ])('front matter: %s', async (_, value, expected) => {
    const { articles, warnings } = await load({ 'a.md': `---\ndate: ${value}\n---\nBody.` });
    expect(articles[0]?.date).toBe(expected);
    expect(warnings).toEqual([]);
  });

  it('a plausible front matter date stays', async () => {
    const { articles, warnings } = await load({ 'a.md': '---\ndate: 1800-01-01\n---\nBody.' });
    expect(articles[0]?.date).toBe('1800-01-01');
    expect(warnings).toEqual([]);
  });

  it('front matter: title and outlet decoded, the outlet kept as the user wrote it', async () => {
    const { articles } = await load({
      'a.md':
        '---\ntitle: "Eslin can&amp;#39;t wait"\noutlet: "kordovavesnik"\nsource: https://kv.example/a\n---\nBody.',
      'b.html': pageHtml(
        '<title>Harbour talks</title><meta property="og:site_name" content="Kordova Vesnik"><link rel="canonical" href="https://kv.example/b">',
      ),
    });
    expect(articles.map((a) => [a.title, a.outlet])).toEqual([
      ["Eslin can't wait", 'kordovavesnik'],
      ['Harbour talks', 'Kordova Vesnik'],
    ]);
  });

  it('dataset rows: implausible dates are warnings, free-text dates are read, titles decoded', async () => {
    const { articles, warnings } = await load({
      'rows.csv':
        'title,date,text\nOne,0001-01-01,First row text.\nEslin can&amp;#39;t wait,"19 Nov 2019 07:09 GMT",Second row text.\n',
    });
    expect(articles.map((a) => [a.title, a.date])).toEqual([
      ['One', undefined],
      ["Eslin can't wait", '2019-11-19'],
    ]);
    expect(warnings).toEqual([expect.objectContaining({ code: 'DATE_IMPLAUSIBLE', file: 'rows.csv', line: 2 })]);
  });

  it('saved pages of one host get one outlet; titles lose the site name and references', async () => {
    const { articles, warnings } = await load({
      '1.html': pageHtml(
        '<title>Harbour reopens | Kordova Vesnik</title><meta property="og:site_name" content="Kordova Vesnik"><link rel="canonical" href="https://www.kordovavesnik.example/2019/11/19/harbour">',
      ),
      '2.html': pageHtml(
        '<title>Mayor&amp;#39;s plan - Kordova Vesnik</title><meta property="og:site_name" content="kordovavesnik"><link rel="canonical" href="https://kordovavesnik.example/plan">',
      ),
      '3.html': pageHtml(
        '<title>Ferry fares rise</title><meta property="og:site_name" content="@kordovavesnik"><link rel="canonical" href="https://kordovavesnik.example/fares"><meta name="pubdate" content="0001-01-01">',
      ),
    });
    expect(articles.map((a) => [a.title, a.outlet, a.date])).toEqual([
      ['Harbour reopens', 'Kordova Vesnik', '2019-11-19'],
      ["Mayor's plan", 'Kordova Vesnik', undefined],
      ['Ferry fares rise', 'Kordova Vesnik', undefined],
    ]);
    expect(warnings).toEqual([expect.objectContaining({ code: 'DATE_IMPLAUSIBLE', file: '3.html' })]);
  });
});
