import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { isCredential } from '../../../../scripts/extract/rules/isCredential.ts';

/** Every whole-word occurrence of `name` in `text`, as the layers' occurrences. */
const clusterOf = (text: string, name: string) => {
  const ctx = analyseDocument(text);
  const occurrences: { first: number; last: number; text: string }[] = [];
  ctx.tokens.forEach((t, first) => {
    if (!text.startsWith(name, t.start)) return;
    const last = ctx.tokens.findIndex((u) => u.end === t.start + name.length);
    if (last >= first) occurrences.push({ first, last, text: name });
  });
  expect(occurrences.length).toBeGreaterThan(0);
  return { ctx, cluster: { forms: new Map([[name, occurrences.length]]), occurrences } };
};

describe('isCredential: letters after a person’s name', () => {
  it.each<[string, string, string, boolean]>([
    ['a degree after another', 'Ann Vask, MD, MSCE, Deputy Editor, reports no interests.', 'MSCE', true],
    ['a listed degree after a name', 'Orrin Vask, MPH, wrote the report.', 'MPH', true],
    ['an unlisted acronym after a name', 'Orrin Vask, QRTC, wrote the report.', 'QRTC', false],
    ['a body after a degree, once elsewhere', 'Ann Vask, MD, QRTC, said so. The QRTC agreed.', 'QRTC', false],
    ['a body in a list of bodies', 'Members: Quillco, QRTC, Zorbline.', 'QRTC', false],
  ])('%s', (_label, text, name, expected) => {
    const { ctx, cluster } = clusterOf(text, name);
    expect(isCredential(ctx, cluster)).toBe(expected);
  });
});
