import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../../../scripts/load/loadCorrections.ts';
import { type Edit, editCorrections, findEntryKey } from '../../../scripts/review/editCorrections.ts';

/** A user's file: comments everywhere, a flow map, a block list, a block scalar, quoting of their own. */
const USER = `# My corrections (keep this)
Islamic State:   # the group
  name: ISIS
  aliases: [IS, Daesh]   # spelt both ways
  merge:
    - Pentagon

# places
White House: { type: place }  # the building
'Carter':
  merge: Jimmy
  description: |
    Two lines
    of text.
`;

describe('editCorrections', () => {
  it.each<[string, string, Edit, string, string]>([
    [
      'a rename of a renamed entity edits its name',
      'ISIS',
      { kind: 'rename', name: 'Islamic State group' },
      'Islamic State',
      USER.replace('  name: ISIS\n', '  name: Islamic State group\n'),
    ],
    [
      'a new key goes after the last one of the entry',
      'Islamic State',
      { kind: 'type', type: 'place' },
      'Islamic State',
      USER.replace('    - Pentagon\n', '    - Pentagon\n  type: place\n'),
    ],
    [
      'a block list grows by a line',
      'isis',
      { kind: 'merge', other: 'Daesh Front' },
      'Islamic State',
      USER.replace('    - Pentagon\n', '    - Pentagon\n    - Daesh Front\n'),
    ],
    [
      'a single name becomes a list',
      'Carter',
      { kind: 'merge', other: 'J. Carter' },
      'Carter',
      USER.replace('  merge: Jimmy\n', '  merge: [Jimmy, J. Carter]\n'),
    ],
    ['a key after a block scalar', 'carter', { kind: 'reviewed' }, 'Carter', `${USER}  reviewed: true\n`],
    [
      'a flow map becomes a block map, its comment kept on the key line',
      'White House',
      { kind: 'type', type: 'group' },
      'White House',
      USER.replace('White House: { type: place }  # the building\n', 'White House:  # the building\n  type: group\n'),
    ],
    [
      'ignore replaces the entry, its key and comment kept',
      'ISIS',
      { kind: 'ignore' },
      'Islamic State',
      USER.replace(
        '  name: ISIS\n  aliases: [IS, Daesh]   # spelt both ways\n  merge:\n    - Pentagon\n',
        '  ignore: true\n',
      ),
    ],
    [
      'a split is a block list of block maps, names on one line',
      'Carter',
      { kind: 'split', split: { name: 'Jimmy Carter', type: 'person', articles: ['2019/peace-talks'] } },
      'Carter',
      `${USER}  split:\n    - name: Jimmy Carter\n      type: person\n      articles: [2019/peace-talks]\n`,
    ],
    [
      'an entity with no entry gets one at the end',
      'Mosul',
      { kind: 'split', split: { name: 'Mosul Dam', mentions: ['Mosul Dam', 'the dam'] } },
      'Mosul',
      `${USER}Mosul:\n  split:\n    - name: Mosul Dam\n      mentions: [Mosul Dam, the dam]\n`,
    ],
  ])('%s', (_label, name, edit, entry, expected) => {
    const edited = editCorrections(USER, name, edit);
    expect(edited).toEqual({ text: expected, entry });
    expect(() => parseCorrections(edited.text)).not.toThrow();
  });

  it.each<[string, string, string]>([
    ['an empty file', '', 'Mosul:\n  reviewed: true\n'],
    ['comments only', '# nothing yet\n', '# nothing yet\nMosul:\n  reviewed: true\n'],
    ['no newline at the end', 'Raqqa:\n  type: place', 'Raqqa:\n  type: place\nMosul:\n  reviewed: true\n'],
  ])('adds an entry to %s', (_label, text, expected) => {
    expect(editCorrections(text, 'Mosul', { kind: 'reviewed' }).text).toBe(expected);
  });

  it.each([
    'a: b',
    '- x',
    '&anchor',
    '*alias',
    '!tag',
    '? key',
    '#hash',
    'x # not a comment',
    '[1, 2]',
    '{a: 1}',
    'true',
    'null',
    '1984',
    '"quoted"',
    "it's",
    '%directive',
    '@at',
    '`tick',
    '| block',
    '> folded',
  ])('stores %j as that plain string, as a name, a merge and a new entry', (name) => {
    for (const [subject, edit, read] of [
      ['Islamic State', { kind: 'rename', name }, (c: Record<string, unknown>) => c.name],
      ['Islamic State', { kind: 'merge', other: name }, (c: Record<string, unknown>) => (c.merge as string[]).at(-1)],
      [name, { kind: 'reviewed' }, (c: Record<string, unknown>) => c.match],
    ] as const) {
      const { text, entry } = editCorrections(USER, subject, edit as Edit);
      const found = parseCorrections(text).corrections.find((c) => c.match === entry);
      expect(read(found as unknown as Record<string, unknown>)).toBe(name);
      expect(text.startsWith('# My corrections (keep this)\n')).toBe(true);
    }
  });

  it('finds the entry that renamed an entity, by its shown name', () => {
    expect(findEntryKey(USER, 'isis')).toBe('Islamic State');
    expect(findEntryKey(USER, 'Carter')).toBe('Carter');
    expect(findEntryKey(USER, 'Mosul')).toBeUndefined();
  });
});
