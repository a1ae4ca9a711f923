import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonForScript, raw } from '../../../../layouts/parts/html.ts';

describe('html', () => {
  it.each<[string, () => string, string]>([
    ['escapes text', () => String(html`<p>${'<b>&"\''}</p>`), '<p>&lt;b&gt;&amp;&quot;&#39;</p>'],
    ['keeps trusted HTML', () => String(html`<p>${raw('<b>x</b>')}</p>`), '<p><b>x</b></p>'],
    [
      'joins arrays',
      () => String(html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}</ul>`),
      '<ul><li>a</li><li>b</li></ul>',
    ],
    ['drops null, undefined and booleans', () => String(html`${null}${undefined}${false}${true}|${0}`), '|0'],
    [
      'escapes in attributes',
      () => String(html`<a title="${'" onmouseover="x'}">`),
      '<a title="&quot; onmouseover=&quot;x">',
    ],
  ])('%s', (_, render, expected) => {
    expect(render()).toBe(expected);
  });

  it('JSON in a script element cannot close it', () => {
    const out = String(jsonForScript({ title: '</script><script>alert(1)</script>', amp: 'a&b' }));
    expect(out).not.toContain('</script');
    expect(JSON.parse(out)).toEqual({ title: '</script><script>alert(1)</script>', amp: 'a&b' });
    expect(escapeHtml('<>')).toBe('&lt;&gt;');
  });
});
