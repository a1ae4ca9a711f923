import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import type { EntityType } from '../../../../scripts/core/types/common.ts';
import { inQuote, relativeByAge } from '../../../../scripts/extract/rules/kinReadings.ts';
import { trimGovernment } from '../../../../scripts/extract/rules/trimGovernment.ts';

/** One cluster of a name's every whole-token occurrence in the text. */
function clusterOf(text: string, form: string, type: EntityType) {
  const ctx = analyseDocument(text);
  const occurrences = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const first = ctx.tokens.findIndex((t) => t.start === at);
    const last = ctx.tokens.findIndex((t) => t.end === at + form.length);
    if (first >= 0 && last >= 0) occurrences.push({ first, last, start: at, end: at + form.length, text: form });
  }
  return { ctx, clusters: [{ name: form, type, forms: new Map([[form, occurrences.length]]), occurrences }] };
}

describe('trimGovernment', () => {
  it.each<[string, string, string[]]>([
    ['Talks with the Norway Government stalled.', 'Norway Government', ['Norway/place']],
    // a demonym's government is no name (the annotation guidelines: MISC)
    ['Talks with the Norwegian Government stalled.', 'Norwegian Government', []],
    // a body that is not a place's government keeps its name
    ['Talks with the Vellan Government stalled.', 'Vellan Government', ['Vellan Government/group']],
    ['The Norway Council met.', 'Norway Council', ['Norway Council/group']],
  ])('%s', (text, form, expected) => {
    const { ctx, clusters } = clusterOf(text, form, 'group');
    expect(trimGovernment(ctx, clusters).map((c) => `${[...c.forms.keys()].join('|')}/${c.type}`)).toEqual(expected);
  });
});

describe('relativeByAge: "the younger X" and "the elder X"', () => {
  const text =
    'Jo Quorn retired, and his son, Al Quorn, ran. The younger Quorn won. The elder Quorn smiled. Quorn left.';
  const ctx = analyseDocument(text);
  const tokenAt = (s: string, from = 0) => ctx.tokens.findIndex((t) => t.start === text.indexOf(s, from));
  const relatives = [tokenAt('Jo Quorn'), tokenAt('Al Quorn')];
  it.each<[string, number, number | undefined]>([
    ['younger: the one introduced as the child', text.indexOf('Quorn won'), 1],
    ['elder: the other', text.indexOf('Quorn smiled'), 0],
    ['no cue: nothing said', text.indexOf('Quorn left'), undefined],
  ])('%s', (_, at, expected) => {
    expect(relativeByAge(ctx, [ctx.tokens.findIndex((t) => t.start === at)], relatives)).toBe(expected);
  });
});

describe('inQuote', () => {
  it.each<[string, string, boolean]>([
    ['“Al is held in high esteem,” said Jo.', 'Al', true],
    ['"Al is held in high esteem," said Jo.', 'Al', true],
    ['“We agree,” Al said.', 'Al', false],
    ['Al is held in high esteem.', 'Al', false],
  ])('%s', (text, word, expected) => {
    expect(inQuote(text, text.indexOf(word))).toBe(expected);
  });
});
