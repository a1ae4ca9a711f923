import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { dropNotNames } from '../../../../scripts/extract/rules/dropNotNames.ts';
import { isTechAcronym } from '../../../../scripts/extract/rules/isTechAcronym.ts';
import { techAcronyms } from '../../../../scripts/lang/acronyms.ts';
import { orgGazetteerOf } from '../../../../scripts/lang/organisations.ts';

/** An invented lexicon of technical acronyms, injected through the layer's options. */
const LIST = new Set(['QZX', 'VRQL', 'KWT']);

/** Whether the not-a-name layer keeps a cluster of every occurrence of the one-word `name` in `text`. */
const kept = (text: string, name: string, forms: string[] = [name], place?: unknown): boolean => {
  const ctx = analyseDocument(text);
  const occurrences = ctx.tokens.flatMap((t, i) => (t.text === name ? [{ first: i, last: i, text: name }] : []));
  expect(occurrences.length).toBeGreaterThan(0);
  const cluster = { forms: new Map(forms.map((f) => [f, 1])), occurrences, place };
  return dropNotNames(ctx, [cluster], { acronyms: LIST }).length === 1;
};

describe('technical acronyms (dropNotNames, isTechAcronym)', () => {
  it.each<[string, string, string, boolean, string[]?, unknown?]>([
    ['a listed acronym alone in every mention', 'Send it over QZX. The QZX call returns fast.', 'QZX', false],
    ['a listed acronym of four letters', 'Each VRQL query is parsed first; VRQL is strict.', 'VRQL', false],
    ['an acronym not listed', 'Send it over QXZ. The QXZ call returns fast.', 'QXZ', true],
    ['a listed acronym expanded before, in capitals', 'The Quorn Zeta Exchange (QZX) met. QZX said so.', 'QZX', true],
    ['a listed acronym expanded after, in capitals', 'The QZX (Quorn Zeta Exchange) met. QZX said so.', 'QZX', true],
    ['a cluster with a longer form too', 'QZX Labs hired more. QZX said so.', 'QZX', true, ['QZX', 'QZX Labs']],
    ['a listed acronym written in lower case', 'The Qzx tool and the Qzx shell.', 'Qzx', true],
    ['a cluster placed on the map', 'Flights to KWT left. KWT airport is shut.', 'KWT', true, ['KWT'], { id: 'x' }],
  ])('%s', (_label, text, name, expected, forms, place) => {
    expect(kept(text, name, forms, place)).toBe(expected);
  });

  it('turns off with an empty list', () => {
    const ctx = analyseDocument('Send it over QZX. The QZX call returns fast.');
    const occurrences = ctx.tokens.flatMap((t, i) => (t.text === 'QZX' ? [{ first: i, last: i, text: 'QZX' }] : []));
    const cluster = { forms: new Map([['QZX', 2]]), occurrences };
    expect(dropNotNames(ctx, [cluster], { acronyms: new Set() })).toHaveLength(1);
  });

  it.each([
    ['a listed university keeps its acronym', { university: ['QZX'] }, false],
    ['a listed club keeps its acronym', { club: ['QZX'] }, false],
    ["a listed company's bare acronym does not", { company: ['QZX'] }, true],
  ])('%s', (_label, file, expected) => {
    const cluster = { forms: new Map([['QZX', 1]]), occurrences: [{ text: 'QZX' }] };
    expect(isTechAcronym('Send it over QZX.', cluster, LIST, orgGazetteerOf(file))).toBe(expected);
  });

  it('loads the shipped list, with its licence beside it', () => {
    const list = techAcronyms();
    expect(list.size).toBeGreaterThan(100);
    expect(list.has('HTTP')).toBe(true);
    expect([...list].every((a) => /^[A-Z]{2,5}$/.test(a))).toBe(true);
    const licence = readFileSync(
      path.resolve(import.meta.dirname, '../../../../data/lexicons/acronyms.LICENSE.txt'),
      'utf8',
    );
    expect(licence).toContain('MIT License');
  });
});
