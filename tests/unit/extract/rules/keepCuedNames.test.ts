import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { cuedType } from '../../../../scripts/extract/rules/keepCuedNames.ts';
import { extractEntities } from '../../../../scripts/extract/extractEntities.ts';
import { loadTagger } from '../../../../scripts/context.ts';

/** The type a context gives a one-cluster document's every occurrence of `name` (undefined: no cue). */
function cued(text: string, name: string, place?: unknown): string | undefined {
  const ctx = analyseDocument(text);
  const occurrences = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const first = ctx.tokens.findIndex((t) => t.start === at);
    const last = ctx.tokens.findIndex((t) => t.end === at + name.length);
    occurrences.push({ first, last, text: name });
  }
  return cuedType(ctx, { type: 'person', place, occurrences });
}

describe('a credit, an employer or a kind before a name makes it a group’s', () => {
  it.each<[string, string, string, string | undefined]>([
    [
      'a credited work "from" X',
      'Hang it with this DIY holder from Quillo With Us. Buy one.',
      'Quillo With Us',
      'group',
    ],
    ['a photo from X', 'The walls look tall in this photo from Brindle Nest.', 'Brindle Nest', 'group'],
    ['"See how X made"', 'See how Vorn Home made these bags to hang.', 'Vorn Home', 'group'],
    [
      'originally published on X',
      'This article was originally published on Dalo Weekly and is shared here.',
      'Dalo Weekly',
      'group',
    ],
    [
      'a spokesperson for X',
      'It grows fast, says Jan Roe, a spokesperson for Harwick Gardens.',
      'Harwick Gardens',
      'group',
    ],
    ['"Editor for X"', 'Bullpen Editor for Telvik Sports and a fan.', 'Telvik Sports', 'group'],
    ['founded The X', 'Jane Roe founded The Quillo Brat and writes for it.', 'Quillo Brat', 'group'],
    ['groups like X', 'The resistance groups like Narvaly can’t agree.', 'Narvaly', 'group'],
    [
      'the second of "movements, like A and X"',
      'Protest movements, like Penra Now and Ismet Rising, objected.',
      'Ismet Rising',
      'group',
    ],
    ['a line label before X', 'Developer Brindle Playworks\n\nPublisher Quillobox', 'Brindle Playworks', 'group'],
    ['a syndicated story’s credit', 'QUILLO via VNA — The state swore in its judge.', 'QUILLO', 'group'],
    ['"the X group of companies"', 'Loans went to firms of the Varnok group of companies.', 'Varnok', 'group'],
    // no cue
    ['"via" inside a line', 'Codes are sent via Quillo Relay each day.', 'Quillo Relay', undefined],
    ['"from" a place', 'She flew in from Quillby Heights on Monday.', 'Quillby Heights', undefined],
    ['"from" with no credited work', 'A letter from Jane Roe arrived.', 'Jane Roe', undefined],
    ['"See how" with no verb after it', 'See how Vorn Home is built.', 'Vorn Home', undefined],
    ['a person’s trade before "for"', 'A lawyer for Jan Roe spoke.', 'Jan Roe', undefined],
    ['"like" after no kind', 'People like Jan Roe agree.', 'Jan Roe', undefined],
  ])('%s', (_label, text, name, type) => {
    expect(cued(text, name)).toBe(type);
  });

  it('leaves a place the gazetteer knows alone', () => {
    expect(cued('A spokesperson for Harwick Gardens spoke.', 'Harwick Gardens', { kind: 'city' })).toBeUndefined();
  });
});

describe('with the tagger: a cued name it missed is kept, as a group', () => {
  const model = loadTagger().model;
  it.each<[string, string]>([
    [
      'Hang the bows on the wall with this simple DIY headband holder from Quillo With This. Make your own.',
      'Quillo With This',
    ],
    [
      '“Wait until spring,” says Jan Roe, a spokesperson for Lasting Winter Peonies. “They need sun.”',
      'Lasting Winter Peonies',
    ],
  ])('%s', (text, name) => {
    const found = extractEntities(text, { model }).entities.find((e) => e.name === name);
    expect(found?.type).toBe('group');
    const off = extractEntities(text, { model, cued: { enabled: false } }).entities.find((e) => e.name === name);
    expect(off?.type).not.toBe('group');
  });
});
