/**
 * Cross-article identity, end to end: a small multi-article fixture (invented names) built into a
 * real site, then the pages, kb.json's entities and its review list checked, and `npm run review`.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KbEntity } from '../../scripts/core/types/kb.ts';
import { buildSite, ROOT, type BuiltSite } from '../helpers/site.ts';

const ARTICLES: Record<string, string> = {
  '01-budget.md': `---
title: Budget talks
date: 2021-03-01
---
BRANVILLE, Tenn. (Example Wire) — Senator Marta Quillby said on Monday that the budget talks in Branville had stalled.

Quillby, a Democrat, met Governor Tobias Wrenfield at the state capitol. Wrenfield said he expected a deal by Friday.`,
  '02-vote.md': `---
title: The vote
date: 2021-03-09
---
Sen. Marta Quillby voted against the plan on Tuesday. Quillby told reporters in Branville that the plan cut too much.

Tobias Wrenfield Jr., the governor's son, runs the Wrenfield Foundation, which backed the plan.`,
  '03-son.md': `---
title: The son speaks
date: 2021-03-12
---
Tobias Wrenfield Jr. said on Friday that the Wrenfield Foundation would keep its support. Wrenfield Jr. spoke in Lorrimer.`,
  '04-later.md': `---
title: Later
date: 2021-04-02
---
Quillby said on Thursday she would run again. She spoke after a meeting with Chris Ashgrove.

Christopher Ashgrove, the party's treasurer, said the campaign had raised money in Lorrimer.`,
  '05-wrenfield.md': `---
title: A surname alone
date: 2021-04-20
---
On Monday, Governor Wrenfield said in Lorrimer that he would sign the budget. Wrenfield did not say when.`,
};

let site: BuiltSite;
let content: string;
const byName = (name: string): KbEntity | undefined =>
  site.kb.entities.find((e) => e.name === name || e.aliases.includes(name));

beforeAll(async () => {
  content = await mkdtemp(path.join(tmpdir(), 'dossier-identity-'));
  await mkdir(path.join(content, 'articles'));
  for (const [file, text] of Object.entries(ARTICLES)) await writeFile(path.join(content, 'articles', file), text);
  site = await buildSite(content, {}, false);
}, 120_000);

afterAll(async () => {
  await site?.cleanup();
  await rm(content, { recursive: true, force: true });
});

describe('one page per real-world entity across articles', () => {
  it.each([
    ['Marta Quillby', 'person', ['Quillby']],
    ['Tobias Wrenfield', 'person', []],
    ['Tobias Wrenfield Jr.', 'person', []],
    ['Wrenfield Foundation', 'group', []],
    ['Branville', 'place', []],
    ['Lorrimer', 'place', []],
  ])('%s is one %s, with its forms %j on the page', (name, type, forms) => {
    const entity = byName(name)!;
    expect(entity, name).toBeDefined();
    expect(entity.type).toBe(type);
    for (const form of forms) expect([entity.name, ...entity.aliases]).toContain(form);
  });

  it('a short form of the first name joins the full one: Chris and Christopher Ashgrove are one page', () => {
    expect(byName('Chris Ashgrove')).toBeDefined();
    expect(byName('Chris Ashgrove')).toBe(byName('Christopher Ashgrove'));
  });

  it('"Wrenfield Jr." is the son, in his own article', () => {
    expect(byName('Wrenfield Jr.')).toBe(byName('Tobias Wrenfield Jr.'));
  });

  it('Jr. is another person, and "X Foundation" is not X', () => {
    const father = byName('Tobias Wrenfield')!;
    expect(byName('Tobias Wrenfield Jr.')!.id).not.toBe(father.id);
    expect(byName('Wrenfield Foundation')!.id).not.toBe(father.id);
    expect(father.aliases).not.toContain('Wrenfield Foundation');
  });

  it('the dateline gives the outlet and the city; the state abbreviation and outlet are no entities', () => {
    expect(byName('Branville')!.mentions.map((m) => [m.article, m.text])).toContainEqual(['01-budget', 'BRANVILLE']);
    expect(site.kb.articles.find((a) => a.id === '01-budget')?.outlet).toBe('Example Wire');
    expect(byName('Tenn')).toBeUndefined();
    expect(byName('Example Wire')).toBeUndefined();
  });

  it('each entity has its page, and the article links every mention to it', async () => {
    const quillby = byName('Marta Quillby')!;
    const page = await site.html(quillby.url);
    expect(page.querySelector('h1')?.text).toContain('Marta Quillby');
    const article = await site.html('/articles/02-vote/');
    const links = article.querySelectorAll(`.body a[href="${quillby.url}"]`).map((a) => a.text);
    expect(links).toEqual(['Marta Quillby', 'Quillby']);
  });

  it('a surname alone that fits father and son stays apart and is on the review list with the lines that settle it', () => {
    const item = site.kb.review?.find((r) => r.kind === 'ambiguous-surname' && r.name === 'Wrenfield');
    expect(item).toMatchObject({
      candidates: ['Tobias Wrenfield', 'Tobias Wrenfield Jr.'],
      articles: ['05-wrenfield'],
    });
    expect(item?.yaml).toBe('Tobias Wrenfield:\n  merge: [Wrenfield]\n');
    expect(site.summary.review).toEqual(site.kb.review);
  });

  it('npm run review prints the list in full', async () => {
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const { stdout } = await promisify(execFile)(tsx, [path.join(ROOT, 'scripts/cli/review.ts')], {
      cwd: ROOT,
      env: { ...process.env, OUTPUT_DIR: site.dir, CONTENT_DIR: content },
    });
    expect(stdout).toContain(
      '"Wrenfield" alone (1 article) could be "Tobias Wrenfield" or "Tobias Wrenfield Jr."; kept apart [05-wrenfield]',
    );
    expect(stdout).toContain('    Tobias Wrenfield:\n      merge: [Wrenfield]');
  });
});
