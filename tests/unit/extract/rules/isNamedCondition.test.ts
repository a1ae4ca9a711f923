import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { isNamedCondition } from '../../../../scripts/extract/rules/isNamedCondition.ts';

/** Every whole-word occurrence of `name` in `text`, as the layers' occurrences. */
const clusterOf = (text: string, name: string) => {
  const ctx = analyseDocument(text);
  const occurrences: { first: number; last: number }[] = [];
  ctx.tokens.forEach((t, first) => {
    if (!text.startsWith(name, t.start)) return;
    const last = ctx.tokens.findIndex((u) => u.end === t.start + name.length);
    if (last >= first) occurrences.push({ first, last });
  });
  expect(occurrences.length).toBeGreaterThan(0);
  return { ctx, cluster: { occurrences } };
};

describe('isNamedCondition: a name only ever before the noun of a condition', () => {
  it.each<[string, string, string, boolean]>([
    ['a disease named after a town', 'She got Quillton disease. Quillton disease is rare.', 'Quillton', true],
    ['a syndrome named after a doctor', 'It causes Stevens–Vask syndrome in some.', 'Vask', true],
    ['a virus', 'The Zorb virus spread.', 'Zorb', true],
    ['the place named on its own too', 'She got Quillton disease while living in Quillton.', 'Quillton', false],
    ['a capitalised noun after it', 'Quillton Disease Center opened.', 'Quillton', false],
    ['no condition', 'Quillton council met.', 'Quillton', false],
  ])('%s', (_label, text, name, expected) => {
    const { ctx, cluster } = clusterOf(text, name);
    expect(isNamedCondition(ctx, cluster)).toBe(expected);
  });
});
