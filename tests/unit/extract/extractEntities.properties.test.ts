import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../scripts/extract/index.ts';
import type { Extraction } from '../../../scripts/core/types/extraction.ts';
import { shipped } from '../../helpers/model.ts';

function check(text: string, result: Extraction): void {
  const all = result.entities.flatMap((e) => e.mentions);
  for (const m of all) expect(text.slice(m.start, m.end)).toBe(m.text);
  const sorted = [...all].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
  for (const e of result.entities) {
    for (let i = 1; i < e.mentions.length; i++) expect(e.mentions[i]!.start).toBeGreaterThan(e.mentions[i - 1]!.start);
  }
}

const namey = fc.constantFrom(
  'Barack Obama',
  'U.S.',
  'ISIS',
  'Mosul',
  'the',
  ' ',
  '\n',
  '’s',
  '-',
  'Al-Hashd',
  '(',
  ')',
  ',',
  '.',
  'PARIS',
  '1996-08-30',
  'Dr.',
  'مرحبا',
  '👋',
  '<b>',
  '\u0000',
);

describe('extraction properties', () => {
  it('never throws; mentions slice back to their text and never overlap', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.array(namey, { maxLength: 60 }).map((a) => a.join(' ')),
        ),
        (text) => {
          check(text, extractEntities(text, { model: shipped }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['empty', ''],
    ['HTML', '<html><body><p>President <b>Barack Obama</b> visited <a href="x">Paris</a>.</p></body></html>'],
    ['emoji', '🔥🔥 Barack Obama 🔥 met 👋 Angela Merkel in Berlin 🇩🇪'],
    ['RTL script', 'قال باراك أوباما في باريس إن Barack Obama زار Paris'],
    ['binary junk', String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536))],
  ])('handles %s', (_label, text) => {
    check(text, extractEntities(text, { model: shipped }));
  });

  it('extracts a 1 MB article in full (its speed is measured by npm run bench:linear, not here)', () => {
    const para =
      'President Barack Obama met Recep Tayyip Erdogan in Ankara , Turkey . The ISIS (also known as ISIL) fighters left Mosul .\n';
    const big = para.repeat(Math.ceil(1_000_000 / para.length));
    const result = extractEntities(big, { model: shipped });
    check(big, result);
    expect(result.entities.find((e) => e.name === 'Mosul')!.mentions.length).toBe(Math.ceil(1_000_000 / para.length));
  }, 120_000);
});
