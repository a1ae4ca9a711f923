import { describe, expect, it } from 'vitest';
import { relateEntities } from '../../../scripts/link/relateEntities.ts';
import type { ArticleEvidenceInput } from '../../../scripts/link/evidenceInput.ts';
import { evidenceInput, seedArticle, SEED_NAMES, type Name } from '../../helpers/evidence.ts';

const NAMES: readonly Name[] = [
  ['Ama Osei', 'ama-osei', 'person'],
  ['Osei', 'ama-osei', 'person'],
  ['Tomas Brandt', 'tomas-brandt', 'person'],
  ['Brandt', 'tomas-brandt', 'person'],
  ['Korvia', 'korvia', 'place'],
  ['Lunford', 'lunford', 'place'],
  ['Elan Party', 'elan-party', 'group'],
];

const inputs = (texts: readonly string[]): ArticleEvidenceInput[] =>
  texts.map((t, i) => evidenceInput(t, NAMES, '', `a${i + 1}`));

describe('relateEntities', () => {
  it.each<[string, string[], [string, string, number][]]>([
    ['one shared sentence', ['Ama Osei visited Lunford.'], [['ama-osei', 'lunford', 1]]],
    ['source < target whatever the order in the text', ['Lunford welcomed Ama Osei.'], [['ama-osei', 'lunford', 1]]],
    ['each shared sentence counts', ['Osei visited Lunford. Lunford cheered Osei.'], [['ama-osei', 'lunford', 2]]],
    ['repeated mentions in one sentence count once', ['Osei, Osei and Lunford.'], [['ama-osei', 'lunford', 1]]],
    ['a paragraph only is weaker', ['Osei spoke. Lunford listened.'], [['ama-osei', 'lunford', 0.25]]],
    [
      'no paragraph weight where they share a sentence',
      ['Osei spoke in Lunford. Lunford listened.'],
      [['ama-osei', 'lunford', 1]],
    ],
    [
      'sentence and paragraph-only in different paragraphs add up',
      ['Osei spoke in Lunford.\n\nOsei spoke. Lunford listened.'],
      [['ama-osei', 'lunford', 1.25]],
    ],
    ['different paragraphs do not relate', ['Osei spoke.\n\nLunford listened.'], []],
    ['an entity alone relates to nothing', ['Osei spoke. Ama Osei left.'], []],
    [
      'three in a sentence make three pairs',
      ['Osei met Brandt in Lunford.'],
      [
        ['ama-osei', 'lunford', 1],
        ['ama-osei', 'tomas-brandt', 1],
        ['lunford', 'tomas-brandt', 1],
      ],
    ],
    [
      'sorted by weight, then ids',
      ['Brandt met the Elan Party. Brandt met the Elan Party. Osei came to Korvia.'],
      [
        ['elan-party', 'tomas-brandt', 2],
        ['ama-osei', 'korvia', 1],
        ['ama-osei', 'elan-party', 0.25],
        ['ama-osei', 'tomas-brandt', 0.25],
        ['elan-party', 'korvia', 0.25],
        ['korvia', 'tomas-brandt', 0.25],
      ],
    ],
    ['articles add up', ['Osei visited Lunford.', 'Lunford hosted Osei.'], [['ama-osei', 'lunford', 2]]],
    ['no articles', [], []],
  ])('%s', (_, texts, expected) => {
    expect(relateEntities(inputs(texts)).map((r) => [r.source, r.target, r.weight])).toEqual(expected);
  });

  it('gives sentence evidence first, with the article, white space collapsed', () => {
    const [relation] = relateEntities(
      inputs(['Osei   spoke.\nLunford listened.\n\nOsei came\nto Lunford.', 'Lunford hosted Osei.']),
    );
    expect(relation!.evidence).toEqual([
      { article: 'a1', sentence: 'Osei came to Lunford.' },
      { article: 'a2', sentence: 'Lunford hosted Osei.' },
      { article: 'a1', sentence: 'Osei spoke. Lunford listened.' },
    ]);
  });

  it('keeps at most maxEvidence pieces of evidence but counts them all', () => {
    const text = Array.from({ length: 8 }, (_, i) => `Osei visited Lunford ${i} times.`).join(' ');
    const [relation] = relateEntities(inputs([text]));
    expect(relation!.weight).toBe(8);
    expect(relation!.evidence).toHaveLength(5);
    expect(relateEntities(inputs([text]), { maxEvidence: 2 })[0]!.evidence).toHaveLength(2);
  });

  it('cuts long paragraph evidence to about 300 characters', () => {
    const filler = 'The river rose slowly over the fields. '.repeat(12);
    const [relation] = relateEntities(inputs([`Osei spoke. ${filler}Lunford listened.`]));
    const sentence = relation!.evidence[0]!.sentence;
    expect(sentence.startsWith('Osei spoke. The river')).toBe(true);
    expect(sentence.endsWith('…')).toBe(true);
    expect(sentence.length).toBeLessThanOrEqual(301);
    expect(sentence.length).toBeGreaterThan(200);
  });

  it('relates the entities of the seed article', () => {
    const { title, text } = seedArticle();
    const relations = relateEntities([evidenceInput(text, SEED_NAMES, title, 'seed')]);
    const find = (a: string, b: string) => relations.find((r) => r.source === a && r.target === b);
    expect(find('mosul', 'raqqa')!.weight).toBeGreaterThanOrEqual(2);
    expect(find('mosul', 'raqqa')!.evidence[0]!.sentence).toMatch(/^In her final debate with Donald Trump/);
    expect(find('pentagon', 'raqqa')).toMatchObject({
      weight: 1,
      evidence: [{ article: 'seed', sentence: expect.stringContaining('a Pentagon spokesman added') }],
    });
    expect(find('ashton-carter', 'mosul')!.weight).toBe(0.5);
    expect(find('recep-tayyip-erdogan', 'turkey')!.weight).toBeGreaterThanOrEqual(1);
    for (const r of relations) expect(r.source < r.target).toBe(true);
  });
});
