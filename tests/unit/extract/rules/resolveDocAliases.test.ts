import { describe, expect, it } from 'vitest';
import type { DocEntity } from '../../../../scripts/core/types/extraction.ts';
import { extractEntities } from '../../../../scripts/extract/index.ts';
import { shipped } from '../../../helpers/model.ts';

/** These tables test the rule layers; the tagger stacked on them is tested in tagger.test.ts and by the benches. */
const RULES = { model: null };

const entityWith = (text: string, form: string): DocEntity | undefined =>
  extractEntities(text, RULES).entities.find((e) => e.name === form || e.aliases.includes(form));

describe('resolveDocAliases (aliases within an article)', () => {
  it.each([
    ['surname → full name', 'Ashton Carter arrived. Later, Carter said no.', 'Carter', 'Ashton Carter', 2],
    [
      'acronym after its expansion',
      'The Syrian Democratic Forces advanced. Later the SDF stopped.',
      'SDF',
      'Syrian Democratic Forces',
      2,
    ],
    [
      'expansion after its acronym',
      'The SDF advanced. The Syrian Democratic Forces said so.',
      'SDF',
      'Syrian Democratic Forces',
      2,
    ],
    ['parenthesised acronym', 'The Kurdistan Workers Party (PKK) fought.', 'PKK', 'Kurdistan Workers Party', 2],
    [
      '"also known as" list',
      'They fought ISIS (also known as ISIL, Islamic State, and Daesh) there.',
      'Daesh',
      'Islamic State',
      4,
    ],
    [
      '"known as X, or Y"',
      'militias known as Popular Mobilization Forces, or Al-Hashd al-Shaabi, fought.',
      'Al-Hashd al-Shaabi',
      'Popular Mobilization Forces',
      2,
    ],
    ['short prefix form', 'Al-Hashd al-Shaabi fought. Later Al-Hashd withdrew.', 'Al-Hashd', 'Al-Hashd al-Shaabi', 2],
    ['dotted country abbreviation', 'The United States agreed. U.S. officials said so.', 'U.S.', 'United States', 2],
    ['qualified name', 'The Peshmerga moved. The Kurdish Peshmerga said so.', 'Peshmerga', 'Kurdish Peshmerga', 2],
    [
      'a surname resolves to the person the article introduced, past a generational suffix',
      'John Doe Jr. arrived in Ohio. Later, Doe said no.',
      'Doe',
      'John Doe Jr.',
      2,
    ],
  ])('%s', (_label, text, form, name, mentions) => {
    const e = entityWith(text, form);
    expect(e?.name).toBe(name);
    expect(e?.mentions.length).toBe(mentions);
  });

  it.each([
    ['Ohio Democrat Jane Roe said no. Democrat Jane Roe voted.', 'Jane Roe', 2],
    ['Texas Republican Ted Cruz spoke in Austin.', 'Ted Cruz', 1],
    ['The Kurdish politician Jane Roe spoke. Iraqi Kurdish leader Jane Roe left.', 'Jane Roe', 2],
  ])('a description before a name is not part of it: %j → %s', (text, name, mentions) => {
    for (const options of [RULES, {}]) {
      const e = extractEntities(text, { model: shipped, ...options }).entities.find((x) => x.type === 'person');
      expect(e?.name).toBe(name);
      expect(e?.aliases).toEqual([]);
      expect(e?.mentions.length).toBe(mentions);
    }
  });

  it.each([
    ['Jane Roe named her deputy. In Dover, Roe called Ashgrove "the right person for the job."', 'Roe', 'Ashgrove'],
    ['The minister dubbed Quillby a traitor, said Jane Roe.', 'Quillby', 'Jane Roe'],
  ])('"called" as a verb makes no alias: %j', (text, a, b) => {
    for (const options of [RULES, {}]) {
      const entities = extractEntities(text, { model: shipped, ...options }).entities;
      const holder = entities.find((e) => e.name === a || e.aliases.includes(a));
      expect(holder === undefined || (holder.name !== b && !holder.aliases.includes(b))).toBe(true);
    }
  });

  it('a head noun alone stands for the one name of the article it ends (with the tagger, which finds "the Guard")', () => {
    const e = extractEntities(
      'The Zorblat National Guard was deployed on Monday. The Guard said on Tuesday it would stay.',
      { model: shipped },
    ).entities.find((x) => x.name === 'Zorblat National Guard');
    expect(e?.aliases).toEqual(['Guard']);
    expect(e?.mentions.length).toBe(2);
  });

  it.each([
    ['Abu Musab al-Zarqawi was killed in the raid.', 'Abu Musab al-Zarqawi'],
    ['Sheikh Ahmed bin Zayed spoke in Dubai.', 'Ahmed bin Zayed'],
    ['Mary Jane Roe spoke in Memphis.', 'Mary Jane Roe'],
  ])('a name that only contains a first name keeps its first words: %j', (text, name) => {
    for (const options of [RULES, {}])
      expect(
        extractEntities(text, { model: shipped, ...options }).entities.find((x) => x.type === 'person')?.name,
      ).toBe(name);
  });

  it.each([
    ['a country is not the body named after it', 'The U.S. Senate voted. The U.S. said no.', 'U.S.', 'U.S. Senate'],
    [
      'an acronym is not the initials of a name that contains it',
      'The UN Security Council met. The UN said no.',
      'UN',
      'UN Security Council',
    ],
    [
      'a country is not the place named after it',
      'Rioters stormed the U.S. Capitol on Wednesday. The U.S. condemned it.',
      'U.S.',
      'U.S. Capitol',
    ],
    [
      'a head noun that ends two names is neither',
      'The Security Council met. The European Council met. The Council said no.',
      'Council',
      'Security Council',
    ],
    [
      'a one-word name is not the landmark named after it',
      'Rioters stormed the Capitol on Wednesday. Later a Capitol Hill police officer died.',
      'Capitol',
      'Capitol Hill',
    ],
    [
      'a one-word institution is not its committee',
      'The House Judiciary Committee met on Monday. The House voted on Tuesday.',
      'House',
      'House Judiciary Committee',
    ],
    [
      'a known place is not a longer name that starts with it',
      'Patients at the Springfield Memorial Hospital waited for hours. In Springfield, the council met.',
      'Springfield',
      'Springfield Memorial Hospital',
    ],
  ])('containment is not identity: %s', (_label, text, short, long) => {
    for (const options of [RULES, {}]) {
      const entities = extractEntities(text, { model: shipped, ...options }).entities;
      const e = entities.find((x) => x.name === long || x.aliases.includes(long));
      expect(e?.name).toBe(long);
      expect(e?.aliases).not.toContain(short);
    }
  });

  it.each([
    [
      'President Roe received the vaccine on Monday. His wife, Jill Roe, was given a dose hours earlier.',
      'Roe',
      'Jill Roe',
    ],
    ['Senator Quarrow spoke in Dover. Her son Hunter Quarrow was not there.', 'Quarrow', 'Hunter Quarrow'],
  ])('a relative introduced as such does not take the lone surname: %j', (text, surname, relative) => {
    for (const options of [RULES, {}]) {
      const e = extractEntities(text, { model: shipped, ...options }).entities.find((x) => x.name === relative);
      expect(e?.aliases).not.toContain(surname);
      expect(e?.mentions.length).toBe(1);
    }
  });

  it('a relative introduced as such is still the one a surname names when the text says so', () => {
    // the kinship only holds back the lone surname; the full name keeps its own later mentions
    const e = extractEntities('His wife, Jill Roe, spoke in Dover. Jill Roe said on Monday she would stay.', {
      model: shipped,
    }).entities.find((x) => x.name === 'Jill Roe');
    expect(e?.mentions.length).toBe(2);
  });

  it.each([
    [
      'The Quorvel Progressive Caucus met on Monday. The Progressive Caucus said it would vote no.',
      'Progressive Caucus',
      'Quorvel Progressive Caucus',
    ],
  ])('a group named by the last words of its name is that group (after the tagger): %j', (text, short, long) => {
    const e = extractEntities(text, { model: shipped }).entities.find((x) => x.name === long);
    expect(e?.aliases).toContain(short);
  });

  it.each([
    ['The Ohio Democratic Party met on Monday. The Democratic Party said it would vote no.', 'Ohio Democratic Party'],
  ])('but not when the words left out are a place: %j', (text, long) => {
    const e = extractEntities(text, { model: shipped }).entities.find((x) => x.name === long);
    expect(e?.aliases ?? []).toEqual([]);
  });

  it.each<[string, string[]]>([
    [
      'Signed by:\n\nJane Roe, Boston Tarvel University\n\nAnn Poe, Boston Live Arts\n\nMia Loe, Boston Quillby Magazine\n',
      ['Boston Quillby Magazine', 'Boston Tarvel University'],
    ],
  ])(
    'a known place that starts two different names joins neither to the other (after the tagger): %j',
    (text, longs) => {
      const entities = extractEntities(text, { model: shipped }).entities;
      const holders = longs.map((n) => entities.find((x) => x.mentions.some((m) => m.text === n)));
      expect(holders.every((h) => h !== undefined)).toBe(true);
      expect(new Set(holders).size).toBe(longs.length);
    },
  );

  it.each([
    ['Researchers at the University of Sarnowe found that U.S. adults sleep less. The U.S. study was small.'],
    ['Staff of the Union of Kestrel found that UK homes are cold. The UK study was small.'],
  ])("a country's abbreviation is not another name's acronym (after the tagger): %j", (text) => {
    const e = extractEntities(text, { model: shipped }).entities.find((x) => x.mentions.length === 2);
    expect(e?.type).toBe('place');
  });

  it('a lone first name cut short by the name-finding joins no full name (after the tagger)', () => {
    const text = 'The singers:\n01. Rob Halford\n02. Rob Zombie\nBoth toured Peru.';
    const e = extractEntities(text, { model: shipped }).entities.find((x) => x.name === 'Rob Halford');
    expect(e?.aliases).toEqual([]);
  });

  it('keeps one type for one surface form in a document', () => {
    const text = 'Leicester beat Nottingham 2-1. Fans of Leicester celebrated in Leicester.';
    const types = extractEntities(text, RULES)
      .entities.filter((e) => e.name === 'Leicester')
      .map((e) => e.type);
    expect(types).toHaveLength(1);
  });

  it('finds a known form again on an ALL-CAPS line', () => {
    const text = 'SOCCER - ZORBLATOV SCORES TWICE .\nStriker Ivan Zorblatov scored twice on Sunday.';
    const e = entityWith(text, 'Ivan Zorblatov');
    expect(e?.mentions.map((m) => m.text)).toEqual(['ZORBLATOV', 'Ivan Zorblatov']);
  });

  it('does not merge a person with the country in brackets after the name', () => {
    const text = '1. Michelle Quorvel ( Jamaica ) 12.71 seconds';
    expect(entityWith(text, 'Jamaica')?.aliases).toEqual([]);
  });
});
