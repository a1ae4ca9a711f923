import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { isFigureLabel } from '../../../../scripts/extract/rules/isFigureLabel.ts';

/** A cluster of every whole-word occurrence of each of `names` in `text`. */
const clusterOf = (text: string, names: string[]) => {
  const ctx = analyseDocument(text);
  const occurrences: { first: number; last: number; start: number; end: number; text: string }[] = [];
  for (const name of names)
    ctx.tokens.forEach((t, first) => {
      if (!text.startsWith(name, t.start)) return;
      const last = ctx.tokens.findIndex((u) => u.end === t.start + name.length);
      if (last >= first) occurrences.push({ first, last, start: t.start, end: t.start + name.length, text: name });
    });
  expect(occurrences.length).toBeGreaterThan(0);
  const forms = new Map<string, number>();
  for (const o of occurrences) forms.set(o.text, (forms.get(o.text) ?? 0) + 1);
  return { ctx, cluster: { forms, occurrences } };
};

const PANEL = ['Amount per serving', 'Calories 310', 'Fat 12g 18%', 'Sodium 40mg 2%', 'Protein 5g'].join('\n');

describe('isFigureLabel: the label of a figure on a short line', () => {
  it.each<[string, string, string[], boolean]>([
    ['a label at the start of its line', PANEL, ['Fat'], true],
    ['a label of a bare number', PANEL, ['Calories'], true],
    [
      'a label after a percent sign',
      `${PANEL}\n% Daily Value*\nPercent Daily Values are based on it.`,
      ['Daily', 'Daily Values'],
      true,
    ],
    ['a label in a sentence', 'The Fat of the land was 12 tonnes that year, said the farmer.', ['Fat'], false],
    ['a line that ends a sentence', 'Fat gained 12 points.', ['Fat'], false],
    ['a line of no figure', 'Fat\nProtein\nSodium', ['Fat'], false],
    ['a club on a results line', 'Rangers 2\nQuillton 1', ['Rangers'], false],
    ['a given name first', 'Rose Hill 12\nAnn Vask 10', ['Rose Hill'], false],
    ['a name of no common word', 'Zorblat 12g 18%', ['Zorblat'], false],
    ['a party on a results line', 'Conservative 365\nQuill 202', ['Conservative'], false],
  ])('%s', (_label, text, names, expected) => {
    const { ctx, cluster } = clusterOf(text, names);
    expect(isFigureLabel(ctx, cluster)).toBe(expected);
  });
});
