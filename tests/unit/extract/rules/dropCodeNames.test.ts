import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { codeLines, dropCodeNames } from '../../../../scripts/extract/rules/dropCodeNames.ts';
import { extractEntities } from '../../../../scripts/extract/extractEntities.ts';

/** A cluster of one form at every place the text writes it. */
function cluster(text: string, ctx: ReturnType<typeof analyseDocument>, name: string, type = 'group') {
  const occurrences = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const first = ctx.tokens.findIndex((t) => t.start === at);
    const last = ctx.tokens.findIndex((t) => t.end === at + name.length);
    if (first >= 0 && last >= 0) occurrences.push({ first, last, text: name });
  }
  return { type, forms: new Map([[name, occurrences.length]]), occurrences };
}

describe('lines that read as code', () => {
  it.each<[string, boolean]>([
    ['>>> vals = [1, 2] >>> fold(vals) Traceback (most recent call last): File "<stdin>", line 1', true],
    ['RUN cd /opt && quill lock --deps > deps.txt', true],
    ['items.map { |x| x.trim } if flag == 2', true],
    ['export PATH="~/bin:~/opt/bin:$PATH"', true],
    // backquotes (which the tokeniser's norm straightens to apostrophes) are code marks too
    ['Run `quill` and then `quill lint` to check', true],
    // prose, with the punctuation prose has: ages in brackets, a price, a domain
    ['These next five were sent in from Jaxon (7) and Korabel (5) of Drellford.', false],
    ['Tickets cost $10 at the Varnholm Theatre, says varnholm.com.', false],
    ['The Quade Institute said on Monday that it would close; staff were told.', false],
    ['Jaxon`s dog and Korabel`s cat', false],
  ])('%s → %s', (text, code) => {
    const ctx = analyseDocument(text);
    expect(codeLines(ctx)[0] === 1).toBe(code);
  });
});

describe('names of code are no entities', () => {
  it.each<[string, string, string, boolean]>([
    // every mention on code lines
    ['The tool is simple.\n\nimport zarn >>> zarn.Brovel(x=[1, 2]) # Brovel = {a: b}', 'Brovel', 'group', false],
    // an identifier's shape, even in prose
    ['The FrobnicateError exception is raised when the list is empty.', 'FrobnicateError', 'group', false],
    ['Run it with the settings in quill.toml before you start.', 'quill.toml', 'group', false],
    // a person's full name on a template line stays
    ['Infobox region = West era = 21st name = Marit Olsby birth = death = school', 'Marit Olsby', 'person', true],
    // a name in prose stays, even on a page with code
    [
      'Brovel said on Monday it would hire.\n\nimport zarn >>> zarn.Brovel(x=[1, 2]) # Brovel = {a: b}',
      'Brovel',
      'group',
      true,
    ],
  ])('%s: %s → kept %s', (text, name, type, kept) => {
    const ctx = analyseDocument(text);
    const c = cluster(text, ctx, name, type);
    expect(c.occurrences.length).toBeGreaterThan(0);
    expect(dropCodeNames(ctx, [c])).toHaveLength(kept ? 1 : 0);
  });

  it("the whole extractor drops a traceback's exception and keeps the prose around it", () => {
    const text =
      'Marit Olsby of the Quade Institute wrote the guide.\n\n>>> fold([1, 2]) Traceback (most recent call last): ' +
      'File "<stdin>", line 1, in <module> FoldingError: list index out of range';
    const names = extractEntities(text, { model: null }).entities.map((e) => e.name);
    expect(names).toContain('Marit Olsby');
    expect(names).not.toContain('FoldingError');
    expect(names).not.toContain('Traceback');
  });
});
