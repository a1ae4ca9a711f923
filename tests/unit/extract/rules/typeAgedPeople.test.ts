import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../scripts/extract/index.ts';
import { shipped } from '../../../helpers/model.ts';

const typeOf = (text: string, name: string, ages = true) =>
  extractEntities(text, { model: shipped, ages }).entities.find((e) => e.mentions.some((m) => m.text === name))?.type;

const JOKES = (signature: string) =>
  `1. Why did the cloud stay home?\n\nIt was feeling under the weather!\n\n${signature}\n\n2. What do you call a sleepy bull?\n\nA bulldozer!\n`;

describe('a name given with an age is a person', () => {
  it.each<[string, string, string]>([
    ['a signature with "age"', JOKES('—Carolina, age 8'), 'Carolina'],
    ['a signature with "Age"', JOKES('—Savannah, Age 9'), 'Savannah'],
    ['a signature with an initial and a bare age', JOKES('—Tobin Q., 10'), 'Tobin Q.'],
    ['"aged" in running text', 'The prize went to Orla Venn, aged 7, who drew a whale.', 'Orla Venn'],
  ])('%s', (_label, text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });

  it.each<[string, string, string]>([
    ['a place after "from"', 'A boy from Boston, age 12, wrote in to the paper.', 'Boston'],
    [
      'a bare number after a name in a sentence',
      'The index of Tarvel Group, 12, was a surprise to the market.',
      'Tarvel Group',
    ],
  ])('not %s', (_label, text, name) => {
    expect(typeOf(text, name)).not.toBe('person');
  });

  it('a signature the tagger typed otherwise is retyped only by the layer', () => {
    const text = JOKES('—Carolina, age 8');
    expect(typeOf(text, 'Carolina', false)).not.toBe('person');
    expect(typeOf(text, 'Carolina')).toBe('person');
  });
});
