import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { typeByHeadBefore } from '../../../../scripts/extract/rules/typeByHeadBefore.ts';
import type { EntityType } from '../../../../scripts/core/types/common.ts';

/** A one-cluster document: every occurrence of `name`, typed `type`, after typeByHeadBefore. */
function retyped(text: string, name: string, type: EntityType = 'person'): EntityType {
  const ctx = analyseDocument(text);
  const occurrences = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const first = ctx.tokens.findIndex((t) => t.start === at);
    const last = ctx.tokens.findIndex((t) => t.end === at + name.length);
    occurrences.push({ first, last });
  }
  const cluster = { type, roles: [], occurrences };
  typeByHeadBefore(ctx, [cluster]);
  return cluster.type;
}

describe('a name after a kind of organisation is a group', () => {
  it.each<[string, string]>([
    ['According to the anticorruption watchdog group Narva Dengi, the money left.', 'Narva Dengi'],
    ['The daily Kordova Vesnik reported that prices rose.', 'Kordova Vesnik'],
    ['Shares of the retailer Brantex fell.', 'Brantex'],
    ['Developer Brindle Studio\n\nPublisher Quillobox\n\nReviewed on a laptop.', 'Quillobox'],
  ])('%s (%s)', (text, name) => {
    expect(retyped(text, name)).toBe('group');
  });
});

describe('a name keeps its type', () => {
  it.each<[string, string]>([
    // a person's trade before a name
    ['"Prices fell," said broker Shakor Rizvan.', 'Shakor Rizvan'],
    // a given name first
    ['The band Jane Roe formed plays tonight.', 'Jane Roe'],
    // a person's description: "group leader X"
    ['The group leader Varnok spoke.', 'Varnok'],
    // a possessive after the name
    ['The company Brantex’s founder left.', 'Brantex'],
    // a label mid-line is no label
    ['He met the Publisher Quillobox in May.', 'Quillobox'],
  ])('%s (%s)', (text, name) => {
    expect(retyped(text, name)).toBe('person');
  });
});
