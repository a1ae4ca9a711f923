import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../scripts/add/saveArticle.ts';

describe('escapeMarkdown', () => {
  it.each([
    ['Plain text, stays.', 'Plain text, stays.'],
    ['*a* _b_ [c](d) <e> & `f`', '\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\& \\`f\\`'],
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '1\\. not a list'],
    ['- not a list', '\\- not a list'],
  ])('%j → %j', (input, output) => expect(escapeMarkdown(input)).toBe(output));
});
