import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { extractEntities } from '../../../../scripts/extract/index.ts';
import { isDateline, splitByMention } from '../../../../scripts/extract/rules/typeMentions.ts';
import type { EntityType } from '../../../../scripts/core/types/common.ts';

/** The occurrence of the first `name` in `text`, as token indices. */
function occurrence(text: string, name: string) {
  const ctx = analyseDocument(text);
  const start = text.indexOf(name);
  const first = ctx.tokens.findIndex((t) => t.start === start);
  const last = ctx.tokens.findIndex((t) => t.end === start + name.length);
  return { ctx, o: { first, last } };
}

describe('isDateline: a line that starts with the name in capitals and a date', () => {
  it.each<[string, string, boolean]>([
    ['Talks resume\nNORTHAM 2021-03-04\nThe talks resumed.', 'NORTHAM', true],
    ['Talks resume\nPORT ESLIN 2021-03-04\nThe talks resumed.', 'PORT ESLIN', true],
    ['Talks resume\nNORTHAM , Kordova 2021-03-04\nThe talks resumed.', 'NORTHAM', true],
    ['Talks resume\nNORTHAM , Kordova 2021-03-04\nThe talks resumed.', 'Kordova', true],
    ['Talks resume\nPORT ESLIN , Kordova 2021-03-04\nThe talks resumed.', 'Kordova', true],
    ['Jane Roe , Kordova 2021-03-04', 'Kordova', false],
    // a headline in capitals, a name in running text, a name before other words
    ['NORTHAM BEAT SOUTHBY 2-1\nThe match was close.', 'NORTHAM', false],
    ['Northam 2021-03-04\nThe talks resumed.', 'Northam', false],
    ['The talks in NORTHAM resumed on 2021-03-04.', 'NORTHAM', false],
  ])('%j: %s → %s', (text, name, expected) => {
    const { ctx, o } = occurrence(text, name);
    expect(isDateline(ctx, o)).toBe(expected);
  });
});

describe('splitByMention: a type per mention inside one document', () => {
  const cluster = (type: EntityType, texts: string[]) => ({
    type,
    roles: ['coach'],
    forms: new Map<string, number>(),
    occurrences: texts.map((text, i) => ({ first: i, last: i, text })),
  });
  it('mentions typed otherwise by their context are split off into an entity of that type, without its roles', () => {
    const c = cluster('group', ['Northam', 'NORTHAM', 'Northam']);
    const out = splitByMention([c], (_c, o) => (o.text === 'NORTHAM' ? 'place' : undefined));
    expect(out.map((x) => [x.type, x.occurrences.map((o) => o.text), [...x.forms], x.roles])).toEqual([
      ['group', ['Northam', 'Northam'], [['Northam', 2]], ['coach']],
      ['place', ['NORTHAM'], [['NORTHAM', 1]], []],
    ]);
  });
  it.each<[string, EntityType[], EntityType]>([
    ['all mentions agree on another type: the entity takes it', ['place', 'place'], 'place'],
    ['no mention has a type of its own: the entity keeps its type', [], 'group'],
  ])('%s', (_label, types, expected) => {
    const c = cluster('group', ['Northam', 'Northam']);
    const out = splitByMention([c], (_c, o) => types[c.occurrences.indexOf(o)]);
    expect(out.map((x) => x.type)).toEqual([expected]);
  });
});

describe('on the whole extractor: a dateline is a place in a report where the name is a team', () => {
  it('the dateline mention is a place, the team a group', () => {
    const text =
      'SOCCER - NORTHAM BEAT SOUTHBY\nNORTHAM 2021-03-04\nNortham beat Southby 2-1 in the league on Saturday. Northam coach Jane Roe said the season had begun well.';
    const mentions = extractEntities(text, { model: null }).entities.flatMap((e) =>
      e.mentions.map((m) => `${e.type}:${m.text}@${m.start}`),
    );
    const dateline = text.indexOf('NORTHAM 2021');
    expect(mentions).toContain(`place:NORTHAM@${dateline}`);
  });
});
