import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../scripts/extract/index.ts';
import { shipped } from '../../../helpers/model.ts';

const entities = (text: string, possessiveNames = true) =>
  extractEntities(text, { model: shipped, possessiveNames }).entities.map((e) => ({
    name: e.name,
    type: e.type,
    mentions: e.mentions.map((m) => m.text),
  }));

describe('a business named after its owner is one place', () => {
  it.each<[string, string]>([
    ['At nine she walks to Tamsin’s General Store for flour.', 'Tamsin’s General Store'],
    ["At noon she walks to Orlo's Clinic for her checkup.", "Orlo's Clinic"],
    // (one "founded" makes it an organisation: typeOrgDeeds.test.ts)
    ["At ten she drives to Brenna's Salon and Spa in the valley.", "Brenna's Salon and Spa"],
    ["At six she leaves Quarle's Ranch and returns home.", "Quarle's Ranch"],
    ["At six PM Leaves Dovik's Shop and returns home.", "Dovik's Shop"],
  ])('%s', (text, name) => {
    const found = entities(text);
    expect(found).toContainEqual({ name, type: 'place', mentions: [name] });
    // no part of it is an entity of its own
    expect(found.filter((e) => e.name !== name && name.includes(e.name))).toEqual([]);
  });

  it("the owner named elsewhere keeps a page of their own, without the shop's mention", () => {
    const found = entities("Tamsin Vardell opened a shop. Every day the village walks to Tamsin's General Store.");
    expect(found).toContainEqual({
      name: "Tamsin's General Store",
      type: 'place',
      mentions: ["Tamsin's General Store"],
    });
    expect(found.find((e) => e.type === 'person')?.mentions).toEqual(['Tamsin Vardell']);
  });

  it.each<[string, string]>([
    // a country's possessive is no owner
    ["Germany's Farm Bureau said prices would rise.", "Germany's Farm Bureau"],
    // a lower-case head is no name
    ["We met at Orlo's shop on Monday.", "Orlo's shop"],
    // a head that is no business's
    ["Orlo's Theory of Everything sold well.", "Orlo's Theory"],
  ])('not joined: %s', (text, span) => {
    expect(entities(text).map((e) => e.name)).not.toContain(span);
  });
});
