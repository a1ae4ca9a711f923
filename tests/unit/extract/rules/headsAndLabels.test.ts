import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import type { EntityType } from '../../../../scripts/core/types/common.ts';
import { dropBareHeads } from '../../../../scripts/extract/rules/dropBareHeads.ts';
import { dropSubstances } from '../../../../scripts/extract/rules/dropSubstances.ts';
import { trimOfficeTitles } from '../../../../scripts/extract/rules/trimOfficeTitles.ts';
import { dropMemberLabels } from '../../../../scripts/extract/rules/dropMemberLabels.ts';
import { retypePlaceSurnames } from '../../../../scripts/extract/rules/retypePlaceSurnames.ts';
import { splitPartyPairs } from '../../../../scripts/extract/rules/splitPartyPairs.ts';
import { typeByHeads } from '../../../../scripts/extract/rules/typeByHeads.ts';

interface Spec {
  forms: string[];
  type: EntityType;
  place?: boolean;
}

/** One cluster per spec, with every whole-token occurrence of its forms in the text (longer forms first). */
function clustersOf(text: string, specs: Spec[]) {
  const ctx = analyseDocument(text);
  const taken: [number, number][] = [];
  const clusters = specs.map((s) => ({ ...s, forms: [...s.forms].sort((a, b) => b.length - a.length) }));
  const out = clusters.map(({ forms, type, place }) => {
    const occurrences = forms.flatMap((form) => {
      const found = [];
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const first = ctx.tokens.findIndex((t) => t.start === at);
        const last = ctx.tokens.findIndex((t) => t.end === at + form.length);
        if (first < 0 || last < 0 || taken.some(([a, b]) => at < b && a < at + form.length)) continue;
        taken.push([at, at + form.length]);
        found.push({ first, last, start: at, end: at + form.length, text: form });
      }
      return found;
    });
    const counts = new Map<string, number>();
    for (const o of occurrences) counts.set(o.text, (counts.get(o.text) ?? 0) + 1);
    return {
      name: forms[0]!,
      type,
      roles: [] as string[],
      forms: counts,
      occurrences,
      ...(place ? { place: { kind: 'city' } } : {}),
    };
  });
  return { ctx, clusters: out.filter((c) => c.occurrences.length > 0) };
}

const summary = (clusters: { type: string; forms: Map<string, number> }[]) =>
  clusters.map((c) => `${[...c.forms.keys()].sort().join('|')}/${c.type}`).sort();

describe('splitPartyPairs', () => {
  it.each([
    [
      'Only two parties, the Royalists and Loyalists, cleared the bar.',
      ['Royalists and Loyalists'],
      ['Loyalists/group', 'Royalists/group'],
    ],
    [
      'The Nationalists or Loyalists may win.',
      ['Nationalists or Loyalists'],
      ['Loyalists/group', 'Nationalists/group'],
    ],
    // demonyms stay a pair of no one's (MISC), not groups
    ['Zorblatians and Canadians met.', ['Zorblatians and Canadians'], ['Zorblatians and Canadians/group']],
    // no plurals of members: one name
    ['Marrow and Quill sold the firm.', ['Marrow and Quill'], ['Marrow and Quill/group']],
  ])('%s', (text, forms, expected) => {
    const { ctx, clusters } = clustersOf(text, [{ forms, type: 'group' }]);
    expect(summary(splitPartyPairs(ctx, clusters))).toEqual(expected);
  });

  it('joins a half to the cluster that already bears it', () => {
    const text = 'The Royalists and Loyalists gained. The Royalists said so.';
    const { ctx, clusters } = clustersOf(text, [
      { forms: ['Royalists and Loyalists'], type: 'group' },
      { forms: ['Royalists'], type: 'group' },
    ]);
    expect(summary(splitPartyPairs(ctx, clusters))).toEqual(['Loyalists/group', 'Royalists/group']);
    expect(clusters.find((c) => c.forms.has('Royalists'))!.occurrences).toHaveLength(2);
  });
});

describe('dropMemberLabels', () => {
  it.each([
    ['She is joined by two other Republicans, Jane Quorn and Pat Vell.', []],
    ['Several Democrats voted no.', ['Democrats/group']], // capitalised at the start: not a counter
    ['Most of them agreed, and 12 Democrats voted no.', []],
    ['The Democrats won control of the chamber.', ['Democrats/group']],
  ])('%s', (text, expected) => {
    const form = text.includes('Republicans') ? 'Republicans' : 'Democrats';
    const { ctx, clusters } = clustersOf(text, [{ forms: [form], type: 'group' }]);
    expect(summary(dropMemberLabels(ctx, clusters))).toEqual(expected);
  });
});

describe('dropBareHeads', () => {
  it.each([
    // a head noun at a sentence start before a lower-case word, written in lower case elsewhere
    ['The exhibit drew crowds. University exhibits reach out to students at the university.', 'University', []],
    ['Turnout was low. Election officials said the election was fair.', 'Election', []],
    // the body's short form mid-sentence keeps it
    [
      'The Quorn University opened. University staff met. A spokesman for the University said the university grew.',
      'University',
      ['University/group'],
    ],
    // a place name's first word alone is a cut name
    ['The New Eslin-based group spoke.', 'New', []],
    // cut from the capitalised word that starts its sentence: the word comes back
    ['"We will win." Defence Department officials described the review.', 'Department', ['Defence Department/group']],
  ])('%s', (text, form, expected) => {
    const { ctx, clusters } = clustersOf(text, [{ forms: [form], type: 'group' }]);
    expect(summary(dropBareHeads(ctx, clusters))).toEqual(expected);
  });
});

describe('typeByHeads', () => {
  it.each([
    ['Quornby magazine released its list. Quornby said so.', ['Quornby'], 'person', 'group'],
    ['The station Eslin FM was closed.', ['Eslin FM'], 'place', 'group'],
    ['Members of the Marrow Org live a strict life.', ['Marrow Org'], 'place', 'group'],
    [
      'Donated by the Jane Quorn Photographic Legacy Program.',
      ['Jane Quorn Photographic Legacy Program'],
      'person',
      'group',
    ],
    ['The exhibit at Vellby Galleries opens.', ['Vellby Galleries'], 'person', 'group'],
    ['Under the Quorn administration, taxes rose.', ['Quorn'], 'group', 'person'],
    ['Lawmakers ousted Vardo Quellin, head of the gas company.', ['Vardo Quellin'], 'place', 'person'],
    ['They ousted the head of the state gas company, Eslo Gazprov.', ['Eslo Gazprov'], 'person', 'group'],
    // a body's noun that is no apposition's head stays out of it
    ['The company, Eslo Gazprov said, grew.', ['Eslo Gazprov'], 'person', 'person'],
    // a given name and a body's head: a person named so ("Jane Foundation") stays
    ['Jane Foundation said she would run.', ['Jane Foundation'], 'person', 'person'],
    // a place with a medium's noun after it stays a place
    ['Eslin television showed the match.', ['Eslin'], 'place', 'place'],
  ] as const)('%s', (text, forms, type, expected) => {
    const { ctx, clusters } = clustersOf(text, [{ forms: [...forms], type, place: text.startsWith('Eslin tele') }]);
    expect(typeByHeads(ctx, clusters)[0]!.type).toBe(expected);
  });
});

describe('retypePlaceSurnames', () => {
  it.each([
    // the full name and the place's name alone with a person's cue: the person's
    ['Velma Lisbon, an Australian woman, spoke. Lisbon claims she was kept aboard.', 'person'],
    ["Velma Lisbon left. Lisbon's mother stayed.", 'person'],
    // no person's cue: nothing changes
    ['Velma Lisbon left. Lisbon is a city.', 'place'],
    // a compass word or a place prefix before the place: a place
    ['East Lisbon grew. Lisbon said no.', 'place'],
  ])('%s', (text, expected) => {
    const first = text.split(/\s/).slice(0, 2).join(' ').replace(/[,.]$/, '');
    const { ctx, clusters } = clustersOf(text, [
      { forms: [first], type: 'place' },
      { forms: ['Lisbon'], type: 'place', place: true },
    ]);
    const out = retypePlaceSurnames(ctx, clusters);
    expect(out.map((c) => c.type)).toEqual([expected, expected]);
  });
});

describe('dropSubstances', () => {
  it.each([
    ['He was poisoned with QXDD, the most harmful type of dioxin.', ['QXDD'], 'group', []],
    ['It was a contaminant in Agent Quorn, the substance that harmed many.', ['Agent Quorn'], 'place', []],
    ['Farmers sprayed Vellex, a herbicide used on weeds.', ['Vellex'], 'group', []],
    // a person's or a body's apposition keeps the name
    ['Jane Quorn, the drug czar, spoke.', ['Jane Quorn'], 'person', ['Jane Quorn/person']],
    ['Vellex, a type of bank, grew.', ['Vellex'], 'group', []],
    ['Vellex, the maker of the drug, grew.', ['Vellex'], 'group', ['Vellex/group']],
  ] as const)('%s', (text, forms, type, expected) => {
    const { ctx, clusters } = clustersOf(text, [{ forms: [...forms], type }]);
    expect(summary(dropSubstances(ctx, clusters))).toEqual(expected);
  });

  it.each([
    ['Marrov officials blamed the guards. Marrov President Jane Quorn spoke. Marrovia is small.', []],
    // alone, it may be a name
    ['Marrov said no. Marrovia is small.', ['Marrov/group']],
    // no such place in the document
    ['Marrov officials blamed the guards.', ['Marrov/group']],
  ])('%s', (text, expected) => {
    const { ctx, clusters } = clustersOf(text, [
      { forms: ['Marrovia'], type: 'place' },
      { forms: ['Marrov'], type: 'group' },
    ]);
    expect(summary(dropSubstances(ctx, clusters)).filter((s) => !s.startsWith('Marrovia'))).toEqual(expected);
  });
});

describe('trimOfficeTitles', () => {
  it.each([
    ["A detective for the Eslin Sheriff's office spoke.", ['Eslin Sheriff'], ['Eslin/place']],
    ["A Quorn County Coroner's spokesman spoke.", ['Quorn County Coroner'], ['Quorn County/place']],
    ["He plied the Sheriff's detective with tales.", ['Sheriff'], []],
    // a title not followed by the possessive: nothing changes
    ['Eslin Sheriff Jane Quorn spoke.', ['Eslin Sheriff'], ['Eslin Sheriff/group']],
  ])('%s', (text, forms, expected) => {
    const { ctx, clusters } = clustersOf(text, [{ forms, type: 'group' }]);
    expect(summary(trimOfficeTitles(ctx, clusters))).toEqual(expected);
  });
});
