import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, SEED_CONTENT, type BuiltSite } from '../helpers/site.ts';

/** Entity pages as evidence, end to end on the seed: kb.json fields, pages, graph and map. */
let site: BuiltSite;
beforeAll(async () => {
  site = await buildSite(SEED_CONTENT);
});
afterAll(() => site?.cleanup());

const byName = (name: string) => site.kb.entities.find((e) => e.name === name || e.aliases.includes(name));

describe('evidence in kb.json for the seed', () => {
  it.each([
    ['Ashton Carter', 'Secretary of Defense', undefined],
    ['Barack Obama', 'President', undefined],
    ['Erdogan', 'president', 'Turkey'],
  ])('%s has the role %j (of %j), with its sentence', (name, title, of) => {
    const entity = byName(name)!;
    const role = entity.roles?.find((r) => r.title === title);
    expect(role, JSON.stringify(entity.roles)).toBeDefined();
    expect(role!.sentence).toContain(title);
    expect(role!.of).toBe(of ? byName(of)!.id : undefined);
  });

  it.each([
    ['It starts in the next few weeks', 'Carter', undefined],
    ['That has long been our plan', 'Carter', undefined],
    ['We think this is the right moment', 'Pentagon', 'a Pentagon spokesman'],
  ])('the quote “%s…” is attributed to %s', (start, speaker, said) => {
    const owners = site.kb.entities.filter((e) => e.quotes?.some((q) => q.text.startsWith(start)));
    expect(owners.map((e) => e.id)).toEqual([byName(speaker)!.id]);
    const quote = owners[0]!.quotes!.find((q) => q.text.startsWith(start))!;
    expect(quote.speaker).toBe(said);
    expect(quote.sentence).toContain(start);
  });

  it.each(['Mosul', 'Raqqa', 'Syria', 'Turkey', 'Tikrit', 'Fallujah', 'United States'])(
    '%s has coordinates',
    (name) => {
      const geo = byName(name)?.geo;
      expect(geo).toBeDefined();
      expect(Math.abs(geo!.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(geo!.lon)).toBeLessThanOrEqual(180);
    },
  );

  it('has at least 10 relations, each with evidence, and salience for every entity', () => {
    const relations = site.kb.relations ?? [];
    expect(relations.length).toBeGreaterThanOrEqual(10);
    for (const r of relations) {
      expect(r.source < r.target).toBe(true);
      expect(r.weight).toBeGreaterThan(0);
      expect(r.evidence.length).toBeGreaterThan(0);
    }
    for (const e of site.kb.entities) expect(e.salience).toBeGreaterThan(0);
  });

  it('says what the article is mainly about, led by the offensives it is about', () => {
    const about = site.kb.articles[0]!.about!;
    expect(about.length).toBeGreaterThan(0);
    expect(about.length).toBeLessThanOrEqual(5);
    expect(about.slice(0, 2).sort()).toEqual([byName('Mosul')!.id, byName('Raqqa')!.id].sort());
  });
});

describe('evidence on the pages', () => {
  it('shows roles, the “Said” list and the related table on entity pages', async () => {
    const carter = await site.html(byName('Ashton Carter')!.url);
    expect(carter.querySelector('.roles')?.text).toContain('Secretary of Defense');
    const quotes = carter.querySelectorAll('.quotes li');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]!.querySelector('a')?.getAttribute('href')).toMatch(/#p-\d+$/);
    const erdogan = await site.html(byName('Erdogan')!.url);
    expect(erdogan.querySelector('.roles')?.text).toContain('Turkey');
    // each role once, with the sentence that states it, linked to its paragraph
    const proof = erdogan.querySelector('.role-proofs li')!;
    expect(proof.querySelector('a')?.text).toBe('Turkey');
    expect(proof.querySelector('a.source')?.getAttribute('href')).toMatch(/#p-\d+$/);
    expect(erdogan.querySelectorAll('ul.related li').length).toBeGreaterThan(2);
    expect(erdogan.querySelector('ul.related li .meta')?.text).toMatch(/^named together in \d+ sentences?/);
    expect(erdogan.querySelectorAll('.local-graph svg a').length).toBeGreaterThan(2);
  });

  it('opens the article with “Mainly about”', async () => {
    const page = await site.html(site.kb.articles[0]!.url);
    const links = page.querySelectorAll('.about a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(site.kb.articles[0]!.about!.map((id) => site.kb.entities.find((e) => e.id === id)!.url));
  });

  it('draws the network as static SVG with a legend, links and a text alternative', async () => {
    const graph = await site.html('/graph/');
    const nodes = graph.querySelectorAll('.graph svg a');
    expect(nodes.length).toBeGreaterThanOrEqual(10);
    for (const a of nodes) expect(site.kb.entities.map((e) => e.url)).toContain(a.getAttribute('href'));
    expect(graph.querySelectorAll('.graph line').length).toBeGreaterThanOrEqual(10);
    expect(graph.querySelector('.legend')?.text).toMatch(/Person.*Group.*Place/s);
    expect(graph.querySelectorAll('script:not([src])')).toHaveLength(0);
    const relations = await site.html('/graph/relations/');
    expect(relations.querySelectorAll('.relation-list li')).toHaveLength(Math.min(site.kb.relations!.length, 200));
    const csv = await readFile(path.join(site.dir, 'graph/relations.csv'), 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(site.kb.relations!.length + 1);
    expect(csv.startsWith('source,source_type,target,target_type,weight,sentences,paragraphs,articles,')).toBe(true);
    for (const type of ['people', 'groups', 'places'])
      expect((await site.html(`/graph/${type}/`)).querySelector('h1')?.text).toMatch(/^Network of /);
  });

  it('draws the places on an offline map, each marker a link to its page', async () => {
    const places = await site.html('/places/');
    const markers = places.querySelectorAll('.map svg a');
    const located = site.kb.entities.filter((e) => e.type === 'place' && e.geo);
    expect(markers.map((a) => a.getAttribute('href')).sort()).toEqual(located.map((e) => e.url).sort());
    expect(places.querySelector('.map image')?.getAttribute('href')).toBe('/assets/world.svg');
    const mosul = await site.html(byName('Mosul')!.url);
    expect(mosul.querySelector('.map circle.here')).not.toBeNull();
  });

  it('lays the network out the same way every time', async () => {
    const again = await buildSite(SEED_CONTENT, {}, false);
    expect((await again.html('/graph/')).querySelector('.graph')?.toString()).toBe(
      (await site.html('/graph/')).querySelector('.graph')?.toString(),
    );
    await again.cleanup();
  });
});
