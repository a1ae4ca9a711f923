import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../scripts/extract/index.ts';
import { shipped } from '../../../helpers/model.ts';

const entities = (text: string, theNames = true) =>
  extractEntities(text, { model: shipped, theNames }).entities.map(
    (e) => `${e.type}: ${[...new Set(e.mentions.map((m) => m.text))].join(' | ')}`,
  );

describe('a capitalised "The" inside a sentence starts a name', () => {
  it.each<[string, string, string[], string[]]>([
    [
      'an outlet after "by"',
      'A study by The Lantern found that prices rose in the spring.',
      ['group: The Lantern'],
      [],
    ],
    [
      'an outlet after a verb of telling',
      'The coach is upbeat. "We train daily," she told The Tarvel Post. "It works."',
      ['group: The Tarvel Post'],
      [],
    ],
    [
      'an affiliation after a comma on a list line',
      'Signed by:\n\nJane Roe, The New Quillby\n\nAnn Poe, writer\n',
      ['group: The New Quillby'],
      [],
    ],
    ["not a work's title", 'She appeared on The Tarvel Show in a red dress.', [], ['group: The Tarvel Show']],
    [
      "not a work's title after its kind or a character",
      'Dress as Jane from The Tarvel Kingdom, or channel the 2001 movie The Quillby Diaries.',
      [],
      ['group: The Tarvel Kingdom', 'group: The Quillby Diaries'],
    ],
    ['not at a sentence start', 'Prices rose. The Quillby Valley was dry.', [], ['group: The Quillby Valley']],
  ])('%s', (_label, text, present, absent) => {
    const found = entities(text);
    for (const e of present) expect(found).toContain(e);
    for (const e of absent) expect(found).not.toContain(e);
  });

  it('found only by the layer', () => {
    const text = 'A study by The Lantern found that prices rose in the spring.';
    expect(entities(text, false)).not.toContain('group: The Lantern');
    expect(entities(text)).toContain('group: The Lantern');
  });
});
