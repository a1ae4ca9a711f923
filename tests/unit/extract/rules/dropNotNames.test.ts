import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { extractEntities } from '../../../../scripts/extract/extractEntities.ts';
import { dropNotNames, lowerCaseTerms } from '../../../../scripts/extract/rules/dropNotNames.ts';
import { shipped } from '../../../helpers/model.ts';

/** Whether the layer keeps the one-word `name`, given as a cluster of its every occurrence in `text`. */
const kept = (text: string, name: string): boolean => {
  const ctx = analyseDocument(text);
  const occurrences = ctx.tokens.flatMap((t, i) => (t.text === name ? [{ first: i, last: i, text: name }] : []));
  expect(occurrences.length).toBeGreaterThan(0);
  return dropNotNames(ctx, [{ forms: new Map([[name, occurrences.length]]), occurrences }]).length === 1;
};

describe('dropNotNames', () => {
  it.each([
    [
      'a term spelt out in lower case before its acronym',
      'It is measured by quantum flux tomography (QFT). QFT sends a pulse.',
      'QFT',
    ],
    [
      'a term spelt out in lower case after its acronym',
      'They use the RVT (rolling volume tally) index. RVT moved again.',
      'RVT',
    ],
    ['a unit after an amount', 'The order cannot be smaller than 0.01 ZQX or 0.5 ZQX.', 'ZQX'],
    ['a currency code written in brackets', 'Deposits (EUR) are free. EUR transfers cost more.', 'EUR'],
    ['a currency code after "in"', 'Prices are quoted in USD on the site.', 'USD'],
    [
      'a capitalised common word the text writes in lower case more often',
      'Alcohol is barred on the coach. No alcohol may be opened, and alcohol found is taken away.',
      'Alcohol',
    ],
    ['a kinship word as a form of address', '"Mom will be back soon," she said. "Mom works late."', 'Mom'],
    ['a noun of a sentence in another language', 'Example: Die Zeitung fehlte, und ich war sehr müde.', 'Zeitung'],
  ])('drops %s', (_label, text, name) => {
    expect(kept(text, name)).toBe(false);
  });

  /** Whether the layer keeps a cluster of every occurrence of the words `name` in `text`. */
  const keptName = (text: string, name: string): boolean => {
    const ctx = analyseDocument(text);
    const words = name.split(' ').length;
    const occurrences = ctx.tokens.flatMap((t, first) =>
      text.startsWith(name, t.start) && ctx.tokens[first + words - 1]?.end === t.start + name.length
        ? [{ first, last: first + words - 1, text: name }]
        : [],
    );
    expect(occurrences.length).toBeGreaterThan(0);
    return dropNotNames(ctx, [{ forms: new Map([[name, occurrences.length]]), occurrences }]).length === 1;
  };

  it.each([
    ['a name ending in a product word', 'Get Zorin Desktop today. Zorin Desktop runs fast.', 'Zorin Desktop', false],
    ['a name with "install" before it', 'First install Quillo, then install Quillo again.', 'Quillo', false],
    ['a name with "app" after it', 'The Quillo app is new. The Quillo app is slow.', 'Quillo', false],
    ['a name with a version number', 'Quillo 4.2 fixed it, and Quillo 4.3 broke it.', 'Quillo', false],
    ['a name cued once in four', 'Quillo said Quillo will ship the Quillo app, as Quillo said.', 'Quillo', true],
    ['a name cued once only', 'Users of Quillo like it. Install Quillo now.', 'Quillo', true],
    [
      'a body named with a product word inside',
      'The Linux Quillo Fund met. The Linux Quillo Fund said so.',
      'Linux Quillo Fund',
      true,
    ],
  ])('products: %s', (_label, text, name, expected) => {
    expect(keptName(text, name)).toBe(expected);
  });

  it('keeps products when the products rule is off', () => {
    const text = 'Supported systems:\n\nQuillo 7 and 6\n\nVarnix 3';
    const ctx = analyseDocument(text);
    const first = ctx.tokens.findIndex((t) => t.text === 'Quillo');
    const cluster = { forms: new Map([['Quillo', 1]]), occurrences: [{ first, last: first, text: 'Quillo' }] };
    expect(dropNotNames(ctx, [cluster])).toHaveLength(0);
    expect(dropNotNames(ctx, [cluster], { products: false })).toHaveLength(1);
  });

  it.each([
    [
      'an acronym the text expands in capitals',
      'The Harbour Workers Federation (HWF) met on Monday. HWF leaders said so.',
      'HWF',
    ],
    ['an acronym after a year', 'He was the 2010 GOP nominee, and the GOP backed him.', 'GOP'],
    ['an acronym after a number on the line before', 'Harbin 5 Tarvo 4\nQTR 3 Ambleside 1', 'QTR'],
    ['a currency code the text never writes as one', 'AMD chips and AMD boards sold well.', 'AMD'],
    [
      'a brand the text capitalises as often as not',
      'She posts on Twitter daily, and on Twitter she argues; her twitter fans and twitter friends follow.',
      'Twitter',
    ],
    ['a region by compass word', 'Roses are hardy in the South, but in the south of it frost comes early.', 'South'],
    [
      'a common word never written in lower case',
      'She walks to the Museum at noon and leaves the Museum at two.',
      'Museum',
    ],
    ['a name in a list of hyphenated names', 'Squad: Amir al-Tarik, Moin ul-Hasan (captain), Tarik Bel.', 'Moin'],
    [
      'a name in an English sentence with a foreign phrase',
      'Kessler said the word schadenfreude fits well.',
      'Kessler',
    ],
    ['a first name that is also a word', 'Holly said the holly was ready, and holly berries too.', 'Holly'],
  ])('keeps %s', (_label, text, name) => {
    expect(kept(text, name)).toBe(true);
  });

  it.each([
    ['(QFT) after "quantum flux tomography"', 'using quantum flux tomography (QFT) today', ['QFT']],
    ['(DXR) after hyphenated words', 'by dual-energy x-ray reflectometry (DXR) scans', ['DXR']],
    ['(DXR) after words that do not spell it', 'a scan of the chest (DXR) today', []],
    ['a capitalised expansion', 'the Harbour Workers Federation (HWF) said', []],
    ['an expansion in brackets after', 'the RVT (rolling volume tally) index', ['RVT']],
  ])('lowerCaseTerms: %s', (_label, text, expected) => {
    expect([...lowerCaseTerms(text)]).toEqual(expected);
  });

  it('is a layer of the extractor, and can be turned off', () => {
    const text = 'Clinics use quantum flux tomography (QFT). QFT sends a pulse through the arm, and QFT results vary.';
    const names = (notNames = {}) =>
      extractEntities(text, { model: shipped, notNames }).entities.flatMap((e) => [e.name, ...e.aliases]);
    expect(names({ definedTerms: false })).toContain('QFT');
    expect(names()).not.toContain('QFT');
  });
});
