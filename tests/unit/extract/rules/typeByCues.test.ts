import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { extractEntities } from '../../../../scripts/extract/index.ts';
import { hasCompanyContext, isGroupName, typeByCues } from '../../../../scripts/extract/rules/typeByCues.ts';
import type { EntityType } from '../../../../scripts/core/types/common.ts';
import { shipped } from '../../../helpers/model.ts';

/** A one-cluster document: every occurrence of `name` in `text`, typed `before` (as the tagger may have typed it), after typeByCues. */
function retyped(text: string, name: string, before: EntityType): EntityType {
  const ctx = analyseDocument(text);
  const occurrences = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const first = ctx.tokens.findIndex((t) => t.start === at);
    const last = ctx.tokens.findIndex((t) => t.end === at + name.length);
    occurrences.push({ first, last, text: name });
  }
  const cluster = { type: before, roles: [], occurrences };
  typeByCues(ctx, [cluster]);
  return cluster.type;
}

/** The occurrence of `name` in `text`, as token indices. */
function occurrence(text: string, name: string) {
  const ctx = analyseDocument(text);
  const start = text.indexOf(name);
  const first = ctx.tokens.findIndex((t) => t.start === start);
  const last = ctx.tokens.findIndex((t) => t.end === start + name.length);
  return { ctx, o: { first, last, text: name } };
}

describe("a name's own words make it an organisation's", () => {
  it.each<[string, string, boolean]>([
    // railway and transit companies
    ['Passengers of Tarnley Railway faced delays on Monday.', 'Tarnley Railway', true],
    ['Passengers of Brisk Trains faced delays on Monday.', 'Brisk Trains', true],
    ['Vellmouth Overground closed two stations.', 'Vellmouth Overground', true],
    ['Trains of Western Railway were late.', 'Western Railway', true],
    ['Vellmouth Underground closed two stations.', 'Vellmouth Underground', true],
    ['Avondry Express cancelled the service.', 'Avondry Express', true],
    ['Keld Island Line runs every hour.', 'Keld Island Line', true],
    // papers and sites in many languages
    ['The Marsby Register reported the vote.', 'Marsby Register', true],
    ['Quellford Globe reported the vote.', 'Quellford Globe', true],
    ['The Tarvik Times reported the vote.', 'Tarvik Times', true],
    ['Kordova Shimbun reported the vote.', 'Kordova Shimbun', true],
    ['Hanvel Ilbo reported the vote.', 'Hanvel Ilbo', true],
    ['Brevik Zeitung reported the vote.', 'Brevik Zeitung', true],
    // company forms, exchanges, banks
    ['Sorrel Timbers Bhd posted a loss.', 'Sorrel Timbers Bhd', true],
    ["The chairwoman of Varnland's Central Bank spoke.", 'Central Bank', true],
    ['Rockets fell on the West Bank.', 'West Bank', false],
    ['Quade Werke GmbH posted a loss.', 'Quade Werke GmbH', true],
    ['PT Sorrel Nusantara posted a loss.', 'PT Sorrel Nusantara', true],
    ['Banco Varnholm posted a loss.', 'Banco Varnholm', true],
    ['Tallmor Exchange halted trading.', 'Tallmor Exchange', true],
    ['Kordova Bank raised rates.', 'Kordova Bank', true],
    // courts, legislatures, universities, clubs, newsroom desks
    ['The Supreme Court ruled on Monday.', 'Supreme Court', true],
    ['The Verkhovna Rada voted on Monday.', 'Verkhovna Rada', true],
    ['University of Tarvik researchers said so.', 'University of Tarvik', true],
    ['Transport for Vellmouth said trains ran late.', 'Transport for Vellmouth', true],
    ['Varnholm FC won on Saturday.', 'Varnholm FC', true],
    ['-- Varnholm Newsroom +44 20 7542 0000', 'Varnholm Newsroom', true],
    // no cue: a region, a lone word, a person's or a place's name
    ['The West Bank was quiet.', 'West Bank', false],
    ['Tarvik was quiet.', 'Tarvik', false],
    ['Jane Roe was quiet.', 'Jane Roe', false],
    ['Lake Tarvik was quiet.', 'Lake Tarvik', false],
  ])('%j: %s → %s', (text, name, expected) => {
    const { ctx, o } = occurrence(text, name);
    expect(isGroupName(ctx, o)).toBe(expected);
  });
});

describe("a mention's context that only a company or a paper has", () => {
  it.each<[string, string, boolean]>([
    ['Port Eslin said its profit rose.', 'Port Eslin', true],
    ['Trading in shares of Brantic was halted.', 'Brantic', true],
    ['Analysts at Varnholm expect a cut.', 'Varnholm', true],
    ['said an economist with Tallmor in London.', 'Tallmor', true],
    ['Brantic, a Kordovan engineering firm, said output rose.', 'Brantic', true],
    ['Dravenco, the first foreign company to list in Tarvik, fell.', 'Dravenco', true],
    ['Hollin Vesnik, a daily, said so.', 'Hollin Vesnik', true],
    // a person's contexts
    ['Roe said his profit rose.', 'Roe', false],
    ['Roe, a company spokesman, said so.', 'Roe', false],
    ['Roe, a member of the club, said so.', 'Roe', false],
    ['Roe, the bank executive, said so.', 'Roe', false],
    ['Roe arrived in Tarvik on Monday.', 'Tarvik', false],
  ])('%j: %s → %s', (text, name, expected) => {
    const { ctx, o } = occurrence(text, name);
    expect(hasCompanyContext(ctx, o)).toBe(expected);
  });
});

describe('typeByCues: strong cues override the type the document settled on, marks of a person do not yield', () => {
  it.each<[string, string, EntityType, EntityType]>([
    ['Tarnley Railway cut services on Monday.', 'Tarnley Railway', 'place', 'group'],
    ['The Marsby Register reported the vote.', 'Marsby Register', 'person', 'group'],
    ['Port Eslin said its profit rose.', 'Port Eslin', 'person', 'group'],
    ['Brantic, a Kordovan engineering firm, said output rose.', 'Brantic', 'place', 'group'],
    // a title or "Mr." keeps a person a person; a first name keeps one against a context cue
    ['Mr. Brantic, a Kordovan engineering firm, said output rose.', 'Brantic', 'person', 'person'],
    ['Jane Roe said its profit rose.', 'Jane Roe', 'person', 'person'],
    // no cue: the document's type stands
    ['Tarvik said the vote was fair.', 'Tarvik', 'place', 'place'],
  ])('%j: %s read as a %s → %s', (text, name, before, after) => {
    expect(retyped(text, name, before)).toBe(after);
  });
});

describe('on the whole extractor', () => {
  const typeOf = (text: string, name: string, cues: boolean) =>
    extractEntities(text, { model: shipped, cues }).entities.find((e) => e.name === name || e.aliases.includes(name))
      ?.type;
  // each row a name the tagger alone types wrong
  it.each<[string, string]>([
    ['The Marsby Register said the mayor had resigned.', 'Marsby Register'],
    ['The Kordova Shimbun reported that Tarvik Bank had raised rates.', 'Kordova Shimbun'],
    ['Hallam Kessing said its profit rose in the first half.', 'Hallam Kessing'],
    ['Analysts at Hollin Varga said the cut was priced in.', 'Hollin Varga'],
  ])('%j: %s is a group with the cues, not without', (text, name) => {
    expect(typeOf(text, name, true)).toBe('group');
    expect(typeOf(text, name, false)).not.toBe('group');
  });
});
