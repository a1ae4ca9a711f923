import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../scripts/core/types/common.ts';
import type { DocEntity } from '../../../scripts/core/types/extraction.ts';
import { extractEntities } from '../../../scripts/extract/index.ts';
import { shipped } from '../../helpers/model.ts';

/** The seed article: the .txt file, or the body of the .md file after its front matter. */
function readSeed(): string {
  const base = new URL('../../../content/articles/000_7e88861ffe22dc8e', import.meta.url).pathname;
  if (existsSync(`${base}.txt`)) return readFileSync(`${base}.txt`, 'utf8');
  return readFileSync(`${base}.md`, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

interface Expected {
  forms: string[];
  types: EntityType[];
  mentions: number;
}

const EXPECTED: Expected[] = [
  { forms: ['Hillary Clinton'], types: ['person'], mentions: 1 },
  { forms: ['Donald Trump'], types: ['person'], mentions: 1 },
  { forms: ['Ashton Carter', 'Carter'], types: ['person'], mentions: 2 },
  { forms: ['Barack Obama'], types: ['person'], mentions: 1 },
  { forms: ['David Lienemann'], types: ['person'], mentions: 1 },
  { forms: ['Recep Tayyip Erdogan', 'Erdogan'], types: ['person'], mentions: 2 },
  { forms: ['ISIS', 'ISIL', 'Islamic State', 'Daesh'], types: ['group'], mentions: 7 },
  { forms: ['Pentagon'], types: ['group'], mentions: 1 },
  { forms: ['Popular Mobilization Forces', 'Al-Hashd al-Shaabi', 'Al-Hashd'], types: ['group'], mentions: 4 },
  { forms: ['Kurdish Peshmerga'], types: ['group'], mentions: 1 },
  { forms: ['Iraqi army'], types: ['group'], mentions: 1 },
  { forms: ['United States', 'U.S.'], types: ['place'], mentions: 2 },
  { forms: ['Mosul'], types: ['place'], mentions: 5 },
  { forms: ['Raqqa'], types: ['place'], mentions: 4 },
  { forms: ['Syria'], types: ['place'], mentions: 2 },
  { forms: ['Turkey'], types: ['place'], mentions: 2 },
  { forms: ['Tikrit'], types: ['place'], mentions: 1 },
  { forms: ['Fallujah'], types: ['place'], mentions: 1 },
  { forms: ['White House'], types: ['place', 'group'], mentions: 2 },
];

/** Entities that are neither required nor wrong (matched on any of their forms). */
const ALLOWED_EXTRAS = new Set([
  'Iraq',
  'Iraqi',
  'Iraqis',
  'Iran',
  'Iranian',
  'South Lawn',
  'Sunni',
  'Shia',
  'Kurds',
  'administration',
  'the administration',
  'Iraqi troops',
  'Department of Defense',
  'Peshmerga',
]);

const text = readSeed();
const { entities } = extractEntities(text, { model: shipped });
const forms = (e: DocEntity): string[] => [e.name, ...e.aliases];

describe('seed article', () => {
  it.each(EXPECTED.map((x) => [x.forms[0]!, x] as const))('%s', (_name, expected) => {
    const matches = entities.filter((e) =>
      forms(e).some(
        (f) => expected.forms.includes(f) || (f === 'Peshmerga' && expected.forms.includes('Kurdish Peshmerga')),
      ),
    );
    expect(matches).toHaveLength(1);
    const e = matches[0]!;
    expect(expected.types).toContain(e.type);
    for (const f of expected.forms)
      if (f !== 'Kurdish Peshmerga' || !forms(e).includes('Peshmerga')) expect(forms(e)).toContain(f);
    expect(e.mentions).toHaveLength(expected.mentions);
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('has no other entities than the 19 required and the allowed extras', () => {
    const required = new Set(EXPECTED.flatMap((x) => x.forms).concat('Peshmerga'));
    const others = entities.filter(
      (e) => !forms(e).some((f) => required.has(f)) && !forms(e).some((f) => ALLOWED_EXTRAS.has(f)),
    );
    expect(others.map((e) => `${e.type}:${e.name}`)).toEqual([]);
  });

  it('finds all 41 mentions of the required entities', () => {
    const required = new Set(EXPECTED.flatMap((x) => x.forms).concat('Peshmerga'));
    const count = entities
      .filter((e) => forms(e).some((f) => required.has(f)))
      .reduce((n, e) => n + e.mentions.length, 0);
    expect(count).toBe(41);
  });

  it('gives places from the gazetteer coordinates', () => {
    for (const name of ['Mosul', 'Syria', 'Turkey', 'United States']) {
      expect(entities.find((e) => forms(e).includes(name))?.geo).toBeDefined();
    }
  });
});
