import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type Node, NodeType, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BIDI,
  BIDI_ALIAS,
  BIDI_AUTHORS,
  BIDI_NAMES,
  BIDI_OUTLETS,
  BIDI_TITLES,
  bidiContent,
  bidiLeak,
} from '../helpers/bidi.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';

/**
 * Articles whose titles, and entities whose names (set in entities.yaml), hold every bidirectional control
 * character, unclosed or stray: on every page, after every piece of text, the bidirectional state is closed, so
 * no override leaks into the rest of a line (<title>, SVG text, attributes, lists). kb.json and the CSV keep the
 * text exactly.
 */
let site: BuiltSite;
let content: { dir: string; cleanup: () => Promise<void> };
let pages: string[];
beforeAll(async () => {
  content = await bidiContent();
  site = await buildSite(content.dir);
  pages = (await readdir(site.dir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
}, 120_000);
afterAll(async () => {
  await site?.cleanup();
  await content?.cleanup();
});

/** The user's text, as written in the articles and entities.yaml: the rest of every line is the site's own. */
const USER_TEXTS = [...BIDI_TITLES, ...Object.values(BIDI_NAMES), ...BIDI_OUTLETS, ...BIDI_AUTHORS, BIDI_ALIAS];
const CONTROL = new RegExp(`[${Object.values(BIDI).join('')}]`);
const readPage = (file: string) => readFile(path.join(site.dir, file), 'utf8');

/** Each text node (outside script and style) and each attribute value of the document with its place. */
function* texts(node: Node, where = ''): Generator<[string, string]> {
  if (node.nodeType === NodeType.TEXT_NODE) yield [where, node.rawText];
  if (node.nodeType !== NodeType.ELEMENT_NODE && where !== '') return;
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase() ?? '';
  if (tag === 'script' || tag === 'style') return;
  for (const [name, value] of Object.entries(element.attributes ?? {})) yield [`${where}<${tag} ${name}>`, value];
  for (const child of element.childNodes) yield* texts(child, `${where}<${tag}>`);
}

describe('bidirectional controls in titles and names', () => {
  it('the build used the names and titles (the test is not empty)', () => {
    expect(site.kb.articles.map((a) => a.title).sort()).toEqual([...BIDI_TITLES].sort());
    expect(site.kb.entities.map((e) => e.name).sort()).toEqual(Object.values(BIDI_NAMES).sort());
    expect(site.kb.articles.map((a) => a.outlet).sort()).toEqual([...BIDI_OUTLETS, ...BIDI_OUTLETS].sort());
    expect(site.kb.articles.map((a) => a.author).sort()).toEqual([...BIDI_AUTHORS, ...BIDI_AUTHORS].sort());
    expect(site.kb.entities.find((e) => e.name === BIDI_NAMES['Dorota Vesnel'])?.aliases).toContain(BIDI_ALIAS);
  });

  it('in every text node and attribute value of every page, no text after user text is inside its controls', async () => {
    expect(pages.length).toBeGreaterThan(15);
    const open: string[] = [];
    for (const file of pages) {
      for (const [where, text] of texts(parse(await readPage(file)))) {
        const at = bidiLeak(text, USER_TEXTS);
        if (at !== -1) open.push(`${file} ${where} at ${at}: ${JSON.stringify(text)}`);
      }
    }
    expect(open).toEqual([]);
  });

  it.each([
    ['an article', 'articles/bidi-1/index.html', ['title', 'h1', 'a']],
    ['an entity', 'people/dorota-vesnel/index.html', ['title', 'h1', 'svg text', 'svg title', 'a']],
    ['an entity (its mentions)', 'people/dorota-vesnel/mentions/index.html', ['title', 'h1']],
    ['a place (the map)', 'places/por-to/index.html', ['title', 'svg text', 'svg title', 'svg a']],
    ['the home page', 'index.html', ['a']],
    ['the article index', 'articles/index.html', ['a']],
    ["an outlet's articles", 'articles/outlets/harbour-gazette/index.html', ['title', 'h1', 'a']],
    ['an index of people', 'people/index.html', ['a']],
    ['an index of places (the map)', 'places/index.html', ['a', 'svg text', 'svg title']],
    ['the graph', 'graph/index.html', ['svg text', 'svg title', 'svg a']],
    ['the relations list', 'graph/relations/index.html', ['a']],
  ])('%s shows the controls in %s, each closed', async (_label, file, selectors) => {
    const doc = parse(await readPage(file));
    for (const selector of selectors) {
      const found = doc.querySelectorAll(selector).filter((e) => CONTROL.test(e.outerHTML));
      expect(found.length, `${file}: ${selector}`).toBeGreaterThan(0);
      for (const element of found) {
        for (const [where, text] of texts(element))
          expect(bidiLeak(text, USER_TEXTS), `${selector} ${where}: ${text}`).toBe(-1);
      }
    }
  });

  it('the search page is closed too', async () => {
    for (const [where, text] of texts(parse(await readPage('search/index.html')))) {
      expect(bidiLeak(text, USER_TEXTS), where).toBe(-1);
    }
  });

  it('kb.json and relations.csv keep the text exactly as written, with no isolation added', async () => {
    const kb = await readFile(path.join(site.dir, 'kb.json'), 'utf8');
    const csv = await readFile(path.join(site.dir, 'graph/relations.csv'), 'utf8');
    expect(kb).not.toContain('\\u2068\\u202e'); // not isolated in the JSON text either
    for (const name of Object.values(BIDI_NAMES)) {
      expect(site.kb.entities.some((e) => e.name === name)).toBe(true);
      if (csv.includes(name.slice(0, 3))) expect(csv, name).toContain(name);
      expect(csv).not.toContain(`\u2068${name}`);
      expect(kb).not.toContain(JSON.stringify(`\u2068${name}`).slice(1, -1));
    }
    expect(csv).toContain(BIDI_NAMES['Dorota Vesnel']);
  });
});
