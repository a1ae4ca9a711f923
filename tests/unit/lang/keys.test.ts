import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../scripts/lang/keys.ts';

describe('nameKey', () => {
  it.each([
    ['U.S.', 'us'],
    ['Erdoğan', 'erdogan'],
    ['The Pentagon', 'pentagon'],
    ['Shi‘ite', "shi'ite"],
    ['Al-Hashd  al-Shaabi', 'al hashd al shaabi'],
  ])('%j → %j', (name, key) => expect(nameKey(name)).toBe(key));
});
