import { describe, expect, it } from 'vitest';
import { maskHtml, maskMarkup } from '../../../../scripts/load/index.ts';

describe('maskMarkup', () => {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  it.each([
    ['See [Mosul](https://x.io/Raqqa) now', ['](https://x.io/Raqqa)']],
    ['Use `Baghdad` here', ['`Baghdad`']],
    ['a <b class="x">bold</b>', ['<b class="x">', '</b>']],
    ['```\nKabul\n```\nAfter', ['```\nKabul\n```']],
    ['Plain prose stays.', []],
  ])('%j blanks %j', (input, parts) => {
    const expected = parts.reduce((text, part) => text.replace(part, blank(part)), input);
    const masked = maskMarkup(input);
    expect(masked.length).toBe(input.length);
    expect(masked).toBe(expected);
  });
});

describe('maskHtml (plain text)', () => {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  it.each([
    ['a <div class="x">Raw HTML</div> b', ['<div class="x">', '</div>']],
    ['keep `code` and [links](x)', []],
    ['x <!-- note --> y', ['<!-- note -->']],
  ])('%j blanks %j', (input, parts) => {
    expect(maskHtml(input)).toBe(parts.reduce((text, part) => text.replace(part, blank(part)), input));
  });
});
