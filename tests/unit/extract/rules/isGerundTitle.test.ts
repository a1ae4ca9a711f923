import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { headingLines } from '../../../../scripts/extract/rules/isHeadingWords.ts';
import { isGerundTitle } from '../../../../scripts/extract/rules/isGerundTitle.ts';

/** A cluster of every occurrence of `name` in `text`. */
const clusterOf = (text: string, name: string, type: string) => {
  const ctx = analyseDocument(text);
  const words = name.split(' ').length;
  const occurrences = ctx.tokens.flatMap((t, first) =>
    text.startsWith(name, t.start) && ctx.tokens[first + words - 1]?.end === t.start + name.length
      ? [{ first, last: first + words - 1 }]
      : [],
  );
  expect(occurrences.length).toBeGreaterThan(0);
  return { ctx, cluster: { type, forms: new Map([[name, occurrences.length]]), occurrences } };
};

const HOWTO = 'Time to make some keys.\n\nGenerating Keys\n\nFirst copy the files made in the Generating Keys section.';

describe('isGerundTitle: a heading or a title that starts with a verb’s -ing form', () => {
  it.each<[string, string, string, string, boolean]>([
    ['a heading, then its section', HOWTO, 'Generating Keys', 'place', true],
    ['a quoted title', 'We used a test called “Reading the Mind in the Eyes” here.', 'Reading the Mind', 'place', true],
    ['a doubled consonant', 'See the Running Vorn Servers guide.', 'Running Vorn Servers', 'group', true],
    ['once in running text', 'She joined Building Quills last year.', 'Building Quills', 'group', false],
    ['a person', 'See the Browning Quill section.', 'Browning Quill', 'person', false],
    ['a body’s head word last', 'See the Housing Authority page.', 'Housing Authority', 'group', false],
    ['a club named after a known town', '“Sporting Lisbon” won.', 'Sporting Lisbon', 'group', false],
    ['no verb’s -ing form first', 'See the Beijing Quill Works page.', 'Beijing Quill Works', 'group', false],
  ])('%s', (_label, text, name, type, expected) => {
    const { ctx, cluster } = clusterOf(text, name, type);
    expect(isGerundTitle(ctx, cluster, headingLines(ctx))).toBe(expected);
  });
});
