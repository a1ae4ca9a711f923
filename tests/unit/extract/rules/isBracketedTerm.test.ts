import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { isBracketedTerm, termHead } from '../../../../scripts/extract/rules/isBracketedTerm.ts';

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

describe('isBracketedTerm: a term with a common noun for its head, or its other name in brackets', () => {
  it.each<[string, string, string[], boolean]>([
    [
      "a term's other name",
      'The Summoning Charm (Quillio) brings things closer. The charm is taught early.',
      ['Quillio'],
      true,
    ],
    [
      "the other name, after the term's footnote mark",
      'The Mending Spell[2] (Zorbo Vask) mends things. The spell was taught in the first year.',
      ['Zorbo Vask'],
      true,
    ],
    [
      'a term whose head comes before "with"',
      'Drug Rash with Eosinophilia and Systemic Symptoms (QRSS) is rare. A rash comes first.',
      ['QRSS'],
      true,
    ],
    [
      'a term of words joined by "and"',
      'Grab and Pull Charm (Vask Retractum) pulls things. Such a charm is easy.',
      ['Vask Retractum'],
      true,
    ],
    [
      'the term itself, before its other name',
      'Lookups follow the Method Resolution Order (MRO). The order is fixed by the class.',
      ['Method Resolution Order'],
      true,
    ],
    [
      "the head is a body's",
      'The Quillmark Heritage Foundation (QHF) gave grants. Every foundation must report.',
      ['QHF'],
      false,
    ],
    [
      "the head is a person's noun",
      'The Chief Medical Officer (Zorb Vaskel) wrote. A medical officer told the press.',
      ['Zorb Vaskel'],
      false,
    ],
    [
      'the page never writes the head in lower case',
      'The Knockback Jinx (Zorblendo) throws things back.',
      ['Zorblendo'],
      false,
    ],
    ['the name speaks', 'The Summoning Charm (Quillio) is a charm. Quillio said it would come.', ['Quillio'], false],
    ['a given name in brackets', 'The Summoning Charm (Mary Vask) is a charm of the north.', ['Mary Vask'], false],
    [
      "the term's last word is a body's head",
      'Shares on the Quill Stock Exchange (QSE) rose. Their shares gained.',
      ['QSE'],
      false,
    ],
    ['a panel is a body', 'The Varn Panel on Quill Change (VPQC) met. The panel agreed.', ['VPQC'], false],
    ['one capitalised word is no term', 'Charm (Quillio) is a charm.', ['Quillio'], false],
  ])('%s', (_label, text, names, expected) => {
    const { ctx, cluster } = clusterOf(text, names);
    expect(isBracketedTerm(ctx, cluster)).toBe(expected);
  });

  it.each<[string, string]>([
    ['Water-Making Spell', 'spell'],
    ['Drug Rash with Eosinophilia and Systemic Symptoms', 'rash'],
    ['Seize and Pull Charm', 'charm'],
    ['Gold Standard of Bus Rapid Transit', 'standard'],
  ])('the head of %s is %s', (term, head) => {
    expect(termHead(term)).toBe(head);
  });
});
