import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../../../layouts/parts/minifyCss.ts';

describe('minifyCss', () => {
  it.each([
    ['/* note */\na {\n  color: red;\n}\n', 'a{color:red}'],
    ['th[aria-sort] button::after { content: " ↕"; }', 'th[aria-sort] button::after{content:" ↕"}'],
    [
      '@media (max-width: 50rem) {\n  .x { grid-template-columns: minmax(0, 1fr); }\n}',
      '@media (max-width:50rem){.x{grid-template-columns:minmax(0,1fr)}}',
    ],
    ['a > b , c { margin: 0 auto ; }', 'a>b,c{margin:0 auto}'],
  ])('%j → %j', (css, expected) => {
    expect(minifyCss(css)).toBe(expected);
  });
});
