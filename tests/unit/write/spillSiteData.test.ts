import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../scripts/core/types/article.ts';
import type { SiteData } from '../../../scripts/core/types/site.ts';
import { extractSafely } from '../../../scripts/extract/index.ts';
import { runPipeline } from '../../../scripts/pipeline.ts';
import { createSpill, spillSiteData } from '../../../scripts/write/spillSiteData.ts';

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

describe('createSpill: a field set after it was spilled', () => {
  it.each([
    ['on the object it was spilled from', false],
    ["on another object given its descriptor (the site article given the linked article's body)", true],
  ])('is kept as a plain field of the object it is set on (%s)', async (_, other) => {
    const tmp = await mkdtemp(path.join(tmpdir(), 'dossier-spill-set-'));
    temps.push(tmp);
    const spill = createSpill({ tmpDir: tmp });
    try {
      const linked: { html: string } = { html: '<p>Tarvo Kessling at the quay</p>' };
      spill.field(linked, 'html');
      const site = other
        ? (Object.defineProperty({}, 'html', Object.getOwnPropertyDescriptor(linked, 'html')!) as { html: string })
        : linked;
      expect(site.html).toBe('<p>Tarvo Kessling at the quay</p>');
      site.html = '<p>Lena Marsh</p>';
      expect(site.html).toBe('<p>Lena Marsh</p>');
      expect(Object.getOwnPropertyDescriptor(site, 'html')).toMatchObject({
        value: '<p>Lena Marsh</p>',
        writable: true,
      });
      // the object the field was spilled from still reads its own value back
      if (other) expect(linked.html).toBe('<p>Tarvo Kessling at the quay</p>');
    } finally {
      await spill.release();
    }
  });
});

describe('createSpill, handed to the site stage', () => {
  const texts = [
    'Tarvo Kessling, the harbour master of Ostrava, opened the new quay on Monday. Tarvo Kessling said the quay would bring trade from Kordova.\n\nThe Ostrava City Council agreed with Tarvo Kessling.',
    'The quay in Ostrava was busy on Tuesday. Mr. Kessling said that ships would come from Kordova.\n\nMr. Kessling added that the Ostrava City Council had paid for it.',
    'Acme Holdings Inc opened an office in Ostrava. Lena Marsh of Acme Holdings Inc said the Ostrava City Council had helped.',
  ];
  const articles: Article[] = texts.map((text, i) => ({
    id: `a${i}`,
    source: `a${i}.md`,
    format: 'txt',
    title: `A${i}`,
    text,
    prose: text,
    bodyLine: 1,
    date: `2024-01-0${i + 1}`,
  }));
  const extractions = articles.map((a) => extractSafely(a.prose, a.source, null).extraction);

  it('gives the same knowledge base and site data, with the bodies, mentions, sentences and local graphs on disk', async () => {
    const tmp = await mkdtemp(path.join(tmpdir(), 'dossier-spill-test-'));
    temps.push(tmp);
    const kept = runPipeline(articles, { extractions });
    const spill = createSpill({ tmpDir: tmp });
    try {
      const spilled = runPipeline(articles, { extractions, spill: spill.field });
      // every field moved as it was made: nothing was read back or left in memory
      expect(spill.bytes).toBeGreaterThan(0);
      for (const field of ['mentions', 'contexts'])
        for (const entity of spilled.site.entities)
          expect(Object.getOwnPropertyDescriptor(entity, field)?.get, field).toBeTypeOf('function');
      expect(spilled.site.entities.some((e) => Object.getOwnPropertyDescriptor(e, 'localGraph')?.get)).toBe(true);
      for (const article of spilled.site.articles)
        expect(Object.getOwnPropertyDescriptor(article, 'html')?.get).toBeTypeOf('function');
      // kb.json's entity shares the site entity's field: the mentions are read back only when kb.json is written
      expect(Object.getOwnPropertyDescriptor(spilled.kb.entities[0]!, 'mentions')?.get).toBeTypeOf('function');
      // read back (before and after the file is written in full), they are what a pipeline without a spill gives
      expect(JSON.stringify(spilled.kb)).toBe(JSON.stringify(kept.kb));
      expect(JSON.stringify(spilled.site)).toBe(JSON.stringify(kept.site));
      expect(spilled.site.mentionPages).toEqual(kept.site.mentionPages);
    } finally {
      await spill.release();
    }
  });
});
