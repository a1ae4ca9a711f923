import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../scripts/core/types/common.ts';
import type { KbEntity, KnowledgeBase } from '../../../scripts/core/types/kb.ts';
import { parseCorrections } from '../../../scripts/load/loadCorrections.ts';
import { editDistance, listReview } from '../../../scripts/review/listReview.ts';

/** An entity with one mention per "article:text". */
const entity = (name: string, type: EntityType, mentions: string[], aliases: string[] = []): KbEntity => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  type,
  aliases,
  url: `/x/${name}/`,
  mentions: mentions.map((m, i) => {
    const [article, text] = m.split(':') as [string, string];
    return { article, text, start: i * 10, end: i * 10 + text.length, sentence: `${text} was named (${i}).` };
  }),
});

const kb: KnowledgeBase = {
  articles: ['a1', 'a2', 'a3'].map((id) => ({ id, title: id, url: `/articles/${id}/`, source: `${id}.md` })),
  entities: [
    entity('Kordova Harbour Authority', 'group', ['a1:Kordova Harbour Authority', 'a2:Kordova Harbour Authority']),
    entity('Kordova Harbor Authority', 'group', ['a3:Kordova Harbor Authority']),
    entity('Ilse Marven', 'person', ['a1:Ilse Marven', 'a2:Ilse Marven', 'a2:Marven'], ['Marven']),
    entity('Marven Tower', 'place', ['a1:Marven Tower']),
    entity('Tomas Reiner', 'person', ['a1:Tomas Reiner', 'a3:Oskar Lind'], ['Oskar Lind']),
    entity('Velmora', 'place', ['a1:Velmora', 'a2:Velmora', 'a3:Velmora', 'a3:Kordova'], ['Kordova']),
    entity('United Nations', 'group', ['a1:United Nations', 'a2:UN'], ['UN']),
    entity('Near', 'place', ['a2:Near']),
  ],
  review: [
    {
      kind: 'ambiguous-surname',
      name: 'Reiner',
      message: '"Reiner" alone could be "Tomas Reiner" or "Anna Reiner"; kept apart',
      candidates: ['Anna Reiner', 'Tomas Reiner'],
      articles: ['a2'],
      yaml: 'Anna Reiner:\n  merge: [Reiner]\n',
    },
  ],
};

const summary = (text = '') =>
  listReview(kb, text ? parseCorrections(text).corrections : []).map((i) => `${i.kind}: ${i.subject}`);

describe('listReview', () => {
  it('lists the build review items and what looks doubtful, most mentioned first, one item per entity', () => {
    expect(summary()).toEqual([
      'mixed-aliases: Velmora',
      'duplicate: Kordova Harbor Authority',
      'mixed-aliases: Tomas Reiner',
      'ambiguous-surname: Reiner',
      'junk: Near',
    ]);
  });

  it('gives each item its evidence and actions', () => {
    const [velmora, duplicate] = listReview(kb, []);
    expect(velmora!.message).toMatch(/"Velmora" was also found as "Kordova"/);
    expect(velmora!.evidence.map((m) => m.sentence)).toEqual([
      'Kordova was named (3).',
      'Velmora was named (2).',
      'Velmora was named (0).',
    ]);
    expect(velmora!.actions.map((a) => a.label)).toEqual(['Split "Kordova" off', 'One entity']);
    expect(velmora!.actions[0]).toMatchObject({
      action: 'split',
      id: 'velmora',
      name: 'Kordova',
      mentions: ['Kordova'],
    });
    expect(duplicate!.actions[0]).toMatchObject({
      action: 'merge',
      id: 'kordova-harbour-authority',
      other: 'kordova-harbor-authority',
    });
  });

  it.each([
    ['a decision that it looks right', 'Velmora:\n  reviewed: true\n', 'mixed-aliases: Velmora'],
    [
      'a merge that names it',
      'Kordova Harbour Authority:\n  merge: [Kordova Harbor Authority]\n',
      'duplicate: Kordova Harbor Authority',
    ],
    ['an entry for the surname', 'Reiner:\n  reviewed: true\n', 'ambiguous-surname: Reiner'],
    ['ignore', 'Near:\n  ignore: true\n', 'junk: Near'],
  ])('drops an item decided by %s', (_label, text, gone) => {
    expect(summary()).toContain(gone);
    expect(summary(text)).not.toContain(gone);
    expect(summary(text)).toHaveLength(summary().length - 1);
  });

  it.each([
    ['harbour', 'harbor', 1],
    ['organisation', 'organization', 1],
    ['east', 'west', 2],
    ['kitten', 'sitting', 3],
  ])('edit distance %s / %s', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
  });
});
