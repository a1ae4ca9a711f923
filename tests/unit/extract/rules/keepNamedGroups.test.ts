import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { isNamedGroup } from '../../../../scripts/extract/rules/keepNamedGroups.ts';
import { extractEntities } from '../../../../scripts/extract/extractEntities.ts';
import { loadTagger } from '../../../../scripts/context.ts';

function named(text: string, name: string): boolean {
  const ctx = analyseDocument(text);
  const at = text.indexOf(name);
  const first = ctx.tokens.findIndex((t) => t.start === at);
  const last = ctx.tokens.findIndex((t) => t.end === at + name.length);
  return isNamedGroup(ctx, { first, last, text: name });
}

describe("a name whose own words make it an organisation's", () => {
  it.each<[string, string, boolean]>([
    ['If the customer cannot board, Harwick Express will organise transport.', 'Harwick Express', true],
    ['She served as chief judge of the Oskaloo Indian Tribe for years.', 'Oskaloo Indian Tribe', true],
    ['The president of the Tamarin Nation spoke first.', 'Tamarin Nation', true],
    ['Developer Brindle Studios refuses to flinch.', 'Brindle Studios', true],
    ['The Varnholm Games open on Friday.', 'Varnholm Games', false],
    ['Workers of the Velkan Railway walked out.', 'Velkan Railway', true],
    // no organisation's word at its end
    ['Fans of Harwick Taylor cheered.', 'Harwick Taylor', false],
    // one word is not enough
    ['Express delivery is late.', 'Express', false],
  ])('%s (%s) → %s', (text, name, group) => {
    expect(named(text, name)).toBe(group);
  });
});

describe('with the tagger: such a name it missed is kept, as a group', () => {
  const model = loadTagger().model;
  it.each<[string, string]>([
    [
      'In the event of Harwick Express not running, you will need to use the underground. Where the bus service is not accessible, Harwick Express will provide another means of transport.',
      'Harwick Express',
    ],
  ])('%s', (text, name) => {
    const on = extractEntities(text, { model }).entities.find((e) => e.name === name);
    expect(on?.type).toBe('group');
  });
});
