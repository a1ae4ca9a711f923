import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../../../scripts/load/loadCorrections.ts';
import { applyCorrections } from '../../../scripts/resolve/index.ts';
import type { EntityType } from '../../../scripts/core/types/common.ts';
import type { DraftEntity } from '../../../scripts/core/types/entity.ts';

/** A draft entity with `count` mentions of its name in article a1. */
const draft = (name: string, type: EntityType, aliases: string[] = [], count = 1): DraftEntity => ({
  name,
  type,
  aliases,
  mentions: Array.from({ length: count }, (_, i) => ({ article: 'a1', text: name, start: i * 100, end: i * 100 + 1 })),
});

const kordova = draft('Kordova Vesnik', 'person', [], 2);
const ilse = draft('Ilse Marven', 'person');
const tomas = draft('Tomas Brell', 'person', ['T. Brell']);
const eslinPerson = draft('Eslin Harrow', 'person');
const portEslin = draft('Port Eslin', 'place');
const eslinGroup = draft('Eslin Guild', 'group');

const entities = [kordova, ilse, tomas, eslinPerson, portEslin, eslinGroup];

const summarize = (list: readonly DraftEntity[]): string[] => list.map((e) => `${e.type}:${e.name}`).sort();

describe('a rename to a name another entity already has', () => {
  it.each<[string, string, string[], [number, RegExp][]]>([
    [
      'the name of another person: refused, the entity keeps its name',
      'Ilse Marven:\n  description: A lawyer.\nKordova Vesnik:\n  name: Ilse Marven\n',
      ['person:Ilse Marven', 'person:Kordova Vesnik'],
      [
        [
          3,
          /renaming "Kordova Vesnik" to "Ilse Marven" .*another person, "Ilse Marven"; not renamed.*"Ilse Marven:" with "merge: \[Kordova Vesnik\]"/,
        ],
      ],
    ],
    [
      'the same name in another case and accents',
      'Kordova Vesnik:\n  name: ILSE MÁRVEN\n',
      ['person:Ilse Marven', 'person:Kordova Vesnik'],
      [[1, /renaming "Kordova Vesnik" to "ILSE MÁRVEN"/]],
    ],
    [
      'two renames to one new name: the first wins, the second is refused',
      'Kordova Vesnik:\n  name: Vera Oslund\nIlse Marven:\n  name: Vera Oslund\n',
      ['person:Ilse Marven', 'person:Vera Oslund'],
      [[3, /renaming "Ilse Marven" to "Vera Oslund" .*"Vera Oslund"; not renamed/]],
    ],
    [
      'a rename plus retype onto an entity of the new type',
      'Eslin Guild:\n  name: Port Eslin\n  type: place\n',
      ['group:Eslin Guild', 'person:Eslin Harrow', 'place:Port Eslin'],
      [[1, /renaming "Eslin Guild" to "Port Eslin" .*another place, "Port Eslin"; not renamed or retyped/]],
    ],
    [
      'a retype alone onto an entity of that type and name',
      'Port Eslin:\n  type: group\nEslin Guild:\n  name: Port Eslin\n',
      ['group:Eslin Guild', 'group:Port Eslin', 'person:Eslin Harrow'],
      [[3, /renaming "Eslin Guild" to "Port Eslin" .*another group, "Port Eslin"; not renamed/]],
    ],
    [
      'a retype whose name another entity of the new type has',
      'Eslin Guild:\n  name: Port Eslin\nPort Eslin:\n  type: group\n',
      ['group:Port Eslin', 'person:Eslin Harrow', 'place:Port Eslin'],
      [[3, /making "Port Eslin" a group would give it the name of another group, "Port Eslin"; not retyped/]],
    ],
  ])('%s', (_label, yaml, expected, warned) => {
    const { corrections } = parseCorrections(yaml);
    const { entities: out, warnings } = applyCorrections(entities, corrections);
    expect(summarize(out)).toEqual(expect.arrayContaining(expected));
    expect(out).toHaveLength(entities.length); // nothing merged or lost
    const keys = out.map((e) => `${e.type}:${e.name.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length); // never two pages of one name
    expect(warnings.map((w) => [w.line, w.message])).toEqual(
      warned.map(([line, message]) => [line, expect.stringMatching(message)]),
    );
    expect(warnings.every((w) => w.code === 'RENAME_CONFLICT' && w.file === 'entities.yaml')).toBe(true);
  });

  it.each<[string, string, string[]]>([
    [
      'the name of an entity of another type: allowed',
      'Eslin Harrow:\n  name: Port Eslin\n',
      ['person:Port Eslin', 'place:Port Eslin'],
    ],
    [
      'an alias of another entity: allowed, the alias stays',
      'Ilse Marven:\n  name: T. Brell\n',
      ['person:T. Brell', 'person:Tomas Brell'],
    ],
    ['a change of case of its own name', 'Ilse Marven:\n  name: ilse marven\n', ['person:ilse marven']],
  ])('%s', (_label, yaml, expected) => {
    const { corrections } = parseCorrections(yaml);
    const { entities: out, warnings } = applyCorrections(entities, corrections);
    expect(summarize(out)).toEqual(expect.arrayContaining(expected));
    expect(warnings).toEqual([]);
  });
});
