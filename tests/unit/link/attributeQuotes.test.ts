import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../../scripts/link/attributeQuotes.ts';
import { evidenceInput, seedArticle, SEED_NAMES, type Name } from '../../helpers/evidence.ts';

const NAMES: readonly Name[] = [
  ['Ama Osei', 'ama-osei', 'person'],
  ['Osei', 'ama-osei', 'person'],
  ['Tomas Brandt', 'tomas-brandt', 'person'],
  ['Ilse Varga', 'ilse-varga', 'person'],
  ['Piet Moss', 'piet-moss', 'person'],
  ['Lunford', 'lunford', 'place'],
  ['Halden Party', 'halden-party', 'group'],
];

/** [entity, quoted text, speaker?] for each quote found. */
const quotesIn = (text: string) =>
  attributeQuotes(evidenceInput(text, NAMES)).map(({ entity, quote }) =>
    quote.speaker ? [entity, quote.text, quote.speaker] : [entity, quote.text],
  );

describe('attributeQuotes', () => {
  it.each<[string, string, string[][]]>([
    [
      'name then verb after the quote',
      '“We will rebuild the bridge,” Ama Osei said.',
      [['ama-osei', 'We will rebuild the bridge']],
    ],
    [
      'verb then name after the quote',
      '“The water is rising,” said Tomas Brandt.',
      [['tomas-brandt', 'The water is rising']],
    ],
    [
      'name and verb before the quote',
      'Ilse Varga said: “Nobody will be forgotten.”',
      [['ilse-varga', 'Nobody will be forgotten.']],
    ],
    [
      'a verb with an object before the quote',
      'On Monday, Piet Moss told reporters: “The roads are open.”',
      [['piet-moss', 'The roads are open.']],
    ],
    [
      'a noun phrase naming a group',
      '“The border stays closed,” a Halden Party spokesman added.',
      [['halden-party', 'The border stays closed', 'a Halden Party spokesman']],
    ],
    [
      'a title with the name is kept as the speaker',
      '“We are ready,” Mayor Ama Osei warned on Tuesday.',
      [['ama-osei', 'We are ready', 'Mayor Ama Osei']],
    ],
    [
      'according to, after',
      '“Prices will fall next spring,” according to Tomas Brandt.',
      [['tomas-brandt', 'Prices will fall next spring']],
    ],
    [
      'according to, before',
      'According to Ilse Varga, “the dam will hold for a decade.”',
      [['ilse-varga', 'the dam will hold for a decade.']],
    ],
    [
      'straight quotation marks',
      '"The vote is final," Ilse Varga told reporters.',
      [['ilse-varga', 'The vote is final']],
    ],
    ['single quotation marks that clearly quote', '‘We stay here,’ said Piet Moss.', [['piet-moss', 'We stay here']]],
    [
      'a stray space before the full stop and a continuation',
      '“It ends tonight,” Ama Osei said . “We have waited long enough.”',
      [
        ['ama-osei', 'It ends tonight'],
        ['ama-osei', 'We have waited long enough.'],
      ],
    ],
    [
      'a continuation in the next paragraph',
      '“The harvest failed,” Osei said.\n\n“Nobody saw it coming this year.”',
      [
        ['ama-osei', 'The harvest failed'],
        ['ama-osei', 'Nobody saw it coming this year.'],
      ],
    ],
    [
      'no continuation two paragraphs on',
      '“The harvest failed,” Osei said.\n\nRain came.\n\n“Nobody saw it coming this year.”',
      [['ama-osei', 'The harvest failed']],
    ],
    [
      'no continuation after another speaker is named',
      '“We will win this race,” Ama Osei said. Tomas Brandt disagreed. “Nobody believes that anymore.”',
      [['ama-osei', 'We will win this race']],
    ],
    [
      'a continuation does not cross an unattributed quote',
      '“We will win,” Osei said. The “plan” failed. “Nobody believes that anymore.”',
      [['ama-osei', 'We will win']],
    ],
    ['never a place', '“We are ready for the storm,” Lunford said.', []],
    ['a noun phrase naming only a place', '“The storm is over,” a Lunford official said.', []],
    ['apostrophes are not quotation marks', 'The group’s Shi‘ite allies won’t leave, said Piet Moss.', []],
    ['a scare quote with no speaker', 'The so-called “peace plan” was rejected by Tomas Brandt.', []],
    [
      'an apposition between the speaker and the verb, before the quote',
      'Ama Osei, a spokeswoman for the ministry, said: "We will not comment."',
      [['ama-osei', 'We will not comment.']],
    ],
    ['a relative clause naming nobody', 'The minister, who asked not to be named, said: "We will not leave."', []],
    [
      'a relative clause before the verb, before the quote',
      'Ilse Varga, who leads the Halden Party, told reporters: “We are ready.”',
      [['ilse-varga', 'We are ready.']],
    ],
    [
      'a parenthesis before the verb',
      'Tomas Brandt (a former mayor of Lunford) said: “Nothing changed.”',
      [['tomas-brandt', 'Nothing changed.']],
    ],
    [
      'an apposition between the speaker and the verb, after the quote',
      '“We will stay,” Piet Moss, a spokesman for the Halden Party, said.',
      [['piet-moss', 'We will stay']],
    ],
    [
      'a relative clause after the quote',
      '“Go home,” Ama Osei, who chairs the council, told reporters.',
      [['ama-osei', 'Go home']],
    ],
    [
      'an apposition after "said X"',
      '“We will stay,” said Ilse Varga, a spokeswoman.',
      [['ilse-varga', 'We will stay']],
    ],
    [
      'a dash-delimited insert',
      'Tomas Brandt — the party leader — said: “It is over.”',
      [['tomas-brandt', 'It is over.']],
    ],
    ['a verb with nothing before it', 'said: “We will not comment.”', []],
    ['a comma and a verb with no speaker', ', said: “We will not comment.”', []],
    ['a verb after a quote with only punctuation around', '“We are here,” , said ,', []],
    [
      'a clause after the quote is not an attribution',
      '“Enough,” which is what Tomas Brandt said, was the headline.',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(quotesIn(text)).toEqual(expected);
  });

  it('gives the offset of the opening mark, the article, and the sentence with the attribution', () => {
    const text = 'Floods hit Lunford. “We will rebuild the bridge,”\n  Ama Osei said  on Friday. Work starts soon.';
    expect(attributeQuotes(evidenceInput(text, NAMES, '', 'art-2'))).toEqual([
      {
        entity: 'ama-osei',
        quote: {
          text: 'We will rebuild the bridge',
          article: 'art-2',
          sentence: '“We will rebuild the bridge,” Ama Osei said on Friday.',
          start: text.indexOf('“'),
        },
      },
    ]);
  });

  it('finds and attributes the quotes in the seed article', () => {
    const { title, text } = seedArticle();
    const quotes = attributeQuotes(evidenceInput(text, SEED_NAMES, title, 'seed'));
    const find = (start: string) => quotes.find(({ quote }) => quote.text.startsWith(start));
    expect(find('It starts in the next few weeks')).toMatchObject({
      entity: 'ashton-carter',
      quote: { start: text.indexOf('“It starts') },
    });
    expect(find('It starts in the next few weeks')!.quote.speaker).toBeUndefined();
    expect(find('That has long been our plan')).toMatchObject({ entity: 'ashton-carter' });
    expect(find('We think this is the right moment')).toMatchObject({
      entity: 'pentagon',
      quote: {
        speaker: 'a Pentagon spokesman',
        sentence: expect.stringContaining('a Pentagon spokesman added on Monday'),
      },
    });
    expect(quotes.every(({ entity }) => !['turkey', 'mosul', 'raqqa', 'syria'].includes(entity))).toBe(true);
  });
});
