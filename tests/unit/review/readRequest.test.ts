import { describe, expect, it } from 'vitest';
import { readRequest } from '../../../scripts/review/readRequest.ts';

describe('readRequest', () => {
  it.each<[string, unknown, object]>([
    [
      'a rename',
      { action: 'rename', id: 'mosul', name: '  Mosul  city ' },
      { action: 'rename', id: 'mosul', name: 'Mosul  city' },
    ],
    ['an undo', { action: 'undo' }, { action: 'undo' }],
    [
      'a decision by name',
      { action: 'reviewed', subject: 'Carter', from: 'review' },
      { action: 'reviewed', subject: 'Carter', from: 'review' },
    ],
    [
      'a split, repeats dropped',
      { action: 'split', id: 'carter', name: 'Jimmy Carter', articles: ['a', 'a'], mentions: ['Jimmy'] },
      { action: 'split', id: 'carter', name: 'Jimmy Carter', articles: ['a'], mentions: ['Jimmy'] },
    ],
  ])('accepts %s', (_label, body, expected) => {
    expect(readRequest(body)).toEqual(expected);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', 'rename', /JSON object/],
    ['a list', ['rename'], /JSON object/],
    ['an unknown action', { action: 'delete', id: 'x' }, /action must be one of/],
    ['an unknown field', { action: 'ignore', id: 'x', file: '/etc/passwd' }, /unknown field "file"/],
    ['a rename without a name', { action: 'rename', id: 'x' }, /rename needs a new name/],
    ['an action without its entity', { action: 'ignore' }, /ignore needs the entity/],
    ['a name with a newline', { action: 'rename', id: 'x', name: 'a\nignore: true' }, /one line/],
    ['a name with a line separator', { action: 'rename', id: 'x', name: 'a\u2028b' }, /one line/],
    ['a name with no letter or digit', { action: 'rename', id: 'x', name: '- : &' }, /a letter or a digit/],
    ['a name too long', { action: 'rename', id: 'x', name: 'x'.repeat(201) }, /1 to 200 characters/],
    ['a name that is a number', { action: 'rename', id: 'x', name: 1984 }, /1 to 200 characters/],
    ['a type that is none', { action: 'type', id: 'x', type: 'building' }, /type must be one of person, group, place/],
    ['a split that moves nothing', { action: 'split', id: 'x', name: 'Y' }, /articles or mentions/],
    ['a list too long', { action: 'split', id: 'x', name: 'Y', articles: Array(501).fill('a') }, /at most 500/],
    ['another from', { action: 'undo', from: 'http://evil.example' }, /from must be "review"/],
  ])('refuses %s', (_label, body, message) => {
    expect(() => readRequest(body)).toThrow(message);
  });
});
