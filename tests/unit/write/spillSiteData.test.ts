import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SiteData } from '../../../scripts/core/types/site.ts';
import { spillSiteData } from '../../../scripts/write/spillSiteData.ts';

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((t) => rm(t, { recursive: true, force: true })));
});

/** A site data with only what spillSiteData reads: articles' bodies, entities' contexts and local graphs. */
function siteOf(): SiteData {
  const articles = [
    { id: 'a', html: '<p id="p-1">Ünïcode — “quoted” 𝔘 text</p>' },
    { id: 'b', html: '' },
  ];
  const entities = [
    {
      id: 'x',
      contexts: [{ article: 'a', paragraph: 'p-1', parts: ['Before ', 'X', ' after, 𝔘.'] }],
      localGraph: {
        width: 300,
        height: 200.5,
        centre: { id: 'x', x: 0.1 + 0.2, y: -0, label: undefined },
        neighbours: [],
        links: [],
      },
    },
    { id: 'y', contexts: [] },
  ];
  return { articles, entities } as unknown as SiteData;
}

describe('spillSiteData', () => {
  it('reads back every spilled field equal to what it was, and keeps the objects enumerable as before', async () => {
    const tmp = await mkdtemp(path.join(tmpdir(), 'dossier-spill-test-'));
    temps.push(tmp);
    const site = siteOf();
    const before = structuredClone(site);
    const spilled = await spillSiteData(site, { tmpDir: tmp });
    try {
      expect(spilled.bytes).toBeGreaterThan(0);
      // the values now come from the file: getters in place of the fields
      expect(Object.getOwnPropertyDescriptor(site.articles[0]!, 'html')?.get).toBeTypeOf('function');
      expect(Object.getOwnPropertyDescriptor(site.entities[0]!, 'contexts')?.get).toBeTypeOf('function');
      expect(site.articles.map((a) => a.html)).toEqual(before.articles.map((a) => a.html));
      expect(site.entities.map((e) => e.contexts)).toEqual(before.entities.map((e) => e.contexts));
      expect(site.entities.map((e) => e.localGraph)).toEqual(before.entities.map((e) => e.localGraph));
      expect(Object.keys(site.entities[1]!)).toEqual(Object.keys(before.entities[1]!));
      expect(JSON.stringify(site)).toBe(JSON.stringify(before));
      // a page reading a field again and again gets the same value without reading the file each time
      expect(site.entities[0]!.contexts).toBe(site.entities[0]!.contexts);
      // a value set afterwards is kept as set
      site.entities[0]!.contexts = [];
      expect(site.entities[0]!.contexts).toEqual([]);
    } finally {
      await spilled.release();
    }
    expect(await readdir(tmp)).toEqual([]);
  });
});
