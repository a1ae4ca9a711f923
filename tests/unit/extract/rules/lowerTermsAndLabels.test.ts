import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { isFormLabel } from '../../../../scripts/extract/rules/isFormLabel.ts';
import { isLowerCaseTerm } from '../../../../scripts/extract/rules/isLowerCaseTerm.ts';
import { isOwnedNoun } from '../../../../scripts/extract/rules/isOwnedNoun.ts';

/** A cluster of every whole-word, case-sensitive occurrence of each of `names` in `text` (the first is the name). */
const clusterOf = (text: string, names: string[], type = 'group') => {
  const ctx = analyseDocument(text);
  const occurrences: { first: number; last: number; end: number; text: string }[] = [];
  const forms = new Map<string, number>();
  ctx.tokens.forEach((t, first) => {
    const name = names.find((n) => text.startsWith(n, t.start));
    if (!name || (first > 0 && ctx.tokens[first - 1]!.end === t.start && ctx.tokens[first - 1]!.kind === 'word'))
      return;
    const last = ctx.tokens.findIndex((u) => u.end === t.start + name.length);
    const next = ctx.tokens[last + 1];
    if (last < first || (next?.kind === 'word' && next.start === t.start + name.length)) return;
    occurrences.push({ first, last, end: t.start + name.length, text: name });
    forms.set(name, (forms.get(name) ?? 0) + 1);
  });
  expect(occurrences.length).toBeGreaterThan(0);
  return { ctx, cluster: { type, forms, occurrences } };
};

describe('isLowerCaseTerm: a term the page also writes in lower case', () => {
  it.each<[string, string, string[], string, boolean]>([
    [
      'an acronym’s expansion, once after "a"',
      'Be your own QA (Quill Authority) here. To be a quill authority, run it. The QA signs. The Quill Authority works.',
      ['Quill Authority', 'QA'],
      'group',
      true,
    ],
    [
      'lower case more often than capitals',
      'Book a Vorn Shuttle. The vorn shuttle leaves at six; each vorn shuttle is late; the vorn shuttle is full.',
      ['Vorn Shuttle'],
      'group',
      true,
    ],
    [
      'once in lower case after "the", twice in capitals',
      'The Quill Agency met. The Quill Agency agreed. Later the quill agency said nothing new.',
      ['Quill Agency'],
      'group',
      false,
    ],
    [
      'a body that owns something',
      'Ask the Quill Agency. The Quill Agency’s briefings run daily; a quill agency is rare.',
      ['Quill Agency'],
      'group',
      false,
    ],
    [
      'never written in lower case',
      'The Vorn Shuttle leaves. Each Vorn Shuttle is late.',
      ['Vorn Shuttle'],
      'group',
      false,
    ],
    [
      'a person with a given name first',
      'Rose Garden spoke. She walked in a rose garden; a rose garden is nice; the rose garden is big.',
      ['Rose Garden'],
      'person',
      false,
    ],
    ['one word', 'The Vorn met. A vorn is a bird; a vorn flies.', ['Vorn'], 'group', false],
    [
      'the words apart in lower case',
      'The Vorn Shuttle leaves. A vorn, a shuttle, a vorn-shuttle.',
      ['Vorn Shuttle'],
      'group',
      false,
    ],
  ])('%s', (_label, text, names, type, expected) => {
    const { ctx, cluster } = clusterOf(text, names, type);
    expect(isLowerCaseTerm(ctx, cluster)).toBe(expected);
  });
});

describe('isOwnedNoun: a one-word common noun after a determiner no name takes', () => {
  it.each<[string, string, string, string, boolean]>([
    ['"your X" and "the X or"', 'Call your QP. Do not go to the QP or a ward.', 'QP', 'group', true],
    ['"an X" before a function word', 'She could not call an Vornly to the hall.', 'Vornly', 'group', true],
    ['"the X" only', 'The QP met. He told the QP about it.', 'QP', 'group', false],
    ['a modifier of a noun', 'Join our QP group. Your QP account is new.', 'QP', 'group', false],
    ['one occurrence with no determiner', 'Call your QP today. QP is open.', 'QP', 'group', false],
    ['a place', 'Texas closed its Capitol. Visit a Capitol.', 'Capitol', 'place', false],
    ['a body’s own office after "its"', 'The state closed its Vornhall to all.', 'Vornhall', 'group', false],
    ['a name that speaks', 'Ask your QP. A QP said no.', 'QP', 'group', false],
    ['a name that owns', 'Ask your QP. The QP’s staff agreed.', 'QP', 'group', false],
    ['a given name', 'Call your Anna today.', 'Anna', 'person', false],
    [
      'an adjective before it, verbs after it',
      'Write a best-practices Vornfile and test it. Your Vornfile doesn’t change. The Vornfile requires work.',
      'Vornfile',
      'group',
      true,
    ],
    ['a bare verb after it, which may be a noun', 'Go to every Vornmart store now.', 'Vornmart', 'group', false],
    [
      'a verb of the sentence before it',
      'They tried to block Vornmart from selling. A Vornmart.',
      'Vornmart',
      'group',
      false,
    ],
  ])('%s', (_label, text, name, type, expected) => {
    const { ctx, cluster } = clusterOf(text, [name], type);
    expect(isOwnedNoun(ctx, cluster)).toBe(expected);
  });
});

describe('isFormLabel: the label of a form’s field or a setting', () => {
  it.each<[string, string, string[], boolean]>([
    [
      'a field’s label and its start',
      'For Common Name type your host. Set the Common name too.',
      ['Common Name', 'Common'],
      true,
    ],
    ['a two-word label', 'Fill in the Postal Code and the Phone Number.', ['Postal Code'], true],
    ['an adjective made of a noun', 'For Regional Unit Name type a word.', ['Regional Unit Name'], true],
    ['no field noun at its end', 'For Common Ground type a word.', ['Common Ground'], false],
    ['a name that is no common word', 'The Vornby Code was signed.', ['Vornby Code'], false],
    ['a single word', 'Type the Code here.', ['Code'], false],
    [
      'a form that is no start of the label',
      'The Postal Code is set. Postal rules apply. Code too.',
      ['Postal Code', 'Code'],
      false,
    ],
    ['a label that owns something', 'The Postal Code’s digits matter.', ['Postal Code'], false],
  ])('%s', (_label, text, names, expected) => {
    const { ctx, cluster } = clusterOf(text, names);
    expect(isFormLabel(ctx, cluster)).toBe(expected);
  });
});
