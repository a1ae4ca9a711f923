import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { splitEditions } from '../../../../scripts/extract/rules/splitEditions.ts';

/** One cluster holding every occurrence of the forms in the text; the clusters after splitEditions, as their forms. */
function split(text: string, forms: string[]): string[][] {
  const ctx = analyseDocument(text);
  const occurrences: { start: number; end: number; text: string }[] = [];
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  for (const f of sorted)
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1))
      if (!occurrences.some((o) => o.start < at + f.length && at < o.end))
        occurrences.push({ start: at, end: at + f.length, text: f });
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.text, (counts.get(o.text) ?? 0) + 1);
  const cluster = { forms: counts, occurrences, roles: [] as string[] };
  return splitEditions(ctx, [cluster]).map((c) => [...c.forms.keys()].sort());
}

describe('a long name the text sets apart from its short form is an entity of its own', () => {
  it.each<[string, string[], string[][]]>([
    [
      'Quillo vs. Quillo Pro: fees. Quillo is for beginners; Quillo Pro is for traders.',
      ['Quillo', 'Quillo Pro'],
      [['Quillo'], ['Quillo Pro']],
    ],
    [
      'Both Brantex and Brantex Wallet use one login. Brantex Wallet is an app.',
      ['Brantex', 'Brantex Wallet'],
      [['Brantex'], ['Brantex Wallet']],
    ],
    ['Brantex Plus or Brantex: which is cheaper?', ['Brantex', 'Brantex Plus'], [['Brantex'], ['Brantex Plus']]],
  ])('%s', (text, forms, clusters) => {
    expect(split(text, forms)).toEqual(clusters);
  });
});

describe('a short form stays with its long name', () => {
  it.each<[string, string[]]>([
    // a short form, never set apart
    ['Brantex Holdings said its profit rose. Brantex expects more.', ['Brantex', 'Brantex Holdings']],
    // set apart from something else
    ['Jana Roe and Karel met. Roe and Karel left.', ['Roe', 'Jana Roe']],
  ])('%s', (text, forms) => {
    expect(split(text, forms)).toHaveLength(1);
  });
});
