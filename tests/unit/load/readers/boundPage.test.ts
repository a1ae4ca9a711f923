import { describe, expect, it } from 'vitest';
import { boundPage } from '../../../../scripts/load/readers/boundPage.ts';
import { DEEP_TEXT, deepPage } from '../../../helpers/deepPages.ts';

describe('boundPage: measured as the parser nests', () => {
  it.each([
    ['paragraphs closed by the next one', '<p>a<p>b<p>c', 1, 3],
    ['list items closed by the next one', '<ul><li>a<li>b</ul>', 2, 3],
    ['void elements', '<div><br><img src=x><hr></div>', 1, 4],
    ['tags inside a script are text', '<script>"<div><div><div>"</script><div></div>', 1, 2],
    ['a ">" inside a quoted attribute', '<div title="a>b"><span>x</span></div>', 2, 2],
    ["a quote that opens no value (don't)", "<div data-x don't><span>x</span></div>", 2, 2],
    ['closing tags with no opening one', '<div></b></i></span><span></span></div>', 2, 2],
    ['a comment holding tags', '<div><!-- <div><div> --></div>', 1, 2],
    ['self-closing elements inside svg', '<svg><path/><path/><g><path/></g></svg>', 2, 5],
    ['an unclosed element closed by its parent', '<div><span><b>x</div><div></div>', 3, 4],
  ])('%s', (_, html, depth, elements) => {
    expect(boundPage(html)).toEqual({ html, depth, elements, flattened: false });
  });

  it('a page no deeper than the limit is returned as it was, the same string', () => {
    const html = deepPage(250);
    const bounded = boundPage(html);
    expect(bounded.flattened).toBe(false);
    expect(bounded.html).toBe(html);
  });
});

describe('boundPage: flattened below maxDepth', () => {
  it.each([
    [
      'blocks below become line breaks, once in a row; the text stays',
      '<div><div><div>a</div><div>b</div></div></div>',
      '<div><div><br>a<br>b<br></div></div>',
    ],
    [
      'inline elements below go, their text stays',
      '<div><div><span>a<b>b</b></span>c</div></div>',
      '<div><div>abc</div></div>',
    ],
    [
      'a table cell below becomes a space',
      '<div><div><td>a</td><td>b</td></div></div>',
      '<div><div> a  b </div></div>',
    ],
    [
      'a script or style below goes whole',
      '<div><div><span>a<script>x("<p>")</script><style>p{}</style>b</span></div></div>',
      '<div><div>ab</div></div>',
    ],
    [
      'an element never read as text (form, svg, template) goes whole, with what it holds',
      '<div><div><form><input value=q><span>Search</span></form>a<svg><text>b</text></svg></div></div>',
      '<div><div>a</div></div>',
    ],
    [
      'comments inside a dropped whole element go too',
      '<div><div><template><!-- x --><p>y</template>a</div></div>',
      '<div><div>a</div></div>',
    ],
  ])('%s', (_, html, expected) => {
    expect(boundPage(html, { maxDepth: 2 })).toMatchObject({ html: expected, flattened: true });
  });

  it('a page 100,000 elements deep: measured whole, kept to the limit, its text kept', () => {
    const bounded = boundPage(deepPage(100_000));
    expect(bounded).toMatchObject({ depth: 100_004, flattened: true });
    expect(bounded.html).toContain(DEEP_TEXT);
    const again = boundPage(bounded.html);
    expect(again.depth).toBeLessThanOrEqual(256);
    expect(again.flattened).toBe(false);
  });
});
