import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { findCandidates } from '../../../../scripts/extract/rules/findCandidates.ts';
import { rejectJunk } from '../../../../scripts/extract/rules/rejectJunk.ts';

const candidates = (text: string): string[] => {
  const ctx = analyseDocument(text);
  return rejectJunk(ctx, findCandidates(ctx)).map((c) => c.text);
};
const roles = (text: string): (string | undefined)[] => {
  const ctx = analyseDocument(text);
  return findCandidates(ctx).map((c) => c.role);
};

describe('findCandidates', () => {
  it.each([
    ['capitalised sequence', 'He met Hillary Clinton today.', ['Hillary Clinton']],
    ['dotted acronym', 'It was low by U.S. standards.', ['U.S.']],
    ['acronym', 'The rebels fought ISIL again.', ['ISIL']],
    [
      'connector "of" after an organisation head',
      'He spoke to the Department of Defense yesterday.',
      ['Department of Defense'],
    ],
    ['Arabic article connectors', 'They joined Al-Hashd al-Shaabi last year.', ['Al-Hashd al-Shaabi']],
    ['Dutch/German particles', 'Music by Ludwig van Beethoven was played.', ['Ludwig van Beethoven']],
    ['two particles', 'Later Ursula von der Leyen spoke.', ['Ursula von der Leyen']],
    [
      '"for the" after an organisation head',
      'Analysts at the Kiel Institute for the World Economy agreed.',
      ['Kiel Institute for the World Economy'],
    ],
    ['hyphenated compound gives the name only', 'the ISIS-occupied town', ['ISIS']],
    ['sentence-initial common word dropped', 'Powerful cross-currents hit Mosul.', ['Mosul']],
    ['sentence-initial determiner dropped', 'The Pentagon said so.', ['Pentagon']],
    ['title split off', 'President Barack Obama spoke.', ['Barack Obama']],
    ['portfolio title split off', 'Last week, Secretary of Defense Ashton Carter spoke.', ['Ashton Carter']],
    ['hyphenated title split off', 'NATO Secretary-General Jens Stoltenberg spoke.', ['NATO', 'Jens Stoltenberg']],
    ['abbreviated title split off', 'Yesterday Gen. John Smith arrived.', ['John Smith']],
    ['bare title is no candidate', 'the Secretary of Defense said.', []],
    ['caption word trimmed', '(Official White House Photo by David Lienemann)', ['White House', 'David Lienemann']],
    ['demonym + group head', 'the Iraqi army advanced', ['Iraqi army']],
    ['prefixed adjective is no name', 'his neo-Ottoman ambitions', []],
    ['ALL-CAPS dateline', 'LONDON 1996-08-30\nPrices rose.', ['LONDON']],
    [
      '"and" inside one organisation name',
      'He joined the Ministry of Trade and Industry in May.',
      ['Ministry of Trade and Industry'],
    ],
    ['"of" after "Chamber"', 'The Lagos Chamber of Commerce objected.', ['Lagos Chamber of Commerce']],
    [
      '"and" between two organisations',
      'A study by the Institute of Social Research and Harvard University appeared.',
      ['Institute of Social Research', 'Harvard University'],
    ],
    [
      'ALL-CAPS headline keeps gazetteer places only',
      'SOCCER - FRANCE BEAT MEXICO IN FRIENDLY .\nIt was fun.',
      ['FRANCE', 'MEXICO'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(candidates(text)).toEqual(expected);
  });

  it.each([
    ['President Barack Obama spoke.', 'President'],
    ['Then Secretary of Defense Ashton Carter spoke.', 'Secretary of Defense'],
    ['He met Prime Minister John Major.', 'Prime Minister'],
  ])('records the role in %s', (text, role) => {
    expect(roles(text)).toContain(role);
  });
});
