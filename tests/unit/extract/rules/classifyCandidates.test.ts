import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../../scripts/core/types/common.ts';
import { extractEntities } from '../../../../scripts/extract/index.ts';

/** These tables test the rule layers; the tagger stacked on them is tested in tagger.test.ts and by the benches. */
const RULES = { model: null };

const typeOf = (text: string, name: string): EntityType | undefined =>
  extractEntities(text, RULES).entities.find((e) => e.name === name || e.aliases.includes(name))?.type;

describe('classifyCandidates (types from several signals)', () => {
  it.each([
    [
      'organisation head noun',
      'Fighters of the Popular Mobilization Forces advanced.',
      'Popular Mobilization Forces',
      'group',
    ],
    ['company suffix', 'Shares in Acme Widgets Inc rose.', 'Acme Widgets Inc', 'group'],
    ['demonym + lower-case head', 'The Iraqi army entered the city.', 'Iraqi army', 'group'],
    ['"X spokesman" makes X a group', 'A Zorblat spokesman declined to comment.', 'Zorblat', 'group'],
    ['first name', 'Officials said Ashton Quorvel would travel.', 'Ashton Quorvel', 'person'],
    ['title', 'Yesterday Senator Quorvel spoke.', 'Quorvel', 'person'],
    ['country from the gazetteer', 'Troops crossed into Syria overnight.', 'Syria', 'place'],
    ['city from the gazetteer', 'Fighting continued near Mosul overnight.', 'Mosul', 'place'],
    ['"in X" with a town', 'Clashes were reported in Tikrit on Friday.', 'Tikrit', 'place'],
    ['"the village of X"', 'They reached the village of Qzorbat on Friday.', 'Qzorbat', 'place'],
    ['place head', 'Ships sailed into the Red Sea on Monday.', 'Red Sea', 'place'],
    ['dateline', 'MOSUL 1996-08-30\nNothing happened.', 'MOSUL', 'place'],
    ['city as a team in a result', 'Leicester beat Nottingham 2-1 on Saturday.', 'Leicester', 'group'],
    ['country stays a place in a result', 'France beat Mexico 2-0 in a friendly.', 'France', 'place'],
  ])('%s', (_label, text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it('sets geo for gazetteer places', () => {
    const e = extractEntities('Troops crossed into Syria overnight.', RULES).entities.find((x) => x.name === 'Syria');
    expect(e?.geo).toBeDefined();
  });

  it('sets roles when a title precedes the name', () => {
    const e = extractEntities('Secretary of Defense Ashton Carter spoke.', RULES).entities.find(
      (x) => x.name === 'Ashton Carter',
    );
    expect(e?.roles).toEqual(['Secretary of Defense']);
  });
});
