import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { splitLists } from '../../../../scripts/extract/rules/splitLists.ts';

/** Clusters of every occurrence of each given name (one cluster per group of forms), split; their forms back. */
const split = (text: string, names: string[][], place = false): string[][] => {
  const ctx = analyseDocument(text);
  const clusters = names.map((forms) => {
    const occurrences = forms.flatMap((form) => {
      const out = [];
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        const first = ctx.tokens.findIndex((t) => t.start === at);
        const last = ctx.tokens.findIndex((t) => t.end === at + form.length);
        if (first < 0 || last < 0) continue;
        out.push({ first, last, start: at, end: at + form.length, text: form });
      }
      return out;
    });
    const counts = new Map<string, number>();
    for (const o of occurrences) counts.set(o.text, (counts.get(o.text) ?? 0) + 1);
    return { forms: counts, occurrences, ...(place && forms.some((f) => f.includes(' and ')) ? { place: {} } : {}) };
  });
  // a form inside a longer one's span is not a mention of its own: the longer one is ("Quarvex" in "Quarvex Pro")
  const all = clusters.flatMap((c) => c.occurrences);
  for (const c of clusters) {
    c.occurrences = c.occurrences.filter(
      (o) => !all.some((l) => l !== o && o.start >= l.start && o.end <= l.end && l.end - l.start > o.end - o.start),
    );
    c.forms = new Map();
    for (const o of c.occurrences) c.forms.set(o.text, (c.forms.get(o.text) ?? 0) + 1);
  }
  return splitLists(
    ctx,
    clusters.filter((c) => c.occurrences.length > 0),
  ).map((c) => c.occurrences.map((o) => o.text));
};

describe('splitLists', () => {
  it.each([
    [
      'a product line and its brand',
      'Quarvex sells coins. Quarvex Pro is for traders. Accounts on Quarvex and Quarvex Pro are linked.',
      [['Quarvex'], ['Quarvex Pro'], ['Quarvex and Quarvex Pro']],
      [
        ['Quarvex', 'Quarvex'],
        ['Quarvex Pro', 'Quarvex Pro'],
      ],
    ],
    [
      'two groups with "&"',
      'The Zelmites met the Brantors. Zelmites & Brantors fans cheered. The Brantors won.',
      [['Zelmites'], ['Brantors'], ['Zelmites & Brantors']],
      [
        ['Zelmites', 'Zelmites'],
        ['Brantors', 'Brantors', 'Brantors'],
      ],
    ],
    [
      'a comparison with "vs."',
      'Quarvex is simple. Quarvex Pro is cheaper. Quarvex vs. Quarvex Pro: which to pick?',
      [['Quarvex'], ['Quarvex Pro'], ['Quarvex vs. Quarvex Pro']],
      [
        ['Quarvex', 'Quarvex'],
        ['Quarvex Pro', 'Quarvex Pro'],
      ],
    ],
    [
      'two names side by side in a table header',
      'Quarvex Quarvex Pro\nFees low. Quarvex is simple; Quarvex Pro is cheaper.',
      [['Quarvex'], ['Quarvex Pro'], ['Quarvex Quarvex Pro']],
      [
        ['Quarvex', 'Quarvex'],
        ['Quarvex Pro', 'Quarvex Pro'],
      ],
    ],
  ])('splits %s', (_label, text, names, expected) => {
    expect(split(text, names)).toEqual(expected);
  });

  it.each([
    [
      'a firm named after two people, neither written alone',
      'Harlow and Penwick Ltd opened in 1901. Harlow and Penwick Ltd still trades.',
      [['Harlow and Penwick Ltd']],
    ],
    [
      'a list whose second half the document never writes alone',
      'Dravia signed with Dravia and Kostel. Dravia was pleased.',
      [['Dravia'], ['Dravia and Kostel']],
    ],
    [
      'a name with "And" in title case',
      'Harlow And Penwick opened. Harlow sells hats; Penwick sells gloves. Harlow And Penwick grew.',
      [['Harlow'], ['Penwick'], ['Harlow And Penwick']],
    ],
    ['a list of the same name twice', 'Vornik & Vornik won. Vornik said so.', [['Vornik'], ['Vornik & Vornik']]],
  ])('keeps %s whole', (_label, text, names) => {
    expect(split(text, names).map((c) => c.length)).toEqual(names.map(() => expect.any(Number)));
    expect(split(text, names).flat()).toContain(names[names.length - 1]![0]);
  });

  it('keeps a place the gazetteer knows whole', () => {
    const text = 'Velland and Ostra is an island state. Velland is the larger island; Ostra is small.';
    expect(split(text, [['Velland'], ['Ostra'], ['Velland and Ostra']], true).flat()).toContain('Velland and Ostra');
  });
});
