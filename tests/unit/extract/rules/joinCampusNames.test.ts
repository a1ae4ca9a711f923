import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../scripts/extract/index.ts';
import { orgGazetteerOf } from '../../../../scripts/lang/organisations.ts';
import { shipped } from '../../../helpers/model.ts';

/** A small gazetteer of universities, as the shipped one lists campuses after a comma. */
const gazetteer = () => orgGazetteerOf({ university: ['University of Quillby, Norbury', 'Tarvel University'] });

const entities = (text: string, campuses: object | false = { gazetteer }) =>
  extractEntities(text, { model: shipped, campuses: campuses as false })
    .entities.map((e) => `${e.type}: ${[...new Set(e.mentions.map((m) => m.text))].join(' | ')}`)
    .sort();

describe("a university's campus is part of its name", () => {
  it.each<[string, string, string[], string[]]>([
    [
      '"at" a place the document finds',
      'Jane Roe teaches at the University of Quillby at Boston, and Ann Poe at the University of Quillby at Denver.',
      ['group: University of Quillby at Boston', 'group: University of Quillby at Denver'],
      ['place: Boston', 'place: Denver'],
    ],
    [
      'a comma and a campus the gazetteer lists',
      'The authors are at Tarvel University; University of Quillby, Norbury; and the State Museum.',
      ['group: University of Quillby, Norbury'],
      ['place: Norbury'],
    ],
    [
      'a comma and a place the gazetteer does not list with it',
      'She studied at the University of Quillby, Boston, before moving.',
      ['place: Boston'],
      ['group: University of Quillby, Boston'],
    ],
  ])('%s', (_label, text, present, absent) => {
    const found = entities(text);
    for (const e of present) expect(found).toContain(e);
    for (const e of absent) expect(found).not.toContain(e);
  });

  it('kept apart when the layer is off', () => {
    const text = 'Jane Roe teaches at the University of Quillby at Boston.';
    expect(entities(text, false)).not.toContain('group: University of Quillby at Boston');
    expect(entities(text)).toContain('group: University of Quillby at Boston');
  });
});
