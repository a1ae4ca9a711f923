import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { isProduct } from '../../../../scripts/extract/rules/isProduct.ts';
import { productNames } from '../../../../scripts/lang/products.ts';

/** An invented product list: "Zorblat" is listed, "Quillo" is not. */
const LISTED = new Set(['zorblat']);

/** Whether the rule reads `name` as a product, given as a cluster of its every occurrence in `text`. */
const product = (
  text: string,
  name: string,
  options = {},
  cluster: { type?: string; place?: unknown } = {},
): boolean => {
  const ctx = analyseDocument(text);
  const words = name.split(' ').length;
  const occurrences = ctx.tokens.flatMap((t, first) =>
    text.startsWith(name, t.start) && ctx.tokens[first + words - 1]?.end === t.start + name.length
      ? [{ first, last: first + words - 1, text: name }]
      : [],
  );
  expect(occurrences.length).toBeGreaterThan(0);
  const forms = new Map([[name, occurrences.length]]);
  return isProduct(ctx, { ...cluster, forms, occurrences }, { listed: LISTED, ...options });
};

describe('isProduct', () => {
  it.each([
    ['a model suffix', 'Get the Quillo Pro today. The Quillo Pro is light.', 'Quillo Pro'],
    ['two versions one apart, once', 'Supported:\n\nQuillo 7 and 6\n\nVarnix 3', 'Quillo'],
    ['a bracketed version, once', 'Optimized for Quillo (10.15) now.', 'Quillo'],
    [
      'a code name after its version',
      'From 10.2 (Harbin) to 10.15 (Quillo) it ships. After 10.15 (Quillo) it stops.',
      'Quillo',
    ],
    ['a "v" version and a decimal one', 'Quillo v3 is out; Quillo 3.1 follows.', 'Quillo'],
    ['a trademark sign, once', 'Run it on your Quillo® at home.', 'Quillo'],
    ['"run" and "image"', 'We run Quillo at work. The Quillo image is small.', 'Quillo'],
    ['a strong cue beside weak ones', 'Buy a Quillo. Your Quillo slows down. Quillo versions differ.', 'Quillo'],
    ['"virtual machines" after it twice', 'Quillo virtual machines boot. Old Quillo virtual machines too.', 'Quillo'],
    ['a listed name with one cue', 'Zorblat is fast. The Zorblat image is big.', 'Zorblat'],
    ['"written in" and "scripts"', 'It is written in Quillo. Quillo scripts run fast. Quillo is simple.', 'Quillo'],
    [
      '"a X function" beside a command line',
      '$ quillo --version\n\nQuillo is small. A Quillo function is short. Quillo runs.',
      'Quillo',
    ],
    ['a mention in a code span', 'Call `Quillo` from the shell. Quillo is small. Quillo is fast.', 'Quillo'],
    [
      'a name written in code with two cues, however often named',
      `Type \`quillo run\` to start.\n\n${'Quillo is simple. '.repeat(8)}Quillo developers like the Quillo language.`,
      'Quillo',
    ],
    [
      'a name written in lower case glued to a version, with two cues',
      `Install quillo3 and quillo3-dev.\n\n${'Quillo is simple. '.repeat(8)}Quillo developers like the Quillo interpreter.`,
      'Quillo',
    ],
  ])('reads %s as a product', (_label, text, name) => {
    expect(product(text, name)).toBe(true);
  });

  it.each([
    ['a person whom a verb of saying marks', 'Quillo 7 and 6 were her two scores. Quillo said she was glad.', 'Quillo'],
    ['a person after a title', 'Dr. Quillo uses Quillo 2.0 software, and Quillo 3.0 too.', 'Quillo'],
    ['a company in a company context', 'Quillo said its Quillo app sold well; the Quillo app is new.', 'Quillo'],
    ['an unlisted name cued once in three', 'Quillo met Ann. Quillo left. Install Quillo here.', 'Quillo'],
    ['two scores, not one apart', 'Harbin 5 and 3 Tarvo', 'Harbin'],
    ['a name in brackets after a year', 'It opened in 2019 (Quillo) and again in 2020 (Quillo).', 'Quillo'],
    ['weak cues alone', 'Buy a Quillo. Your Quillo is here.', 'Quillo'],
    ['a listed name with no cue', 'Zorblat met the board. Zorblat left.', 'Zorblat'],
    ['a stray backtick, no code span', 'A stray `Quillo mark. Quillo is small. Quillo is fast.', 'Quillo'],
    ['"in X" with no verb of writing', 'Life in Quillo is calm. Quillo has parks. Quillo is old.', 'Quillo'],
    ['a name in code with no other cue among many', `Type \`quillo\`.\n\n${'Quillo is simple. '.repeat(4)}`, 'Quillo'],
    [
      'a handle glued to a number is no package',
      `Follow @quillo3 now.\n\n${'Quillo is simple. '.repeat(8)}Quillo developers like the Quillo interpreter.`,
      'Quillo',
    ],
  ])('keeps %s', (_label, text, name) => {
    expect(product(text, name)).toBe(false);
  });

  it.each([
    ['weak cues turned off', 'Buy a Quillo. Your Quillo slows down. Quillo versions differ.', { weak: false }],
    ['versions turned off', 'Supported:\n\nQuillo 7 and 6\n\nVarnix 3', { versions: false }],
    ['the lexicon left empty', 'Zorblat is fast. The Zorblat image is big.', { listed: new Set() }],
    ['code cues turned off', 'It is written in Quillo. Quillo scripts run fast. Quillo is simple.', { code: false }],
    [
      'code cues turned off, a name written in code',
      `Type \`quillo run\`.\n\n${'Quillo is simple. '.repeat(8)}Quillo developers like the Quillo language.`,
      { code: false },
    ],
  ])('each cue can be turned off: %s', (_label, text, options) => {
    const name = text.includes('Zorblat') ? 'Zorblat' : 'Quillo';
    expect(product(text, name)).toBe(true);
    expect(product(text, name, options)).toBe(false);
  });

  it.each([
    [
      'a known place written in code needs most of its mentions cued',
      'Set `city = Harbin`.\n\nHarbin is cold. Harbin has a river. Harbin is old. Harbin developers build towers.',
      'Harbin',
      { place: 'Harbin' as unknown, type: undefined as string | undefined, forms: [] as string[] },
    ],
    [
      'a person with a full name written in code',
      'author = `Mara Quillo`\n\nMara Quillo made it. Quillo is here. Quillo developers thank her. Quillo is kind.',
      'Quillo',
      { place: undefined as unknown, type: 'person' as string | undefined, forms: ['Mara Quillo'] },
    ],
  ])('%s', (_label, text, name, cluster) => {
    const ctx = analyseDocument(text);
    const occurrences = ctx.tokens.flatMap((t, first) => (t.text === name ? [{ first, last: first, text: name }] : []));
    const forms = new Map([[name, occurrences.length], ...(cluster.forms ?? []).map((f): [string, number] => [f, 1])]);
    const c = { type: cluster.type, place: cluster.place, forms, occurrences };
    expect(isProduct(ctx, c, { listed: LISTED })).toBe(false);
    // the same text without the place or the person's full name is read as a product: the guard is what keeps it
    expect(isProduct(ctx, { forms: new Map([[name, occurrences.length]]), occurrences }, { listed: LISTED })).toBe(
      true,
    );
  });

  it('a listed name with no cue is a product when listedAlone is on', () => {
    expect(product('Zorblat met the board. Zorblat left.', 'Zorblat', { listedAlone: true })).toBe(true);
  });

  it('loads the shipped list without the flagged names, with its licence beside it', () => {
    const names = productNames();
    expect(names.size).toBeGreaterThan(300);
    expect([...names].every((n) => n === n.toLowerCase() && /^\p{L}{4,}$/u.test(n))).toBe(true);
    const rows = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../../../data/lexicons/products.json'), 'utf8'),
    ) as string[];
    const flagged = rows.filter((r) => r.includes('|'));
    expect(flagged.length).toBeGreaterThan(0);
    for (const row of flagged) expect(names.has(row.slice(0, row.indexOf('|')).toLowerCase())).toBe(false);
    const licence = readFileSync(
      path.resolve(import.meta.dirname, '../../../../data/lexicons/products.LICENSE.txt'),
      'utf8',
    );
    expect(licence).toContain('MIT License');
  });
});
