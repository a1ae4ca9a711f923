import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/site.ts';

/** Products, events, laws and awards (MISC to the tagger) are no entities of ours: they stay in the text, unlinked. */
const MISC = [
  'World Cup',
  'Olympic Games',
  'iPhone 15',
  'Affordable Care Act',
  'Nobel Peace Prize',
  'Eurovision Song Contest',
];

const PARAGRAPHS = [
  'Ama Osei, the mayor of Lunford, said on Monday that the city would bid to host the World Cup and the Olympic Games.',
  'Ama Osei showed the plan on an iPhone 15 at a meeting of the Korvia Harbour Authority.',
  'The Affordable Care Act, she said, was a model; the Nobel Peace Prize and the Eurovision Song Contest were not.',
];

describe('an article with products and events', () => {
  let content: string;
  let site: BuiltSite;

  beforeAll(async () => {
    content = await mkdtemp(path.join(tmpdir(), 'dossier-misc-'));
    await mkdir(path.join(content, 'articles'), { recursive: true });
    const front = '---\ntitle: Lunford bids for the World Cup\ndate: 2021-03-04\n---\n';
    await writeFile(path.join(content, 'articles', 'bid.md'), `${front}${PARAGRAPHS.join('\n\n')}\n`);
    site = await buildSite(content, {}, false);
  }, 180_000);
  afterAll(async () => {
    await site?.cleanup();
    await rm(content, { recursive: true, force: true });
  });

  it('shows the whole text, with no hole where a MISC name was', async () => {
    const body = (await site.html('/articles/bid/')).querySelector('.body')!;
    const paragraphs = body.querySelectorAll('[id^="p-"]').map((p) => p.textContent.replace(/\s+/g, ' ').trim());
    expect(paragraphs).toEqual(PARAGRAPHS);
  });

  it('leaves every MISC name plain text: not a link, not an entity', async () => {
    const body = (await site.html('/articles/bid/')).querySelector('.body')!;
    const linked = body.querySelectorAll('a').map((a) => a.textContent);
    expect(linked).toContain('Ama Osei');
    for (const name of MISC) {
      expect(
        linked.some((text) => text.includes(name) || name.includes(text)),
        name,
      ).toBe(false);
      expect(body.textContent).toContain(name);
    }
    const names = site.kb.entities.map((e) => e.name);
    for (const name of MISC) expect(names, name).not.toContain(name);
  });
});
